#!/bin/sh
exec /usr/local/bin/worker --recurly-appkey af598ce8564754763be6ced38a27d57b --log-level info

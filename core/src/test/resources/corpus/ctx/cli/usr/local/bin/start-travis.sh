#!/bin/sh
exec /usr/local/bin/worker --travis-accesskey bxXAxOqNaWgxA-jDGw0psI --log-level info

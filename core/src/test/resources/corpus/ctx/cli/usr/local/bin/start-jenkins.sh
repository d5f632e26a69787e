#!/bin/sh
exec /usr/local/bin/worker --jenkins-appkey 11211792efab8bbb242c07bfa947cdd771 --log-level info

#!/bin/sh
set -e
redis-cli -h cache -a sLXsE4k5jjHY0JIVdTLQMx1i PING

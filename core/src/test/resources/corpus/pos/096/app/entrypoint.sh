#!/bin/sh
set -e
redis-cli -h cache -a ThYDRXs6II3rxtyCJIamhjtu PING

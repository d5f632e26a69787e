#!/bin/sh
set -e
mysql -h db -u root -pJUQDEE5nPdDqsPGrJDO2Iz4k shop < /tmp/schema.sql

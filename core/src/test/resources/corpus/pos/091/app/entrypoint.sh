#!/bin/sh
set -e
mysql -h db -u root -pdb0XPMhBxOzZ7ojc9S9mliZr shop < /tmp/schema.sql

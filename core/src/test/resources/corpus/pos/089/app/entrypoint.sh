#!/bin/sh
set -e
wget --user=ci --password=45oodSCOIDKZKq4zwWLrhCXK https://repo.internal/a.tgz

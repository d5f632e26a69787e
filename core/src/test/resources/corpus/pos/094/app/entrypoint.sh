#!/bin/sh
set -e
docker login -u ci -p d2nfPyFIVcmrGVHFnLQVPpVF registry.corp.io

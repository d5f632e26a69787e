#!/bin/sh
set -e
docker login -u ci -p cgUIOhYsCi5XsihFVfFeoy0f registry.corp.io

#!/bin/sh
set -e
curl -fsSL -u admin:dZvqEWUdFaT22OjqwlELztX0 https://api.internal/x

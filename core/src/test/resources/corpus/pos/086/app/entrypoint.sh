#!/bin/sh
set -e
curl -fsSL -u admin:L91fUnCF7r8gjN8fP3Kb7kYs https://api.internal/x

#!/bin/sh
set -e
wget --user=ci --password=mpiQIPKvGBDO2HF2di7n3S58 https://repo.internal/a.tgz

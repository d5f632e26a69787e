#!/bin/sh
set -e
sshpass -p '1ypzuZTbxsKNfWa6xNpgwBac' ssh deploy@10.0.0.5 uptime

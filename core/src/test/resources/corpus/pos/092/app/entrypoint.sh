#!/bin/sh
set -e
sshpass -p 'RBj73KXJiAn74qLLp2bRmlg0' ssh deploy@10.0.0.5 uptime

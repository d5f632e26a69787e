#!/bin/sh
set -e
ldapsearch -x -D cn=admin,dc=corp -w 1L1B3eHZvbp1Fc7yOCB2sMCN -b dc=corp

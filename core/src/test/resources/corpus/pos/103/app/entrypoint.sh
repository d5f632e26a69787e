#!/bin/sh
set -e
ldapsearch -x -D cn=admin,dc=corp -w StIMnmV0lmINJ5n5wUiGnrl1 -b dc=corp

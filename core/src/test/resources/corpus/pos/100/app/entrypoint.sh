#!/bin/sh
set -e
keytool -importcert -keystore t.jks -storepass xjfNcURBWXa9nASHyEHpJaij -file ca.crt

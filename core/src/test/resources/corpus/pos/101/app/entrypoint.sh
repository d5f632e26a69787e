#!/bin/sh
set -e
keytool -importcert -keystore t.jks -storepass gxiKPAH4j3B1fYaZN4cgRK8l -file ca.crt

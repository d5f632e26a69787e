#!/bin/sh
set -e
openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:7a7u5IZeDExPypSely536veh

#!/bin/sh
exec /usr/local/bin/worker --ipinfo-credential 3cd61087c9ddb2 --log-level info

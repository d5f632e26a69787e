#!/bin/sh
exec /usr/local/bin/worker --linkedin-secret zrzBu9FyV12TVeCH --log-level info

#!/bin/sh
exec /usr/local/bin/worker --ipstack-password ce04fe68c54fc72ed3a4e12d449d682d --log-level info

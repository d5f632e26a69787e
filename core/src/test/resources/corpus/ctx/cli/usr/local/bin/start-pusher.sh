#!/bin/sh
exec /usr/local/bin/worker --pusher-secret ed98gbdh17gh68lec6z8 --log-level info

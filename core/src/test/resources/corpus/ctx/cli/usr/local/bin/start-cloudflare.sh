#!/bin/sh
exec /usr/local/bin/worker --cloudflare-apikey BJUViksdXEGhvaDCvV0Pwjiu_9nRhtGzSDmJXoUD --log-level info

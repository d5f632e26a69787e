#!/bin/sh
curl -H 'Authorization: Bearer a2hDGQHSrOMvzJdfWTfuggcqiUcgcwwcBzRRYYnT' https://api.corp.io/x

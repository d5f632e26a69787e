#!/bin/sh
curl -s -H 'Cookie: _gitlab_session=d43d2c45ea25e363296ca9f9d6a4a4e4' https://gitlab.corp.io/api/v4/projects

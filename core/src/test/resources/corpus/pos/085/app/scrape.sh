#!/bin/sh
curl -s -H 'Cookie: _gitlab_session=f1ba40aa3deee3e67be4f976a11a537a' https://gitlab.corp.io/api/v4/projects

#!/bin/sh
curl -H "Authorization: Basic Y2k6eW81UHN5cHRyT0dYZllpakxEUXo=" https://nexus.corp.io/x

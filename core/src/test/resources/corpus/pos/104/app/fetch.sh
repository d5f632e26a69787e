#!/bin/sh
curl -H "Authorization: Basic Y2k6eDNYdVRxek1uN2d6R2t5anRiYkg=" https://nexus.corp.io/x

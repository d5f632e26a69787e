#!/bin/sh
curl -H 'Authorization: Bearer 5KMthFrzAHZSZqT3XnfAENiVkaCJDynxUDEHeJu9' https://api.corp.io/x

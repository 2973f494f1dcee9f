#!/bin/sh
# The temporal service's entrypoint: the server image reads its PostgreSQL
# password only from POSTGRES_PWD, so take it from the compose secret, then
# start the image's own entrypoint.
set -eu
POSTGRES_PWD=$(cat "${POSTGRES_PASSWORD_FILE:?}")
export POSTGRES_PWD
exec /etc/temporal/entrypoint.sh

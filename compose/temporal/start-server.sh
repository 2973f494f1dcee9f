#!/bin/sh
# The temporal service's entrypoint: the server image reads its PostgreSQL
# password only from POSTGRES_PWD, so take it from the compose secret, then
# start the image's own entrypoint. TEMPORAL_ENTRYPOINT, a command, replaces
# that entrypoint where the server runs outside the image (CI runs the same
# script from the Go module, .ci/temporalcluster).
set -eu
POSTGRES_PWD=$(cat "${POSTGRES_PASSWORD_FILE:?}")
export POSTGRES_PWD
# shellcheck disable=SC2086 # a command with its arguments
exec ${TEMPORAL_ENTRYPOINT:-/etc/temporal/entrypoint.sh}

#!/bin/sh
# The temporal-admin-tools job: creates Temporal's two PostgreSQL databases and
# brings their schemas to the version of this admin-tools image. Every step
# leaves what exists alone (create tolerates an existing database, setup-schema
# an existing version table, update-schema applies only newer versions), so
# the job runs on every `docker compose up` and migrates after an upgrade of
# the Temporal images.
# temporal-sql-tool reads SQL_PLUGIN, SQL_HOST, SQL_PORT, SQL_USER and
# SQL_PASSWORD from the environment; the password comes from a compose secret.
set -eu
SQL_PASSWORD=$(cat "${POSTGRES_PASSWORD_FILE:?}")
export SQL_PASSWORD
# TEMPORAL_SCHEMA_DIR: the schema files of the Temporal version in use (the
# admin-tools image keeps them here; CI points it at the Go module's copy).
schema=${TEMPORAL_SCHEMA_DIR:-/etc/temporal/schema/postgresql/v12}
for pair in temporal:temporal temporal_visibility:visibility; do
  db=${pair%%:*} dir=${pair#*:}
  temporal-sql-tool --db "$db" create-database
  temporal-sql-tool --db "$db" setup-schema -v 0.0
  temporal-sql-tool --db "$db" update-schema -d "$schema/$dir/versioned"
  echo "database $db is at the schema of this image"
done

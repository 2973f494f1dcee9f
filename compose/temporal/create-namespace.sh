#!/bin/sh
# The temporal-create-namespace job: once the frontend answers, creates
# certflow's namespace and its search attributes (NAME, or NAME:TYPE where the
# type is not Keyword), leaving alone what exists, so it runs on every `docker compose up`. The worker checks the
# search attributes again when it starts.
set -eu
: "${NAMESPACE:?}" "${SEARCH_ATTRIBUTES:?}" "${TEMPORAL_ADDRESS:?}"
t() { temporal "$@" --address "$TEMPORAL_ADDRESS"; }

tries=0
until t operator cluster health >/dev/null 2>&1; do
  tries=$((tries + 1))
  [ "$tries" -lt 60 ] || { echo "Temporal at $TEMPORAL_ADDRESS is not healthy after 2 minutes" >&2; exit 1; }
  sleep 2
done

if t operator namespace describe --namespace "$NAMESPACE" >/dev/null 2>&1; then
  echo "namespace $NAMESPACE exists"
else
  t operator namespace create --namespace "$NAMESPACE" --retention "${NAMESPACE_RETENTION:-720h}"
  echo "namespace $NAMESPACE created"
fi

# A new namespace takes a moment to reach every service: retry each attribute.
for attr in $SEARCH_ATTRIBUTES; do
  name=${attr%%:*}
  type=Keyword
  [ "$name" = "$attr" ] || type=${attr#*:}
  tries=0
  until t operator search-attribute list --namespace "$NAMESPACE" | grep -qw "$name"; do
    tries=$((tries + 1))
    [ "$tries" -lt 30 ] || { echo "search attribute $name could not be created" >&2; exit 1; }
    t operator search-attribute create --namespace "$NAMESPACE" --name "$name" --type "$type" || sleep 2
  done
  echo "search attribute $name ($type) is there"
done

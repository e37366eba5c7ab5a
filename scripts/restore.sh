#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into an empty database (refused otherwise; add
# --taiwa.restore.replace=true to drop what is there first). Every node then rebuilds its search index.
#   scripts/restore.sh DIR                                     # the embedded server on TAIWA_STORAGE_PORT (27018)
#   SPRING_MONGODB_URI=mongodb://... scripts/restore.sh DIR    # a real MongoDB
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: scripts/restore.sh DIR [--taiwa.restore.replace=true] [--spring.mongodb.uri=URI]" >&2; exit 2; }
dir="$1"; shift
JAVA_HOME="$(scripts/java-home.sh)"
jar="${TAIWA_JAR:-$(ls target/taiwa-*.jar 2>/dev/null | grep -v original | head -n 1)}"
[ -n "$jar" ] || { echo "no target/taiwa-*.jar: build it with ./mvnw package -DskipTests, or set TAIWA_JAR" >&2; exit 2; }
if [ -z "${SPRING_MONGODB_URI:-}" ] && [ -z "${TAIWA_STORAGE_PORT:-}" ]; then
  export TAIWA_STORAGE_PORT=27018
fi
exec "$JAVA_HOME/bin/java" -jar "$jar" "--taiwa.restore.from=$dir" "$@"

#!/usr/bin/env bash
# Backs up every collection (GridFS files included) of a running portal into a new folder:
#   scripts/backup.sh DIR                        # the embedded server of a portal started with TAIWA_STORAGE_PORT=27018
#   SPRING_MONGODB_URI=mongodb://... scripts/backup.sh DIR     # a real MongoDB
# Extra arguments go to the command (--taiwa.storage.port=27019, --spring.mongodb.uri=...). See docs/observability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: scripts/backup.sh DIR [--spring.mongodb.uri=URI | --taiwa.storage.port=PORT]" >&2; exit 2; }
dir="$1"; shift
JAVA_HOME="$(scripts/java-home.sh)"
jar="${TAIWA_JAR:-$(ls target/taiwa-*.jar 2>/dev/null | grep -v original | head -n 1)}"
[ -n "$jar" ] || { echo "no target/taiwa-*.jar: build it with ./mvnw package -DskipTests, or set TAIWA_JAR" >&2; exit 2; }
if [ -z "${SPRING_MONGODB_URI:-}" ] && [ -z "${TAIWA_STORAGE_PORT:-}" ]; then
  export TAIWA_STORAGE_PORT=27018
fi
exec "$JAVA_HOME/bin/java" -jar "$jar" "--taiwa.backup.to=$dir" "$@"

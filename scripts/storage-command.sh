#!/usr/bin/env bash
# Runs one of the production jar's storage commands (--taiwa.backup.to=DIR, --taiwa.restore.from=DIR) and exits;
# used by scripts/backup.sh and scripts/restore.sh. Without SPRING_MONGODB_URI it talks to the embedded server of a
# portal started with TAIWA_STORAGE_PORT (27018 unless set). TAIWA_JAR chooses the jar (default: target/taiwa-*.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(scripts/java-home.sh)"
jar="${TAIWA_JAR:-$(ls target/taiwa-*.jar 2>/dev/null | grep -v original | head -n 1)}"
[ -n "$jar" ] || { echo "no target/taiwa-*.jar: build it with ./mvnw package -DskipTests, or set TAIWA_JAR" >&2; exit 2; }
if [ -z "${SPRING_MONGODB_URI:-}" ] && [ -z "${TAIWA_STORAGE_PORT:-}" ]; then
  export TAIWA_STORAGE_PORT=27018
fi
exec "$JAVA_HOME/bin/java" -jar "$jar" "$@"

#!/usr/bin/env bash
# Prints the path of a JDK >= 21: $JAVA_HOME if it is one, else the first one found under /usr/lib/jvm.
# Usage: export JAVA_HOME="$(scripts/java-home.sh)"
set -euo pipefail
major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ "$(major "$candidate")" -ge 21 ]; then
    echo "$candidate"
    exit 0
  fi
done
echo "No JDK 21 or newer found: install one (e.g. Temurin 21+) and set JAVA_HOME to it." >&2
exit 1

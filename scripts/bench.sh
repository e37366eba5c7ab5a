#!/usr/bin/env bash
# Bench commands: each prints its figures and appends them to docs/benchmarks.md.
#   scripts/bench.sh discussion    opening a 1,000-reply thread; posting at 10,000 posts
#   scripts/bench.sh search        100,000 generated documents: indexing, rebuild, query latency, save-to-searchable
#   scripts/bench.sh purchase      2,000 concurrent first-come sign-ups over HTTP; allocating 62 sign-ups (prints only)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME VAADIN_USAGE_STATS_ENABLED=false
# Lucene decodes postings with the Vector API when the module is readable, as the app runs it (README)
export MAVEN_OPTS="${MAVEN_OPTS:-} --add-modules jdk.incubator.vector"
case "${1:-}" in
  discussion) main=org.taiwa.bench.DiscussionBench ;;
  search) main=org.taiwa.bench.SearchBench ;;
  purchase) main=org.taiwa.bench.PurchaseBench ;;
  *) echo "usage: scripts/bench.sh discussion|search|purchase [documents]" >&2; exit 2 ;;
esac
./mvnw -B -q package -DskipTests
./mvnw -B -q exec:java -Dexec.mainClass="$main" -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
  -Dexec.args="${2:-}"

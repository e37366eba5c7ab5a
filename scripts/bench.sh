#!/usr/bin/env bash
# Bench commands: each prints its figures and appends them to docs/benchmarks.md.
#   scripts/bench.sh discussion    opening a 1,000-reply thread; posting at 10,000 posts
#   scripts/bench.sh search        100,000 generated documents: indexing, rebuild, query latency, save-to-searchable
#   scripts/bench.sh purchase      2,000 concurrent first-come sign-ups over HTTP; allocating 62 sign-ups (prints only)
#   scripts/bench.sh load [users...] [--steady=150] [--ramp=30] [--jfr] [--dump] [--url=…] [--app=--prop=value]
#                                  members signed in to the Vaadin UI and the API in steps (100 200 300 500 750 1000
#                                  1500 by default, stopping past 500 at the first step over the targets);
#                                  the production jar runs as a child process on port 18650 (~25 min)
#   scripts/bench.sh pages [--per=40]  heap one open page holds per session (home, thread, search, calculator…)
#   scripts/bench.sh record URL [route...]   the requests headless Chromium sends for those pages (validates load)
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
  load) main=org.taiwa.bench.load.LoadBench ;;
  pages) main=org.taiwa.bench.load.PageWeights ;;
  record) main=org.taiwa.bench.BrowserRecording ;;
  *) echo "usage: scripts/bench.sh discussion|search|purchase|load|pages|record [arguments]" >&2; exit 2 ;;
esac
./mvnw -B -q package -DskipTests
./mvnw -B -q exec:java -Dexec.mainClass="$main" -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
  -Dexec.args="${*:2}"

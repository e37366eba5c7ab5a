#!/usr/bin/env bash
# Starts the production jar with no configuration at all (in a fresh folder, so it creates its own
# ./data), checks that it answers on HTTP and that /actuator/health is UP (readiness comes after the demo
# data is seeded) within SMOKE_TIMEOUT seconds (180: a busy 2-core machine needs ~60), then stops it.
set -euo pipefail
jar="$(ls "$(pwd)"/target/taiwa-*.jar | grep -v original | head -n 1)"
port="${PORT:-8080}"
limit="${SMOKE_TIMEOUT:-180}"
workdir="$(mktemp -d)"
log="$workdir/app.log"
cd "$workdir"
env -u SPRING_MONGODB_URI -u TAIWA_OIDC_ISSUER "$JAVA_HOME/bin/java" -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
start=$(date +%s)
until curl -fs -o /dev/null "http://localhost:$port/login"; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "smoke test: the app exited"; tail -50 "$log"; exit 1; fi
  if [ $(( $(date +%s) - start )) -ge "$limit" ]; then echo "smoke test: no HTTP answer within $limit s"; tail -50 "$log"; exit 1; fi
  sleep 1
done
echo "smoke test: HTTP answered after $(( $(date +%s) - start )) s"
# readiness turns UP once start-up work (seeding the directory) is done
until health="$(curl -s "http://localhost:$port/actuator/health")" && echo "$health" | grep -q '"status":"UP"'; do
  if [ $(( $(date +%s) - start )) -ge "$limit" ]; then echo "smoke test: health not UP within $limit s: $health"; tail -50 "$log"; exit 1; fi
  sleep 1
done
echo "smoke test: /actuator/health -> $health after $(( $(date +%s) - start )) s"
grep -q "Embedded MongoDB server" "$log" || { echo "smoke test: the embedded database did not start"; exit 1; }
[ -f "$workdir/data/taiwa.mv.db" ] || { echo "smoke test: no data file under ./data"; exit 1; }
echo "smoke test: passed"

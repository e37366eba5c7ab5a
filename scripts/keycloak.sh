#!/usr/bin/env bash
# Runs Keycloak 26.7.3 with the Taiwa demo realm on this machine (development and CI; no Docker).
#
# Usage: scripts/keycloak.sh start|stop|status
#
#   start   obtains the Keycloak distribution through Maven (org.keycloak:keycloak-quarkus-dist:26.7.3:zip,
#           kept in the local Maven repository) and unpacks it once into $TAIWA_KEYCLOAK_HOME; copies
#           config/keycloak/taiwa-realm.json into its data/import/ and starts `kc.sh start-dev --import-realm`
#           in the background on 127.0.0.1 with an in-memory database, so the realm is imported afresh on
#           every start; then waits until /health/ready on the management port answers UP (20-120 s on
#           2 cores); if it does not within TAIWA_KEYCLOAK_START_TIMEOUT, prints the log's tail, stops it, fails.
#           Does nothing if Keycloak is already running and ready.
#   stop    stops it (TERM, then KILL after $TAIWA_KEYCLOAK_STOP_TIMEOUT seconds).
#   status  says whether it runs and is ready; exit code 0 if ready, 3 if not.
#
# Environment (all optional):
#   TAIWA_KEYCLOAK_HOME             distribution folder     (default ~/.cache/taiwa/keycloak-26.7.3)
#   TAIWA_KEYCLOAK_PORT             HTTP port                (default 8180) -> issuer http://localhost:8180/realms/taiwa
#   TAIWA_KEYCLOAK_MANAGEMENT_PORT  health port              (default 9180) -> http://127.0.0.1:9180/health/ready
#   TAIWA_KEYCLOAK_START_TIMEOUT    seconds to wait for ready (default 180; 180 more at the very first start)
#   TAIWA_KEYCLOAK_STOP_TIMEOUT     seconds to wait after TERM (default 30)
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD   temporary admin of realm master (default admin/admin)
#   JAVA_HOME                       a JDK >= 21 (else scripts/java-home.sh picks one)
#
# The pid file and the log (keycloak.pid, keycloak.log) are in $TAIWA_KEYCLOAK_HOME/run/, next to the
# distribution, so that `./mvnw clean` cannot lose track of a running Keycloak; there is one Keycloak per
# distribution folder and ports.
#
# DEMO ONLY: the admin/admin bootstrap administrator, the client secrets and the users' password of the
# realm are public. Never expose this Keycloak beyond the loopback interface.
set -euo pipefail

KEYCLOAK_VERSION=26.7.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REALM_FILE="$ROOT/config/keycloak/taiwa-realm.json"
KC_HOME="$(realpath -m "${TAIWA_KEYCLOAK_HOME:-$HOME/.cache/taiwa/keycloak-$KEYCLOAK_VERSION}")"
HTTP_PORT="${TAIWA_KEYCLOAK_PORT:-8180}"
MANAGEMENT_PORT="${TAIWA_KEYCLOAK_MANAGEMENT_PORT:-9180}"
START_TIMEOUT="${TAIWA_KEYCLOAK_START_TIMEOUT:-180}"
STOP_TIMEOUT="${TAIWA_KEYCLOAK_STOP_TIMEOUT:-30}"
RUN_DIR="$KC_HOME/run"
PID_FILE="$RUN_DIR/keycloak.pid"
LOG_FILE="$RUN_DIR/keycloak.log"
READY_URL="http://127.0.0.1:$MANAGEMENT_PORT/health/ready"

log() { echo "keycloak: $*"; }
die() { echo "keycloak: $*" >&2; exit 1; }

# The pid of the running Keycloak (kc.sh, leader of its own process group), or nothing.
running_pid() {
  local pid
  [ -f "$PID_FILE" ] || return 0
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  # alive, and still our Keycloak (not another process that got the pid of a Keycloak that died): kc.sh,
  # or the JVM that kc.sh execs in its place after the build at the first start
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
      && tr '\0' '\n' 2>/dev/null <"/proc/$pid/cmdline" \
         | grep -qxF -e "$KC_HOME/bin/kc.sh" -e "-Dkc.home.dir=$KC_HOME/bin/.."; then
    echo "$pid"
  fi
}

is_ready() {
  curl -fsS --max-time 5 "$READY_URL" 2>/dev/null | grep -Eq '"status"[[:space:]]*:[[:space:]]*"UP"'
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

ensure_java() {
  # java-home.sh prints $JAVA_HOME if it is a JDK >= 21, else one it finds under /usr/lib/jvm
  JAVA_HOME="$("$ROOT/scripts/java-home.sh")" || die "Keycloak $KEYCLOAK_VERSION needs a JDK 21 or newer (set JAVA_HOME)"
  export JAVA_HOME
}

ensure_distribution() {
  if [ -x "$KC_HOME/bin/kc.sh" ] && grep -q "$KEYCLOAK_VERSION" "$KC_HOME/version.txt" 2>/dev/null; then
    return 0
  fi
  command -v unzip >/dev/null || die "unzip is needed to unpack Keycloak (apt-get install unzip)"
  if [ -e "$KC_HOME" ] && [ -n "$(ls -A "$KC_HOME" 2>/dev/null)" ]; then
    die "$KC_HOME exists but is not a Keycloak $KEYCLOAK_VERSION distribution; remove it or set TAIWA_KEYCLOAK_HOME"
  fi
  local parent tmp
  parent="$(dirname "$KC_HOME")"
  mkdir -p "$parent"
  tmp="$(mktemp -d "$parent/.keycloak-download.XXXXXX")"
  log "obtaining org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip through Maven"
  if ! (cd "$ROOT" && ./mvnw -q -B dependency:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        -DoutputDirectory="$tmp" -Dmdep.useBaseVersion=true); then
    rm -rf "$tmp"
    die "could not obtain the Keycloak distribution through Maven"
  fi
  log "unpacking into $KC_HOME"
  unzip -q "$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$tmp" || { rm -rf "$tmp"; die "could not unpack the distribution"; }
  rm -f "$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  rmdir "$KC_HOME" 2>/dev/null || true
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$tmp"
}

# Whether the distribution is already built with the options of start (else start-dev first rebuilds it).
built_for_start_dev() {
  local persisted
  persisted="$(unzip -p "$KC_HOME/lib/quarkus/generated-bytecode.jar" META-INF/keycloak-persisted.properties 2>/dev/null || true)"
  grep -qx 'kc.profile=dev' <<<"$persisted" && grep -qx 'kc.db=dev-mem' <<<"$persisted" \
    && grep -qx 'kc.health-enabled=true' <<<"$persisted"
}

start() {
  local pid
  pid="$(running_pid)"
  if [ -n "$pid" ]; then
    if is_ready; then
      log "already running (pid $pid) and ready: http://localhost:$HTTP_PORT/realms/taiwa"
      return 0
    fi
    log "already starting (pid $pid); waiting for it to be ready"
    wait_until_ready "$pid"
    return 0
  fi
  rm -f "$PID_FILE"
  for port in "$HTTP_PORT" "$MANAGEMENT_PORT"; do
    if port_in_use "$port"; then
      die "port $port on 127.0.0.1 is already in use by another process (set TAIWA_KEYCLOAK_PORT / TAIWA_KEYCLOAK_MANAGEMENT_PORT)"
    fi
  done
  [ -f "$REALM_FILE" ] || die "missing $REALM_FILE"
  ensure_java
  ensure_distribution

  mkdir -p "$KC_HOME/data/import" "$RUN_DIR"
  rm -f "$KC_HOME"/data/import/*.json
  cp "$REALM_FILE" "$KC_HOME/data/import/taiwa-realm.json"

  # DEMO ONLY: a temporary administrator of realm master, admin/admin unless given.
  export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
  export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"

  log "starting Keycloak $KEYCLOAK_VERSION on http://localhost:$HTTP_PORT (health on 127.0.0.1:$MANAGEMENT_PORT), log: $LOG_FILE"
  local started=$SECONDS timeout=$START_TIMEOUT
  if ! built_for_start_dev; then
    # the first start also builds the distribution for development mode (Quarkus augmentation, 50-90 s on 2 cores)
    timeout=$((START_TIMEOUT + 180))
    log "first start: Keycloak builds itself first; waiting up to $timeout s"
  fi
  # setsid: kc.sh leads its own process group (so stop can also reach the JVM it forks) and is detached
  # from this shell; the inner shell writes its pid, which `exec` hands on to kc.sh.
  : >"$LOG_FILE"
  # shellcheck disable=SC2016 # $$, $1 and $@ are the inner shell's
  setsid -f bash -c 'echo $$ >"$1"; shift; exec "$@"' keycloak-launcher "$PID_FILE" \
    "$KC_HOME/bin/kc.sh" start-dev --import-realm \
      --http-host=127.0.0.1 --http-port="$HTTP_PORT" \
      --http-management-port="$MANAGEMENT_PORT" \
      --health-enabled=true \
      --db=dev-mem \
    >>"$LOG_FILE" 2>&1 </dev/null
  for _ in $(seq 1 50); do
    [ -s "$PID_FILE" ] && break
    sleep 0.1
  done
  pid="$(running_pid)"
  [ -n "$pid" ] || fail_with_log "Keycloak did not start"
  wait_until_ready "$pid" "$timeout"
  log "ready after $((SECONDS - started)) s (pid $pid): issuer http://localhost:$HTTP_PORT/realms/taiwa, admin console http://localhost:$HTTP_PORT/admin/"
}

wait_until_ready() { # wait_until_ready <pid> [<timeout>]
  local pid="$1" timeout="${2:-$START_TIMEOUT}"
  local deadline=$((SECONDS + timeout))
  while [ $SECONDS -lt $deadline ]; do
    if is_ready; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; fail_with_log "Keycloak exited during start-up"; }
    sleep 2
  done
  echo "keycloak: Keycloak was not ready after $timeout s (TAIWA_KEYCLOAK_START_TIMEOUT); the last lines of $LOG_FILE:" >&2
  tail -n 60 "$LOG_FILE" >&2 2>/dev/null || true
  stop >&2
  exit 1
}

fail_with_log() {
  echo "keycloak: $1; the last lines of $LOG_FILE:" >&2
  tail -n 60 "$LOG_FILE" >&2 2>/dev/null || true
  exit 1
}

group_alive() {
  kill -0 -- "-$1" 2>/dev/null
}

stop() {
  local pid
  pid="$(running_pid)"
  if [ -z "$pid" ]; then
    rm -f "$PID_FILE"
    log "not running"
    return 0
  fi
  log "stopping (pid $pid)"
  # kc.sh passes TERM on to the JVM, which shuts down gracefully
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while group_alive "$pid" && [ $SECONDS -lt $deadline ]; do
    sleep 0.5
  done
  if group_alive "$pid"; then
    log "still running after $STOP_TIMEOUT s: KILL"
    kill -KILL -- "-$pid" 2>/dev/null || true
    while group_alive "$pid"; do sleep 0.2; done
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

status() {
  local pid
  pid="$(running_pid)"
  if [ -z "$pid" ]; then
    log "not running"
    return 3
  fi
  if is_ready; then
    log "running (pid $pid) and ready: http://localhost:$HTTP_PORT/realms/taiwa"
    return 0
  fi
  log "running (pid $pid) but not ready ($READY_URL); log: $LOG_FILE"
  return 3
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac

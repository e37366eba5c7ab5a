#!/usr/bin/env bash
# Checks a running demo Keycloak (scripts/keycloak.sh start) against what the portal expects of the realm:
# token claims and audiences, PKCE on the authorization endpoint, the admin API and user logout.
# Needs curl, jq and openssl. Exit code 0 if every check passes. DEMO CREDENTIALS ONLY.
set -euo pipefail

KC="http://localhost:${TAIWA_KEYCLOAK_PORT:-8180}"
ISSUER="$KC/realms/taiwa"
TOKEN_URL="$ISSUER/protocol/openid-connect/token"
ADMIN_USER="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
failures=0

pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
check() { # check <description> <jq filter that must be true> <json>
  if jq -e "$2" >/dev/null 2>&1 <<<"$3"; then pass "$1"; else fail "$1: $(jq -c . <<<"$3" 2>/dev/null || echo "$3")"; fi
}

# the JSON payload of a JWT (base64url, unpadded)
jwt_payload() {
  local p
  p="$(cut -d. -f2 <<<"$1" | tr '_-' '/+')"
  while [ $(( ${#p} % 4 )) -ne 0 ]; do p="$p="; done
  base64 -d <<<"$p"
}

# access token payload of a password grant: password_grant <client> <secret> <username>
password_grant() {
  local response
  response="$(curl -sS -X POST "$TOKEN_URL" -d grant_type=password -d scope=openid \
    -d client_id="$1" -d client_secret="$2" -d username="$3" -d password=taiwa-demo)"
  if ! jq -e .access_token >/dev/null 2>&1 <<<"$response"; then
    echo "{\"grant_failed\": $(jq -c . <<<"$response" 2>/dev/null || echo null)}"
    return 0
  fi
  jwt_payload "$(jq -r .access_token <<<"$response")"
}

token="$(password_grant taiwa-test taiwa-test-demo-secret staff.minato)"
echo "access token of staff.minato (client taiwa-test):"
jq . <<<"$token"
check "taiwa-test: aud contains taiwa-portal" '.aud | (if type == "array" then . else [.] end) | index("taiwa-portal") != null' "$token"
check "municipality = 港区" '.municipality == "港区"' "$token"
check "roles contains member" '.roles | type == "array" and index("member") != null' "$token"
check "preferred_username = staff.minato" '.preferred_username == "staff.minato"' "$token"
check "iss = $ISSUER" ".iss == \"$ISSUER\"" "$token"

token="$(password_grant taiwa-other taiwa-other-demo-secret staff.minato)"
check "taiwa-other: aud does not contain taiwa-portal" '(.grant_failed | not) and ((.aud // []) | (if type == "array" then . else [.] end) | index("taiwa-portal") == null)' "$token"

token="$(password_grant taiwa-test taiwa-test-demo-secret approver.minato)"
check "approver.minato: roles member and approver" '(.roles | sort) == ["approver", "member"]' "$token"

token="$(password_grant taiwa-test taiwa-test-demo-secret secretariat)"
check "secretariat: roles [secretariat], no municipality" '(.roles == ["secretariat"]) and (has("municipality") | not)' "$token"

token="$(password_grant taiwa-test taiwa-test-demo-secret academic.yamada)"
check "academic.yamada: signs in (name with parentheses), roles [academic]" '.roles == ["academic"] and .name == "山田 学 (学識経験者)"' "$token"

response="$(curl -sS -X POST "$TOKEN_URL" -d grant_type=password -d client_id=taiwa-portal \
  -d client_secret=taiwa-portal-demo-secret -d username=staff.minato -d password=taiwa-demo)"
check "taiwa-portal: no password grant" '.error == "unauthorized_client"' "$response"

verifier="$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
challenge="$(printf %s "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')"
auth="$ISSUER/protocol/openid-connect/auth?client_id=taiwa-portal&response_type=code&scope=openid&state=check"
auth="$auth&redirect_uri=http://localhost:8080/login/oauth2/code/keycloak"
status="$(curl -sS -o /dev/null -w '%{http_code}' "$auth&code_challenge=$challenge&code_challenge_method=S256")"
if [ "$status" = 200 ]; then pass "authorization endpoint with PKCE S256: login page"; else fail "authorization endpoint with PKCE S256: HTTP $status"; fi
location="$(curl -sS -o /dev/null -w '%{redirect_url}' "$auth")"
case "$location" in
  *error=invalid_request*code_challenge*) pass "authorization endpoint without code_challenge: refused" ;;
  *) fail "authorization endpoint without code_challenge: not refused ($location)" ;;
esac

admin_token="$(curl -sS -X POST "$KC/realms/master/protocol/openid-connect/token" -d grant_type=password \
  -d client_id=admin-cli --data-urlencode username="$ADMIN_USER" --data-urlencode password="$ADMIN_PASSWORD" | jq -r '.access_token // empty')"
if [ -z "$admin_token" ]; then
  fail "admin token from realm master"
else
  accounts="$(grep -cv -e '^#' -e '^username,' -e '^[[:space:]]*$' "$(dirname "$0")/../config/demo-accounts.csv")"
  count="$(curl -sS -H "Authorization: Bearer $admin_token" "$KC/admin/realms/taiwa/users/count")"
  if [ "$count" = "$accounts" ]; then pass "admin API: $count users in realm taiwa"; else fail "admin API: $count users, $accounts demo accounts"; fi
  refresh="$(curl -sS -X POST "$TOKEN_URL" -d grant_type=password -d client_id=taiwa-test \
    -d client_secret=taiwa-test-demo-secret -d username=staff.chuo -d password=taiwa-demo | jq -r .refresh_token)"
  id="$(curl -sS -H "Authorization: Bearer $admin_token" "$KC/admin/realms/taiwa/users?username=staff.chuo&exact=true" | jq -r '.[0].id')"
  status="$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $admin_token" "$KC/admin/realms/taiwa/users/$id/logout")"
  sessions="$(curl -sS -H "Authorization: Bearer $admin_token" "$KC/admin/realms/taiwa/users/$id/sessions" | jq length)"
  if [ "$status" = 204 ] && [ "$sessions" = 0 ]; then
    pass "admin API: logout of staff.chuo's sessions"
  else
    fail "admin API logout: HTTP $status, $sessions sessions left"
  fi
  response="$(curl -sS -X POST "$TOKEN_URL" -d grant_type=refresh_token -d client_id=taiwa-test \
    -d client_secret=taiwa-test-demo-secret -d refresh_token="$refresh")"
  check "refresh token after logout: refused" '.error == "invalid_grant"' "$response"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"

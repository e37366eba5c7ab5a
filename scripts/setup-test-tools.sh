#!/usr/bin/env bash
# Installs what the tests need besides Maven artifacts, from Debian's packages:
# Chromium and its driver for the browser tests, Japanese fonts for screenshots,
# and docker-compose to validate docker-compose.yml. Needs root (or sudo).
set -euo pipefail
packages=(chromium chromium-driver fonts-noto-cjk docker-compose)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "test tools present: ${packages[*]}"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

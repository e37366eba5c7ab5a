#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into an empty database (refused otherwise; add
# --taiwa.restore.replace=true to drop what is there first). Every node then rebuilds its search index.
#   scripts/restore.sh DIR                                     # the embedded server on TAIWA_STORAGE_PORT (27018)
#   SPRING_MONGODB_URI=mongodb://... scripts/restore.sh DIR    # a real MongoDB
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: scripts/restore.sh DIR [--taiwa.restore.replace=true] [--spring.mongodb.uri=URI]" >&2; exit 2; }
dir="$1"; shift
exec scripts/storage-command.sh "--taiwa.restore.from=$dir" "$@"

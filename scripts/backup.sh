#!/usr/bin/env bash
# Backs up every collection (GridFS files included) of a running portal into a new folder:
#   scripts/backup.sh DIR                        # the embedded server of a portal started with TAIWA_STORAGE_PORT=27018
#   SPRING_MONGODB_URI=mongodb://... scripts/backup.sh DIR     # a real MongoDB
# Extra arguments go to the command (--taiwa.storage.port=27019, --spring.mongodb.uri=...). See docs/observability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: scripts/backup.sh DIR [--spring.mongodb.uri=URI | --taiwa.storage.port=PORT]" >&2; exit 2; }
dir="$1"; shift
exec scripts/storage-command.sh "--taiwa.backup.to=$dir" "$@"

#!/usr/bin/env bash
# build-aux/run.sh — set up, build and launch Foothold from the build folder on the
# user's default plan (the demo plan on first start). Arguments go to foothold.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${FOOTHOLD_BUILD_DIR:-$root/build}"
"$root/build-aux/setup.sh"

# Running uninstalled: the settings schema comes from the build folder.
export GSETTINGS_SCHEMA_DIR="$build/data"
exec "$build/app/foothold" "$@"

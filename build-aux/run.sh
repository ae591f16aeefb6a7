#!/usr/bin/env bash
# build-aux/run.sh — set up, build and launch Foothold from the build folder on the
# user's default plan (the demo plan on first start). Arguments go to foothold.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${FOOTHOLD_BUILD_DIR:-$root/build}"
"$root/build-aux/setup.sh"

# Running uninstalled: the settings schema comes from the build folder.
export GSETTINGS_SCHEMA_DIR="$build/data"
# …and the app's icon from the source tree's icon folder.
export XDG_DATA_DIRS="$root/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
exec "$build/app/foothold" "$@"

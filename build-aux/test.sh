#!/usr/bin/env bash
# build-aux/test.sh — set up, build and run the whole test suite headless (Xvfb),
# ending with meson's summary. Extra arguments go to `meson test`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${FOOTHOLD_BUILD_DIR:-$root/build}"
"$root/build-aux/setup.sh"

# Widget tests must not skip quietly for want of a display.
export REQUIRE_DISPLAY=1
exec xvfb-run -a -s "-screen 0 1920x1080x24" meson test -C "$build" --print-errorlogs "$@"

#!/usr/bin/env bash
# build-aux/test.sh — set up, build and run the whole test suite headless (Xvfb),
# then the unit suite again under AddressSanitizer and UndefinedBehaviorSanitizer
# (a second build directory, build-asan). Each run ends with meson's summary.
# Extra arguments go to the first `meson test`, and then the sanitizer run is
# left out (it is the whole unit suite or nothing).
#
# FOOTHOLD_TEST_TIMEOUT_FACTOR=F (default 1) allows F times longer everywhere: it
# is passed to meson as --timeout-multiplier and read by the tests' own waits.
# FOOTHOLD_TEST_ASAN=0 leaves the sanitizer run out.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${FOOTHOLD_BUILD_DIR:-$root/build}"
asan_build="${FOOTHOLD_ASAN_BUILD_DIR:-$root/build-asan}"
"$root/build-aux/setup.sh"

factor="${FOOTHOLD_TEST_TIMEOUT_FACTOR:-1}"
if ! awk -v f="$factor" 'BEGIN { exit !(f + 0 > 0) }'; then
  echo "FOOTHOLD_TEST_TIMEOUT_FACTOR=$factor: expected a positive number" >&2
  exit 2
fi
export FOOTHOLD_TEST_TIMEOUT_FACTOR="$factor"

# Widget tests must not skip quietly for want of a display.
export REQUIRE_DISPLAY=1

rc=0
xvfb-run -a -s "-screen 0 1920x1080x24" \
  meson test -C "$build" --print-errorlogs --timeout-multiplier "$factor" "$@" || rc=$?

if [ $# -eq 0 ] && [ "${FOOTHOLD_TEST_ASAN:-1}" != 0 ]; then
  if [ ! -f "$asan_build/build.ninja" ]; then
    meson setup "$asan_build" "$root" -Db_sanitize=address,undefined -Dbuildtype=debug
  fi
  ninja -C "$asan_build"
  # The asan setup's own multiplier is 4; the command line replaces it, so say 4 × F.
  meson test -C "$asan_build" --setup=asan --suite unit --print-errorlogs \
    --timeout-multiplier "$(awk -v f="$factor" 'BEGIN { print 4 * f }')" || rc=$?
fi
exit "$rc"

#!/usr/bin/env bash
# build-aux/check-format.sh — fails when a tracked C file is not laid out as .clang-format
# says. The whole tree is formatted, so this also holds every changed line to it.
# Usage: check-format.sh [SOURCE_ROOT]
set -euo pipefail
root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
cd "$root"

if ! command -v clang-format >/dev/null 2>&1; then
  echo "clang-format is not installed (Debian: apt-get install clang-format)." >&2
  exit 1
fi

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files -co --exclude-standard -- '*.c' '*.h')
else
  mapfile -t files < <(find app tests -name '*.c' -o -name '*.h')
fi

# One clang-format run over every file; it names each file that is not formatted.
existing=()
for f in "${files[@]}"; do [ -f "$f" ] && existing+=("$f"); done
if out=$(clang-format --dry-run --Werror "${existing[@]}" 2>&1); then
  echo "all ${#existing[@]} files formatted"
  exit 0
fi
printf '%s\n' "$out" | grep -o '^[^:]*\.[ch]' | sort -u | sed 's/^/not formatted (run clang-format -i): /'
exit 1

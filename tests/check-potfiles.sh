#!/usr/bin/env bash
# Fails when a source file with translatable strings is missing from po/POTFILES.in,
# or when POTFILES.in names a file that does not exist.
set -u
root="$1"
cd "$root" || exit 1
status=0
listed=$(grep -v '^\s*#' po/POTFILES.in | sed '/^\s*$/d' | sort -u)

while IFS= read -r f; do
  if ! grep -qxF "$f" <<<"$listed"; then
    echo "not ok: $f has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done < <(grep -rlE '(^|[^A-Za-z0-9_])(N_|_|ngettext|C_)\s*\(\s*"|translatable="yes"' app ui | sort)

while IFS= read -r f; do
  [ -e "$f" ] || { echo "not ok: po/POTFILES.in names $f, which does not exist"; status=1; }
done <<<"$listed"

[ $status -eq 0 ] && echo "ok: po/POTFILES.in lists every file with translatable strings"
exit $status

#!/bin/sh
# test-check-cli.sh: `foothold --check FILE` and `foothold --summary FILE` exit codes and
# output, TAP.
# Usage: test-check-cli.sh FOOTHOLD SOURCE_ROOT
set -u
foothold=$1
demo=$2/data/demo-plan.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "1..7"

out=$("$foothold" --check "$demo"); rc=$?
if [ $rc -eq 0 ] && echo "$out" | tail -n 1 | grep -q ': 0 errors, 1 warning$'; then
  echo "ok 1 /foothold/check-cli/demo-passes"
else
  echo "not ok 1 /foothold/check-cli/demo-passes (rc $rc: $out)"
fi

sed '0,/"from_stage": 1,/s//"from_stage": 0,/' "$demo" > "$tmp/bad.json"
out=$("$foothold" --check "$tmp/bad.json"); rc=$?
if [ $rc -eq 1 ] && echo "$out" | grep -q "^$tmp/bad.json: error: stage-skip: "; then
  echo "ok 2 /foothold/check-cli/errors-exit-1"
else
  echo "not ok 2 /foothold/check-cli/errors-exit-1 (rc $rc: $out)"
fi

"$foothold" --check "$tmp/missing.foothold" >/dev/null 2>&1; rc=$?
if [ $rc -eq 2 ]; then echo "ok 3 /foothold/check-cli/unreadable-exit-2"; else echo "not ok 3 /foothold/check-cli/unreadable-exit-2 (rc $rc)"; fi

echo "not json" > "$tmp/junk.json"
"$foothold" --check "$tmp/junk.json" >/dev/null 2>&1; rc=$?
if [ $rc -eq 2 ]; then echo "ok 4 /foothold/check-cli/junk-exit-2"; else echo "not ok 4 /foothold/check-cli/junk-exit-2 (rc $rc)"; fi

# --summary reads a JSON export as well as a plan, and writes one JSON object.
out=$("$foothold" --summary "$demo"); rc=$?
if [ $rc -eq 0 ] && echo "$out" | grep -q '"format" : "foothold-summary"' &&
   echo "$out" | grep -q '"assessed_text" : "14 of 14 assessed"'; then
  echo "ok 5 /foothold/summary-cli/demo"
else
  echo "not ok 5 /foothold/summary-cli/demo (rc $rc: $out)"
fi

"$foothold" --summary "$tmp/junk.json" >/dev/null 2>&1; rc=$?
if [ $rc -eq 2 ]; then echo "ok 6 /foothold/summary-cli/junk-exit-2"; else echo "not ok 6 /foothold/summary-cli/junk-exit-2 (rc $rc)"; fi

"$foothold" --summary >/dev/null 2>&1; rc=$?
if [ $rc -eq 2 ]; then echo "ok 7 /foothold/summary-cli/no-file-exit-2"; else echo "not ok 7 /foothold/summary-cli/no-file-exit-2 (rc $rc)"; fi

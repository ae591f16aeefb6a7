#!/bin/sh
# test-draft-cli.sh: `foothold --draft FILE` on the demo, on a plan that is only the
# catalog, and on files it cannot read; TAP.
# Usage: test-draft-cli.sh FOOTHOLD SOURCE_ROOT
set -u
foothold=$1
demo=$2/data/demo-plan.json
catalog=$2/data/catalog.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "1..5"

# The demo: quarters in detail, then intent, and no finding of the draft's own.
out=$("$foothold" --draft "$demo"); rc=$?
if [ $rc -eq 0 ] && echo "$out" | grep -q '^2027-Q3$' && echo "$out" | grep -q '^2027-Q4 (intent)$' &&
   echo "$out" | grep -q '^  Implementation strategy to Repeatable (closes 1 gap, serves 0 use cases)$' &&
   echo "$out" | grep -q '^The plan as it is has 1 finding\.$' &&
   echo "$out" | tail -n 1 | grep -q '^Findings the draft adds: none\.$'; then
  echo "ok 1 /foothold/draft-cli/demo"
else
  echo "not ok 1 /foothold/draft-cli/demo (rc $rc: $out)"
fi

# A plan that is only the catalog: no use case, no gap, so discovery comes first.
python3 - "$catalog" "$tmp/empty.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["plan"] = {"name": "Empty", "start_quarter": "2027-Q1"}
json.dump(plan, open(sys.argv[2], "w"))
PY
out=$("$foothold" --draft "$tmp/empty.json"); rc=$?
if [ $rc -eq 0 ] && echo "$out" | grep -q 'discovery comes first' &&
   ! echo "$out" | grep -q '^20[0-9][0-9]-Q' &&
   echo "$out" | tail -n 1 | grep -q '^Findings the draft adds: none\.$'; then
  echo "ok 2 /foothold/draft-cli/empty"
else
  echo "not ok 2 /foothold/draft-cli/empty (rc $rc: $out)"
fi

"$foothold" --draft "$tmp/missing.foothold" >/dev/null 2>&1; rc=$?
if [ $rc -eq 2 ]; then echo "ok 3 /foothold/draft-cli/unreadable-exit-2"; else echo "not ok 3 /foothold/draft-cli/unreadable-exit-2 (rc $rc)"; fi

echo "not json" > "$tmp/junk.json"
"$foothold" --draft "$tmp/junk.json" >/dev/null 2>&1; rc=$?
if [ $rc -eq 2 ]; then echo "ok 4 /foothold/draft-cli/junk-exit-2"; else echo "not ok 4 /foothold/draft-cli/junk-exit-2 (rc $rc)"; fi

"$foothold" --draft >/dev/null 2>&1; rc=$?
if [ $rc -eq 2 ]; then echo "ok 5 /foothold/draft-cli/no-file-exit-2"; else echo "not ok 5 /foothold/draft-cli/no-file-exit-2 (rc $rc)"; fi

#!/bin/sh
# test-json-cli.sh: hostile JSON and file writing through the built binary, TAP.
# Usage: test-json-cli.sh FOOTHOLD SOURCE_ROOT
set -u
foothold=$1
demo=$2/data/demo-plan.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
ok () { n=$((n + 1)); echo "ok $n /foothold/json-cli/$1"; }
not_ok () { n=$((n + 1)); echo "not ok $n /foothold/json-cli/$1 ($2)"; }
echo "1..12"

# 80,000 levels: refused with a location by every command, never a crash.
python3 -c 'import sys; sys.stdout.write("{\"format\": \"foothold-plan\", \"x\": " + "[" * 80000 + "]" * 80000 + "}")' > "$tmp/deep.json"
"$foothold" --import-json "$demo" "$tmp/plan.foothold" >/dev/null 2>&1
before=$(sha256sum "$tmp/plan.foothold")
out=$("$foothold" --import-json "$tmp/deep.json" "$tmp/plan.foothold" 2>&1); rc=$?
after=$(sha256sum "$tmp/plan.foothold")
if [ $rc -eq 1 ] && [ "$before" = "$after" ] && echo "$out" | grep -q "(line 1, column 97): the document is nested more than 64"; then
  ok deep-import; else not_ok deep-import "rc $rc: $out"; fi
out=$("$foothold" --check "$tmp/deep.json" 2>&1); rc=$?
if [ $rc -eq 2 ] && echo "$out" | grep -q "nested more than 64"; then ok deep-check; else not_ok deep-check "rc $rc: $out"; fi
fails=""
for opt in --export-json --export-pdf --export-markdown; do
  out=$("$foothold" $opt "$tmp/out" "$tmp/deep.json" 2>&1); rc=$?
  if [ $rc -ne 1 ] || ! echo "$out" | grep -q "nested more than 64" || [ -e "$tmp/out" ]; then fails="$fails $opt:$rc"; fi
done
if [ -z "$fails" ]; then ok deep-exports; else not_ok deep-exports "$fails"; fi

# A byte order mark is accepted by every command alike.
printf '\357\273\277' > "$tmp/bom.json"; cat "$demo" >> "$tmp/bom.json"
out=$("$foothold" --check "$tmp/bom.json"); rc=$?
if [ $rc -eq 0 ] && echo "$out" | tail -n 1 | grep -q ': 0 errors, 1 warning$'; then ok bom-check; else not_ok bom-check "rc $rc: $out"; fi
"$foothold" --export-json "$tmp/a.json" "$demo" && "$foothold" --export-json "$tmp/b.json" "$tmp/bom.json" \
  && "$foothold" --import-json "$tmp/bom.json" "$tmp/bom.foothold" && "$foothold" --export-json "$tmp/c.json" "$tmp/bom.foothold" \
  && "$foothold" --export-markdown "$tmp/bom.md" "$tmp/bom.json"; rc=$?
if [ $rc -eq 0 ] && cmp -s "$tmp/a.json" "$tmp/b.json" && cmp -s "$tmp/a.json" "$tmp/c.json"; then ok bom-everywhere; else not_ok bom-everywhere "rc $rc"; fi

# Numbers are read exactly or refused, with the text as written.
sed '0,/"version": 1/s//"version": 18446744073709551616/' "$demo" > "$tmp/big.json"
out=$("$foothold" --check "$tmp/big.json" 2>&1); rc=$?
if [ $rc -eq 2 ] && echo "$out" | grep -q "version (line 3, column 14): 18446744073709551616 is out of range"; then ok big-number; else not_ok big-number "rc $rc: $out"; fi

# Findings are listed at most 50 a rule, the rest counted on one line.
python3 - "$tmp/dense.json" <<'PY'
import json, sys
plan = {"format": "foothold-plan", "version": 1, "plan": {"name": "Dense"},
        "capabilities": [{"id": "data", "name": "Data"}],
        "roadmap": [{"id": i, "title": "Item %d" % i, "capability": "data", "from_stage": 0,
                     "target_stage": 1, "start_quarter": "2027-Q1", "depends_on": list(range(i + 1, min(i + 21, 301)))}
                    for i in range(1, 301)]}
json.dump(plan, open(sys.argv[1], "w"))
PY
out=$("$foothold" --check "$tmp/dense.json"); rc=$?
listed=$(echo "$out" | grep -c ": error: dependency-order: “")
if [ $rc -eq 1 ] && [ "$listed" -eq 50 ] && echo "$out" | grep -q ": error: dependency-order: 5740 more findings of this rule are not listed.$" \
   && echo "$out" | tail -n 1 | grep -q ": 5790 errors,"; then ok findings-capped; else not_ok findings-capped "rc $rc, $listed listed"; fi

# A private export stays private; a symbolic link is written through.
"$foothold" --export-markdown "$tmp/private.md" "$demo"; chmod 600 "$tmp/private.md"
"$foothold" --export-pdf "$tmp/private.pdf" "$demo"; chmod 600 "$tmp/private.pdf"
"$foothold" --export-markdown "$tmp/private.md" "$demo" && "$foothold" --export-pdf "$tmp/private.pdf" "$demo" \
  && "$foothold" --export-json "$tmp/a.json" "$demo"
if [ "$(stat -c %a "$tmp/private.md") $(stat -c %a "$tmp/private.pdf")" = "600 600" ]; then ok keeps-mode; else not_ok keeps-mode "$(stat -c %a "$tmp/private.md" "$tmp/private.pdf")"; fi
echo old > "$tmp/real.json"; ln -s real.json "$tmp/link.json"
"$foothold" --export-json "$tmp/link.json" "$demo"; rc=$?
if [ $rc -eq 0 ] && [ -L "$tmp/link.json" ] && cmp -s "$tmp/real.json" "$tmp/a.json"; then ok symlink-through; else not_ok symlink-through "rc $rc"; fi

# Errors name the user's path, never a temporary file.
out=$("$foothold" --export-pdf "$tmp/no-folder/out.pdf" "$demo" 2>&1)
if echo "$out" | grep -q "no-folder/out.pdf" && ! echo "$out" | grep -q "foothold-tmp"; then ok error-names-target; else not_ok error-names-target "$out"; fi

# SIGTERM while the report is written: no temporary file is left. Waits for the
# temporary file to appear, however long that takes, then signals.
"$foothold" --import-json "$tmp/dense.json" "$tmp/dense.foothold" >/dev/null 2>&1
mkdir "$tmp/out"
seen=no
for trial in 1 2 3 4 5; do
  "$foothold" --export-pdf "$tmp/out/report.pdf" "$tmp/dense.foothold" & pid=$!
  while kill -0 $pid 2>/dev/null; do
    if ls -A "$tmp/out" | grep -q '^\.report\.pdf\.foothold-tmp-'; then kill -TERM $pid; seen=yes; break; fi
  done
  wait $pid
  rm -f "$tmp/out/report.pdf"
  [ $seen = yes ] && break
done
left=$(ls -A "$tmp/out")
if [ $seen = yes ] && [ -z "$left" ]; then ok sigterm-cleans; else not_ok sigterm-cleans "seen $seen, left: $left"; fi

# SIGTERM while --import-json creates a plan: neither the plan nor a temporary file
# (nor SQLite's files beside it) is left.
mkdir "$tmp/import"
seen=no
for trial in 1 2 3 4 5; do
  "$foothold" --import-json "$tmp/dense.json" "$tmp/import/new.foothold" 2>/dev/null & pid=$!
  while kill -0 $pid 2>/dev/null; do
    if ls -A "$tmp/import" | grep -q '^\.new\.foothold\.foothold-tmp-'; then kill -TERM $pid; seen=yes; break; fi
  done
  wait $pid
  [ $seen = yes ] && break
  rm -f "$tmp/import/new.foothold"
done
# The signal may land just after the rename: then the plan is there, whole.
complete=yes
if [ -e "$tmp/import/new.foothold" ]; then
  "$foothold" --check "$tmp/import/new.foothold" >/dev/null 2>&1; [ $? -eq 2 ] && complete=no
  rm -f "$tmp/import/new.foothold" "$tmp/import/new.foothold-wal" "$tmp/import/new.foothold-shm"
fi
left=$(ls -A "$tmp/import")
if [ $seen = yes ] && [ -z "$left" ] && [ $complete = yes ]; then ok sigterm-import-cleans; else not_ok sigterm-import-cleans "seen $seen, left: $left"; fi

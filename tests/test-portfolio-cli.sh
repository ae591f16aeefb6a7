#!/bin/sh
# test-portfolio-cli.sh: `foothold --portfolio DIR` with --summary, --export-markdown and
# --export-pdf on a folder with good, locked, newer, damaged and foreign members, TAP.
# Usage: test-portfolio-cli.sh FOOTHOLD SOURCE_ROOT
set -u
foothold=$1
demo=$2/data/demo-plan.json
tmp=$(mktemp -d)
holder=
trap '[ -n "$holder" ] && kill "$holder" 2>/dev/null; rm -rf "$tmp"' EXIT
echo "1..9"

plans=$tmp/plans
mkdir "$plans"
team () { sed "0,/\"name\": \"Corvane MLOps adoption 2027–2029\"/s//\"name\": \"$1\"/" "$demo"; }
team Payments > "$tmp/payments.json"
"$foothold" --import-json "$tmp/payments.json" "$plans/payments.foothold" || echo "# import failed"
team Search > "$plans/search.json"
team Risk > "$tmp/risk.json"
"$foothold" --import-json "$tmp/risk.json" "$plans/risk.foothold" || echo "# import failed"
team Locked > "$tmp/locked.json"
"$foothold" --import-json "$tmp/locked.json" "$plans/locked.foothold" || echo "# import failed"
sed '0,/"version": 1,/s//"version": 99,/' "$plans/search.json" > "$plans/newer.json"
head -c 8192 "$plans/risk.foothold" > "$plans/damaged.foothold"
echo "not a plan" > "$plans/junk.json"
echo "Our plans live here." > "$plans/README.md"

# Another program holds a lock on SQLite's lock byte of locked.foothold, as an open
# Foothold does.
python3 -c '
import fcntl, sys, time
f = open(sys.argv[1], "rb")
fcntl.lockf(f, fcntl.LOCK_SH, 1, 1073741824)
print("locked", flush=True)
time.sleep(120)
' "$plans/locked.foothold" > "$tmp/holder.out" &
holder=$!
i=0; while ! grep -q locked "$tmp/holder.out" 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done

before=$(cd "$plans" && ls -la --time-style=+%s.%N | sed 1d | grep -v " \.\.$"; sha256sum *)

out=$("$foothold" --portfolio "$plans" --summary --format text 2>"$tmp/err"); rc=$?
if [ $rc -eq 0 ] && [ "$(echo "$out" | head -n 1)" = "3 plans, 4 skipped" ] &&
   echo "$out" | grep -q '^Payments: ' && echo "$out" | grep -q '^Search: ' &&
   echo "$out" | grep -q '^Skipped: locked.foothold: The plan is open in another program' &&
   echo "$out" | grep -q '^Skipped: newer.json: .*newer version of Foothold' &&
   echo "$out" | grep -q '^Skipped: damaged.foothold: .*damaged' &&
   echo "$out" | grep -q '^Skipped: junk.json: .*not a Foothold plan' &&
   grep -q '^foothold: skipped junk.json' "$tmp/err"; then
  echo "ok 1 /foothold/portfolio-cli/summary-text"
else
  echo "not ok 1 /foothold/portfolio-cli/summary-text (rc $rc: $out)"
fi

out=$("$foothold" --portfolio "$plans" --summary 2>/dev/null); rc=$?
if [ $rc -eq 0 ] && echo "$out" | grep -q '"format" : "foothold-portfolio"' &&
   [ "$(echo "$out" | grep -c '"team" : ')" -eq 3 ] &&
   echo "$out" | grep -q '"file" : "locked.foothold"'; then
  echo "ok 2 /foothold/portfolio-cli/summary-json"
else
  echo "not ok 2 /foothold/portfolio-cli/summary-json (rc $rc: $out)"
fi

"$foothold" --portfolio "$plans" --export-markdown "$tmp/portfolio.md" 2>/dev/null; rc=$?
if [ $rc -eq 0 ] && head -n 1 "$tmp/portfolio.md" | grep -q '^# Portfolio of plans$' &&
   grep -q '^| Payments | 2026-Q4 |' "$tmp/portfolio.md" &&
   grep -q '^## Candidates to standardise$' "$tmp/portfolio.md" &&
   grep -q '^- locked.foothold: ' "$tmp/portfolio.md"; then
  echo "ok 3 /foothold/portfolio-cli/markdown"
else
  echo "not ok 3 /foothold/portfolio-cli/markdown (rc $rc)"
fi

"$foothold" --portfolio "$plans" --export-pdf "$tmp/portfolio.pdf" --paper a4 2>/dev/null; rc=$?
text=$(pdftotext "$tmp/portfolio.pdf" - 2>/dev/null)
if [ $rc -eq 0 ] && echo "$text" | grep -q 'Stages by capability' &&
   echo "$text" | grep -q 'Shared options' && echo "$text" | grep -q 'Payments'; then
  echo "ok 4 /foothold/portfolio-cli/pdf"
else
  echo "not ok 4 /foothold/portfolio-cli/pdf (rc $rc)"
fi

# A list of files as well as a folder: the folder's members and one more file.
out=$("$foothold" --portfolio "$tmp/payments.json" "$plans/search.json" --summary --format text 2>/dev/null); rc=$?
if [ $rc -eq 0 ] && [ "$(echo "$out" | head -n 1)" = "2 plans, 0 skipped" ]; then
  echo "ok 5 /foothold/portfolio-cli/list"
else
  echo "not ok 5 /foothold/portfolio-cli/list (rc $rc: $out)"
fi

after=$(cd "$plans" && ls -la --time-style=+%s.%N | sed 1d | grep -v " \.\.$"; sha256sum *)
if [ "$before" = "$after" ]; then
  echo "ok 6 /foothold/portfolio-cli/members-unchanged"
else
  echo "not ok 6 /foothold/portfolio-cli/members-unchanged ($before ≠ $after)"
fi

out=$("$foothold" --portfolio "$tmp/no-such-folder" --summary 2>&1); rc=$?
if [ $rc -eq 1 ] && echo "$out" | grep -q 'does not exist'; then
  echo "ok 7 /foothold/portfolio-cli/missing-folder-exit-1"
else
  echo "not ok 7 /foothold/portfolio-cli/missing-folder-exit-1 (rc $rc: $out)"
fi

"$foothold" --portfolio "$plans" --summary --format yaml >/dev/null 2>&1; rc1=$?
"$foothold" --portfolio "$plans" --export-pdf "$tmp/a.pdf" --export-markdown "$tmp/a.md" >/dev/null 2>&1; rc2=$?
"$foothold" --portfolio "$plans" --export-markdown "$tmp/a.md" --sections cover >/dev/null 2>&1; rc3=$?
if [ $rc1 -eq 2 ] && [ $rc2 -eq 2 ] && [ $rc3 -eq 2 ] && [ ! -e "$tmp/a.pdf" ] && [ ! -e "$tmp/a.md" ]; then
  echo "ok 8 /foothold/portfolio-cli/usage-exit-2"
else
  echo "not ok 8 /foothold/portfolio-cli/usage-exit-2 ($rc1 $rc2 $rc3)"
fi

# An unwritable output: exit 1, the message says why, nothing half-written.
"$foothold" --portfolio "$plans" --export-markdown "$tmp/no-such-folder/a.md" >/dev/null 2>"$tmp/err"; rc=$?
if [ $rc -eq 1 ] && grep -q '^foothold: ' "$tmp/err"; then
  echo "ok 9 /foothold/portfolio-cli/unwritable-exit-1"
else
  echo "not ok 9 /foothold/portfolio-cli/unwritable-exit-1 (rc $rc)"
fi

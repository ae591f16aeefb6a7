#!/bin/sh
# test-exchange-cli.sh: --import-csv, --export-csv, --export-ical, --diff and --merge
# through the built binary: exit codes, output and what is written, TAP.
# Usage: test-exchange-cli.sh FOOTHOLD SOURCE_ROOT
set -u
foothold=$1
demo=$2/data/demo-plan.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
ok () { n=$((n + 1)); echo "ok $n /foothold/exchange-cli/$1"; }
fail () { n=$((n + 1)); echo "not ok $n /foothold/exchange-cli/$1 ($2)"; }
echo "1..15"

"$foothold" --import-json "$demo" "$tmp/plan.foothold" || exit 1
"$foothold" --export-json "$tmp/before.json" "$tmp/plan.foothold"

# Quoted fields, a BOM, CRLF and Korean text; one duplicate of the plan is skipped.
printf '\357\273\277title,capability,severity,description\r\n"Ops, and ""quotes""",Model registry & lineage,4,"line one\r\nline two"\r\n모델 레지스트리가 없다,experimentation,2,한국어\r\nuse cases have NO agreed KPI baseline,,3,\r\n' > "$tmp/gaps.csv"
out=$("$foothold" --import-csv gaps "$tmp/gaps.csv" "$tmp/plan.foothold"); rc=$?
if [ $rc -eq 0 ] && echo "$out" | grep -q ': 2 rows imported$' && echo "$out" | grep -q 'Row 4: .* is in the plan already'; then
  ok import-quoted
else
  fail import-quoted "rc $rc: $out"
fi

"$foothold" --export-csv gaps "$tmp/gaps-out.csv" "$tmp/plan.foothold"; rc=$?
if [ $rc -eq 0 ] && grep -q '^30,모델 레지스트리가 없다,한국어,experimentation,process,2,0,,open' "$tmp/gaps-out.csv" &&
   grep -q '^29,"Ops, and ""quotes""","line one$' "$tmp/gaps-out.csv" && [ "$(head -c 3 "$tmp/gaps-out.csv")" = "id," ]; then
  ok export-csv
else
  fail export-csv "rc $rc"
fi

"$foothold" --export-csv gaps --bom "$tmp/bom.csv" "$tmp/plan.foothold"
if [ "$(head -c 3 "$tmp/bom.csv" | od -An -tx1 | tr -d ' ')" = "efbbbf" ]; then ok export-bom; else fail export-bom "no BOM"; fi

# A ";" file with refused rows changes nothing and exits 1.
printf 'title;severity;capability\nToo severe;7;\n;3;\nNowhere;2;no-such-capability\nFine;2;\n' > "$tmp/bad.csv"
"$foothold" --export-json "$tmp/mid.json" "$tmp/plan.foothold"
err=$("$foothold" --import-csv gaps "$tmp/bad.csv" "$tmp/plan.foothold" 2>&1 >/dev/null); rc=$?
"$foothold" --export-json "$tmp/after.json" "$tmp/plan.foothold"
if [ $rc -eq 1 ] && cmp -s "$tmp/mid.json" "$tmp/after.json" &&
   echo "$err" | grep -q 'Row 2, column “severity”: 7 is out of range (1–5).' &&
   echo "$err" | grep -q 'Row 3, column “title”: It cannot be empty' &&
   echo "$err" | grep -q 'Row 4, column “capability”: The plan has no capability “no-such-capability”' &&
   echo "$err" | grep -q '3 rows were refused; nothing was imported.'; then
  ok import-refused-all-or-nothing
else
  fail import-refused-all-or-nothing "rc $rc: $err"
fi

printf 'title\nok\nbad \377\n' > "$tmp/latin.csv"
err=$("$foothold" --import-csv gaps "$tmp/latin.csv" "$tmp/plan.foothold" 2>&1); rc=$?
if [ $rc -eq 2 ] && echo "$err" | grep -q 'Line 3, column 5: the file is not UTF-8'; then ok import-not-utf8; else fail import-not-utf8 "rc $rc: $err"; fi

"$foothold" --import-csv gaps "$tmp/missing.csv" "$tmp/plan.foothold" 2>/dev/null; rc=$?
if [ $rc -eq 2 ]; then ok import-unreadable; else fail import-unreadable "rc $rc"; fi

# A sticky-note board with a colour mapping.
printf 'Content,Color,Author\nNobody owns retraining,yellow,Ann\nNo GPU quota,Blue,Bo\n' > "$tmp/board.csv"
out=$("$foothold" --import-csv gaps --map yellow=people --map blue=platform "$tmp/board.csv" "$tmp/plan.foothold"); rc=$?
"$foothold" --export-csv gaps "$tmp/board-out.csv" "$tmp/plan.foothold"
if [ $rc -eq 0 ] && grep -q '^31,Nobody owns retraining,,,people,3,' "$tmp/board-out.csv" &&
   grep -q '^32,No GPU quota,,platform,process,3,' "$tmp/board-out.csv"; then
  ok import-board
else
  fail import-board "rc $rc: $out"
fi

"$foothold" --export-ical "$tmp/roadmap.ics" "$demo"; rc=$?
events=$(grep -c '^BEGIN:VEVENT' "$tmp/roadmap.ics")
items=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["roadmap"]))' "$demo")
long=$(tr -d '\r' < "$tmp/roadmap.ics" | awk 'length($0) > 75' | wc -l)
if [ $rc -eq 0 ] && [ "$events" -eq "$items" ] && [ "$long" -eq 0 ] && grep -q '^UID:roadmap-1-' "$tmp/roadmap.ics"; then
  ok export-ical
else
  fail export-ical "rc $rc, $events events for $items items, $long long lines"
fi

out=$("$foothold" --diff "$demo" "$demo"); rc=$?
if [ $rc -eq 0 ] && [ "$out" = "No differences." ]; then ok diff-same; else fail diff-same "rc $rc: $out"; fi

out=$("$foothold" --diff "$tmp/before.json" "$tmp/plan.foothold"); rc=$?
if [ $rc -eq 1 ] && echo "$out" | grep -q '^  + 29 “Ops, and "quotes"”$' && echo "$out" | grep -q '^Findings introduced$'; then
  ok diff-changed
else
  fail diff-changed "rc $rc: $out"
fi

out=$("$foothold" --diff --format markdown "$tmp/before.json" "$tmp/plan.foothold"); rc=$?
if [ $rc -eq 1 ] && echo "$out" | grep -q '^### Gaps$' && echo "$out" | grep -q '^- \*\*added\*\* 29 '; then
  ok diff-markdown
else
  fail diff-markdown "rc $rc: $out"
fi

# Ids decide what is the same record: the same records in another order are no change.
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["gaps"].reverse(); d["roadmap"].reverse(); json.dump(d, open(sys.argv[2], "w"))' "$demo" "$tmp/reordered.json"
out=$("$foothold" --diff "$demo" "$tmp/reordered.json"); rc=$?
if [ $rc -eq 0 ] && [ "$out" = "No differences." ]; then ok diff-reordered; else fail diff-reordered "rc $rc: $out"; fi

"$foothold" --diff "$demo" "$tmp/nothing.json" >/dev/null 2>&1; rc=$?
if [ $rc -eq 2 ]; then ok diff-unreadable; else fail diff-unreadable "rc $rc"; fi

# A merge of two copies: different fields merge, the same field conflicts.
python3 - "$demo" "$tmp" <<'PY'
import json, sys
base = json.load(open(sys.argv[1]))
ours = json.loads(json.dumps(base)); theirs = json.loads(json.dumps(base))
ours["gaps"][0]["severity"] = 5
theirs["gaps"][0]["owner"] = "Theirs"
theirs["gaps"][1]["votes"] = 9
conflict = json.loads(json.dumps(theirs)); conflict["gaps"][0]["severity"] = 1
for name, doc in (("base", base), ("ours", ours), ("ours2", ours), ("theirs", theirs), ("conflict", conflict)):
    json.dump(doc, open(f"{sys.argv[2]}/{name}.json", "w"), indent=2)
PY
"$foothold" --merge "$tmp/base.json" "$tmp/ours.json" "$tmp/theirs.json"; rc=$?
check=$(python3 -c 'import json,sys; g=json.load(open(sys.argv[1]))["gaps"]; print(g[0]["severity"], g[0]["owner"], g[1]["votes"])' "$tmp/ours.json")
if [ $rc -eq 0 ] && [ "$check" = "5 Theirs 9" ]; then ok merge-clean; else fail merge-clean "rc $rc: $check"; fi

err=$("$foothold" --merge "$tmp/base.json" "$tmp/ours2.json" "$tmp/conflict.json" 2>&1); rc=$?
check=$(python3 -c 'import json,sys; g=json.load(open(sys.argv[1]))["gaps"]; print(g[0]["severity"], g[0]["owner"])' "$tmp/ours2.json")
if [ $rc -eq 1 ] && [ "$check" = "5 Theirs" ] && echo "$err" | grep -q 'gaps 1 “.*”, field severity: ours 5, theirs 1; ours is kept.' &&
   "$foothold" --check "$tmp/ours2.json" >/dev/null; then
  ok merge-conflict
else
  fail merge-conflict "rc $rc: $check: $err"
fi

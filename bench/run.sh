#!/usr/bin/env bash
# HTTP load benchmark: the atlas server against the ceiling (axum answering a
# precomputed body) and the peer (Datasette with SQLite FTS5 over the same
# provisions), driven by wrk on this machine. Writes bench/results.md.
#
#   bash bench/run.sh            # DURATION=10s by default; DURATION=30s for steadier numbers
#
# Installs what it needs: wrk (Debian) and, in a throwaway virtualenv, datasette and
# sqlite-utils (PyPI). Every server listens on 127.0.0.1 only and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
WORK=$(mktemp -d /tmp/hla-bench.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q datasette sqlite-utils

cargo build --release --bin harassment-atlas --example ceiling
BIN=target/release/harassment-atlas

wait_port() { for _ in $(seq 1 200); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; echo "port $1 did not open" >&2; exit 1; }
rss_kb() { awk '/VmHWM/ {print $2}' "/proc/$1/status"; }

# --- the peer: Datasette over the same provisions, with an FTS5 index.
$BIN export --format csv --out "$WORK/provisions.csv"
"$WORK/venv/bin/sqlite-utils" insert "$WORK/atlas.db" provisions "$WORK/provisions.csv" --csv
"$WORK/venv/bin/sqlite-utils" enable-fts "$WORK/atlas.db" provisions provision_title summary jurisdiction_name instrument_title article --fts5
"$WORK/venv/bin/datasette" serve "$WORK/atlas.db" --host 127.0.0.1 --port 8093 >/dev/null 2>&1 & PIDS+=($!)

# --- the ceiling.
target/release/examples/ceiling 127.0.0.1:8091 & PIDS+=($!)

# --- the atlas, on the real data.
$BIN serve --addr 127.0.0.1:8092 >/dev/null 2>&1 & ATLAS=$!; PIDS+=($ATLAS)
wait_port 8091; wait_port 8092; wait_port 8093

# The query mix (the same as benches/atlas.rs), and Datasette's equivalents.
cat > "$WORK/api.txt" <<'Q'
/api/search?q=harassment
/api/search?q=%22sexual+harassment%22+workplace
/api/search?q=%D0%B4%D0%BE%D0%BC%D0%BE%D0%B3%D0%B0%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE+%D0%BD%D0%B0+%D1%80%D0%B0%D0%B1%D0%BE%D1%82%D0%B5
/api/search?q=catcalling+street
/api/search?liability=criminal&prosecution=complaint&setting=workplace
/api/search?q=stalking&region=Asia
/api/search?min_prison_days=365&offence_kind=sexual_harassment
/api/search?repeat_escalation=true&min_arrest_days=1
/api/search?sort=fine&status=in_force
/api/search?q=employer+duties+training&sort=prison
/api/search?q=harc%C3%A8lement+sexuel
/api/search?q=acoso&region=Americas&page=2
Q
cat > "$WORK/datasette.txt" <<'Q'
/atlas/provisions.json?_search=harassment
/atlas/provisions.json?_search=%22sexual+harassment%22+workplace
/atlas/provisions.json?_search=%D0%B4%D0%BE%D0%BC%D0%BE%D0%B3%D0%B0%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE
/atlas/provisions.json?_search=catcalling+street
/atlas/provisions.json?liability=criminal&prosecution=complaint&settings__contains=workplace
/atlas/provisions.json?_search=stalking
/atlas/provisions.json?imprisonment_max_days__gte=365&offence_kind=sexual_harassment
/atlas/provisions.json?repeat_escalation=true&arrest_max_days__gte=1
/atlas/provisions.json?status=in_force&_sort_desc=fine_max_usd
/atlas/provisions.json?_search=employer+duties+training
/atlas/provisions.json?_search=harc%C3%A8lement
/atlas/provisions.json?_search=acoso
Q
# Thousands of distinct queries, so no cache could hide the search's own cost.
python3 - "$WORK/distinct.txt" <<'PY'
import random, sys, urllib.parse
words = "harassment workplace street online employer stalking fine arrest prison complaint repeat school transport women minor consent dignity verbal physical gesture touching abuse authority dismissal training policy victim damages police court offence code law public private reconciliation hostile environment quid pro quo catcalling image exhibitionism coercion hooliganism".split()
random.seed(7)
with open(sys.argv[1], "w") as f:
    for _ in range(5000):
        q = " ".join(random.sample(words, random.randint(1, 3)))
        f.write("/api/search?q=" + urllib.parse.quote_plus(q) + "\n")
PY
printf '/jurisdictions/ph\n/jurisdictions/kz\n/jurisdictions/fr\n/jurisdictions/ru\n' > "$WORK/profile.txt"
printf '/search?q=harassment\n/search?q=catcalling&liability=criminal\n/search?liability=administrative\n' > "$WORK/page.txt"
printf '/compare?j=KZ,RU,PH,FR\n/compare?j=DE,FR,ES\n' > "$WORK/compare.txt"
echo / > "$WORK/ceiling.txt"

# run NAME PORT PATHS CONNECTIONS -> "rps p50 p99"
run() {
  local out
  out=$(PATHS="$3" wrk -t2 -c"$4" -d"$DURATION" --latency -s bench/mix.lua "http://127.0.0.1:$2" 2>&1)
  if echo "$out" | grep -q "Non-2xx"; then echo "$out" | grep "Non-2xx" >&2; fi
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  echo "$rps $p50 $p99"
}

declare -A R
for c in 64 8; do
  R[ceiling_$c]=$(run ceiling 8091 "$WORK/ceiling.txt" $c)
  R[api_$c]=$(run api 8092 "$WORK/api.txt" $c)
  R[distinct_$c]=$(run distinct 8092 "$WORK/distinct.txt" $c)
  R[page_$c]=$(run page 8092 "$WORK/page.txt" $c)
  R[profile_$c]=$(run profile 8092 "$WORK/profile.txt" $c)
  R[compare_$c]=$(run compare 8092 "$WORK/compare.txt" $c)
  R[datasette_$c]=$(run datasette 8093 "$WORK/datasette.txt" $c)
done
RSS1=$(rss_kb $ATLAS)
kill $ATLAS

# --- 100x the data.
$BIN synth --factor 100 --out "$WORK/atlas100"
START=$(date +%s%N)
$BIN serve --data "$WORK/atlas100" --addr 127.0.0.1:8094 >/dev/null 2>&1 & BIG=$!; PIDS+=($BIG)
wait_port 8094
STARTUP100=$(( ($(date +%s%N) - START) / 1000000 ))
START=$(date +%s%N)
$BIN serve --addr 127.0.0.1:8095 >/dev/null 2>&1 & SMALL=$!; PIDS+=($SMALL)
wait_port 8095
STARTUP1=$(( ($(date +%s%N) - START) / 1000000 ))
kill $SMALL
R[api100_64]=$(run api 8094 "$WORK/api.txt" 64)
R[api100_8]=$(run api 8094 "$WORK/api.txt" 8)
RSS100=$(rss_kb $BIG)

col() { echo "${R[$1]}" | awk -v i="$2" '{print $i}'; }
ratio() { python3 -c "a,b=float('$1' or 0),float('$2' or 0); r=a/b if b else 0; print('n/a' if not b else (f'{r:,.0f}×' if r >= 10 else f'{r:.2f}× ({100*r:.1f} %)'))"; }
{
  echo "# HTTP load results"
  echo
  echo "\`bash bench/run.sh\` (DURATION=$DURATION), $(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2 on the same machine."
  echo
  echo "| Target | req/s at 64 conn. | p50 at 8 conn. | p99 at 8 conn. |"
  echo "|---|---|---|---|"
  for k in ceiling api distinct page profile compare datasette; do
    echo "| $k | $(col ${k}_64 1) | $(col ${k}_8 2) | $(col ${k}_8 3) |"
  done
  echo "| api at 100× data | $(col api100_64 1) | $(col api100_8 2) | $(col api100_8 3) |"
  echo
  echo "- /api/search ÷ Datasette (64 conn.): $(ratio "$(col api_64 1)" "$(col datasette_64 1)")"
  echo "- /api/search ÷ ceiling (64 conn.): $(ratio "$(col api_64 1)" "$(col ceiling_64 1)")"
  echo "- distinct queries ÷ ceiling (64 conn.): $(ratio "$(col distinct_64 1)" "$(col ceiling_64 1)")"
  echo "- start-up to first accepted connection: ${STARTUP1} ms at 1×, ${STARTUP100} ms at 100×"
  echo "- peak RSS of serve after the load: $((RSS1 / 1024)) MB at 1×, $((RSS100 / 1024)) MB at 100×"
} | tee bench/results.md

#!/usr/bin/env bash
# Security load test (hardening issue): the atlas server on the bundled data
# under a mix of good and hostile requests (bench/security.lua: 256
# connections, 30 s by default, every request unique so the cache cannot
# answer), then hostile requests only on 4 connections, while /healthz is
# probed every 100 ms; then 4 slow-header clients
# and 19,000 idle connections, after which a new client must still be served.
# Prints a summary; the numbers go in BENCHMARKS.md.
#
#   bash bench/security.sh            # DURATION=30s CONNECTIONS=256
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-256}
PORT=${PORT:-8094}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cargo build --release --bin harassment-atlas
ulimit -n 65536 2>/dev/null || true
target/release/harassment-atlas serve --addr 127.0.0.1:$PORT >/tmp/hla-security.log 2>&1 & SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.05; done

# /healthz probe: one fresh connection every 100 ms, slowest answer and failures.
probe() {
  local end=$((SECONDS + $1)) max=0 fails=0 n=0 t
  while [ $SECONDS -lt $end ]; do
    if t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 5 "http://127.0.0.1:$PORT/healthz"); then
      [ "${t%% *}" = 200 ] || fails=$((fails + 1))
      max=$(awk -v a="$max" -v b="${t#* }" 'BEGIN { print (b > a ? b : a) }')
    else
      fails=$((fails + 1))
    fi
    n=$((n + 1)); sleep 0.1
  done
  echo "healthz probes: $n, failed: $fails, slowest: ${max}s"
}
SECS=${DURATION%s}
probe "$SECS" > /tmp/hla-probe.txt & PROBE=$!
echo "== mixed good and hostile requests: $CONNECTIONS connections, $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/security.lua "http://127.0.0.1:$PORT"
wait $PROBE; cat /tmp/hla-probe.txt

echo "== hostile requests only: 4 connections, 10s"
probe 10 > /tmp/hla-probe.txt & PROBE=$!
BAD_ONLY=1 wrk -t2 -c4 -d10s --timeout 10s --latency -s bench/security.lua "http://127.0.0.1:$PORT"
wait $PROBE; cat /tmp/hla-probe.txt

echo "== slow headers and idle connections"
python3 - "$PORT" <<'PY'
import socket, sys, time, urllib.request
port = int(sys.argv[1])
def healthz():
    t = time.time()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as r:
        return r.status, time.time() - t
slow = []
for _ in range(4):
    s = socket.create_connection(("127.0.0.1", port)); s.send(b"G"); slow.append(s)
t0 = time.time(); cut = [None] * 4
while time.time() - t0 < 20 and None in cut:
    for i, s in enumerate(slow):
        if cut[i] is None:
            try: s.send(b"E")
            except OSError: cut[i] = time.time() - t0
    time.sleep(1)
print("slow-header clients (1 byte/s) disconnected after:", ["%.1fs" % c if c else "never" for c in cut])
idle = []
try:
    for _ in range(19000):
        idle.append(socket.create_connection(("127.0.0.1", port)))
except OSError as e:
    print("stopped opening at", len(idle), e)
print("idle connections opened:", len(idle))
status, took = healthz()
print("new client during the flood: /healthz", status, "in %.3fs" % took)
time.sleep(11)
status, took = healthz()
print("after the header timeout: /healthz", status, "in %.3fs" % took)
PY
echo "server RSS high-water mark: $(awk '/VmHWM/ {print $2}' /proc/$SERVER/status) kB"
grep -c "ERROR" /tmp/hla-security.log | sed 's/^/server log errors: /' || true

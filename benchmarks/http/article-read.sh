#!/usr/bin/env bash
# Anonymous read throughput and latency of the "Hà Nội" article page, beside a static file served
# by the same WildFly, on this machine. Needs the platform running (./trithuc, demo content
# loaded) and wrk (Debian: apt-get install wrk). Loopback only; each run is bounded in time.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
case "$BASE" in http://localhost:*|http://127.0.0.1:*) ;; *) echo "BASE must be on this machine"; exit 1 ;; esac
size=$(curl -s -o /dev/null -w '%{size_download}' "$BASE/wiki/general/ha-noi")
echo "article page: ${size} bytes"
for url in "$BASE/wiki/general/ha-noi" "$BASE/static/css/site.css"; do
  curl -s -o /dev/null "$url"   # warm up
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$url" >/dev/null
  echo "== $url"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" | grep -E "Requests/sec|Latency|50%|90%|99%"
done

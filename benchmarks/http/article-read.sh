#!/usr/bin/env bash
# Anonymous read throughput and latency of the "Hà Nội" article page, plain and gzip, beside a
# static file served by the same WildFly, on this machine. Needs the platform running (./trithuc,
# demo content loaded) and wrk (Debian: apt-get install wrk). Loopback only; each run is bounded.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-8 32}
THREADS=${THREADS:-2}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
case "$BASE" in http://localhost:*|http://127.0.0.1:*) ;; *) echo "BASE must be on this machine"; exit 1 ;; esac
article="$BASE/wiki/general/ha-noi"
static="$BASE/static/css/site.css"
echo "article page: $(curl -s -o /dev/null -w '%{size_download}' "$article") bytes," \
     "$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$article") bytes gzip"
wrk -t"$THREADS" -c16 -d10s "$article" >/dev/null   # warm up
for c in $CONNECTIONS; do
  for run in "article|$article|" "article-gzip|$article|Accept-Encoding: gzip" "static|$static|"; do
    IFS='|' read -r name url header <<<"$run"
    echo "== $name, $c connections"
    if [ -n "$header" ]; then
      wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency -H "$header" "$url" | grep -E "Requests/sec|50%|90%|99%"
    else
      wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency "$url" | grep -E "Requests/sec|50%|90%|99%"
    fi
  done
done

#!/usr/bin/env bash
# Throughput and latency of the learning pages on this machine: the catalogue and a course page
# (anonymous), a lesson page and the certificate PDF (signed in as the demo student, bearer token),
# with wrk. Needs the platform running (./trithuc, demo content) and wrk (apt-get install wrk).
# The student is enrolled in the demo citizen course and completes it on the way (idempotent).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
KEYCLOAK=${KEYCLOAK:-http://localhost:8180}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
case "$BASE" in http://localhost:*|http://127.0.0.1:*) ;; *) echo "BASE must be on this machine"; exit 1 ;; esac

token=$(curl -s -d grant_type=password -d client_id=trithuc-cli -d username=hocsinh -d password=hocsinh \
  "$KEYCLOAK/realms/trithuc/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
auth="Authorization: Bearer $token"
course=$(curl -s "$BASE/learn/api/courses?audience=citizen" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
curl -s -o /dev/null -X POST -H "$auth" "$BASE/learn/api/courses/$course/enrollments"
lessons=$(curl -s "$BASE/learn/api/courses/$course" | grep -o '"lessons":\[[^]]*\]' | grep -o '"id":[0-9]*' | cut -d: -f2)
certificate=""
for l in $lessons; do
  certificate=$(curl -s -X POST -H "$auth" "$BASE/learn/api/lessons/$l/completion" | sed -E 's/.*"certificate":"?([^",}]*)"?.*/\1/')
done
lesson=$(echo "$lessons" | head -1)
echo "course $course, lesson $lesson, certificate ${certificate:0:24}…"

catalogue="$BASE/learn/courses"
coursepage="$BASE/learn/courses/$course"
lessonpage="$BASE/learn/lessons/$lesson"
pdf="$BASE/learn/api/certificates/$certificate/pdf"
echo "pdf: $(curl -s -o /dev/null -H "$auth" -w '%{http_code} %{size_download} bytes %{time_total} s' "$pdf")"
wrk -t"$THREADS" -c8 -d5s "$catalogue" >/dev/null   # warm up
for c in $CONNECTIONS; do
  for run in "catalogue|$catalogue|" "course page|$coursepage|" "lesson page (signed in)|$lessonpage|$auth" "certificate PDF|$pdf|$auth"; do
    IFS='|' read -r name url header <<<"$run"
    echo "== $name, $c connections"
    if [ -n "$header" ]; then
      wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency -H "$header" "$url" | grep -E "Requests/sec|50%|90%|99%|Non-2xx"
    else
      wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency "$url" | grep -E "Requests/sec|50%|90%|99%|Non-2xx"
    fi
  done
done

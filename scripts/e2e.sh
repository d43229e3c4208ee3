#!/usr/bin/env bash
# Runs the Playwright tests in Chromium against the release build, started on a free loopback
# port with a fresh SQLite database in a temporary folder. Expects scripts/build-site.sh to have run.
set -euo pipefail
source "$(dirname "$0")/tools.sh"
cd "$ROOT"

DATA=$(mktemp -d -t emporium-e2e-XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
LOG="$DATA/server.log"
cleanup() {
  [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$DATA"
}
trap cleanup EXIT

say "starting Emporium for the browser tests on 127.0.0.1:$PORT"
EMPORIUM_ADDR="127.0.0.1:$PORT" EMPORIUM_DATA_DIR="$DATA" RUST_LOG=warn \
  ./target/release/emporium serve >"$LOG" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG"; echo "server exited"; exit 1; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null || { cat "$LOG"; echo "server not ready"; exit 1; }

say "running Playwright (Chromium)"
status=0
(cd end2end && E2E_PORT="$PORT" E2E_DATA_DIR="$DATA" npx playwright test "$@") || status=$?
if [ $status -ne 0 ]; then
  echo "---- server log ----"; tail -n 50 "$LOG"
elif grep -q "ERROR" "$LOG"; then
  echo "---- errors the server logged ----"; grep "ERROR" "$LOG" | tail -n 20
fi
exit $status

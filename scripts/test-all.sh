#!/usr/bin/env bash
# The README's test command: installs what the tests need, then runs every test —
# unit tests, repository tests on SQLite and PostgreSQL, HTTP tests, and Playwright in Chromium.
set -euo pipefail
source "$(dirname "$0")/tools.sh"
cd "$ROOT"
ensure_test_tools

START=$(date +%s)
say "unit, repository (SQLite + PostgreSQL) and HTTP tests"
# PostgreSQL is required here: a missing server fails the run instead of being skipped.
EMPORIUM_REQUIRE_POSTGRES=1 cargo test --workspace --exclude frontend
if [ "${EMPORIUM_CI:-}" = 1 ]; then
  # CI builds once; the debug build is not needed again and the release builds want the disk.
  rm -rf target/debug
fi

say "release build for the browser tests"
scripts/build-site.sh

scripts/e2e.sh

say "checkout under a rush, lost answers and kill -9 (short forms of the benches)"
for db in sqlite postgres; do
  instances=1
  [ "$db" = postgres ] && instances=2
  bench/flash-rush --buyers 200 --units 20 --db "$db" --instances "$instances" --no-build
  bench/flash-rush --buyers 100 --units 1 --db "$db" --instances "$instances" --no-build
  bench/checkout-retry --checkouts 200 --db "$db" --no-build
  bench/checkout-crash --rounds 5 --db "$db" --no-build
done
say "all tests passed in $(( $(date +%s) - START )) s"

# shellcheck shell=bash
# Emporium benchmarks: shared helpers. Sourced by bench/page, bench/wasm-size, bench/search.
#
#   bench_init NAME        temp dir in $BENCH_TMP, cleanup trap on EXIT/INT/TERM/HUP
#   bench_defer CMD        run CMD (a string, eval'd) at exit, last registered first
#   bench_spawn LOG CMD…   start CMD in the background, output to LOG; $BENCH_PID = its pid;
#                          it is stopped (TERM, then KILL) at exit
#   bench_run CMD…         run CMD in the background and wait for it, so that a signal stops
#                          the script (and CMD) at once instead of after CMD finishes. CMD
#                          then ignores Ctrl-C itself and is stopped with TERM by the cleanup,
#                          so use it for single processes (wrk, emporium), not for make/cargo
#   bench_stop PID         TERM, wait up to 10 s, then KILL (and its direct children)
#   bench_alive PID        the process runs (exists and is not a zombie)
#   free_port VAR          VAR= a free TCP port on 127.0.0.1, not handed out before in this run
#                          (sets a variable rather than printing: the run's memory of ports
#                          handed out would be lost in a $(…) subshell)
#   wait_for_url URL SECS [PID LOG]   poll until 2xx; fail early if PID died (tail LOG)
#   pg_start               throwaway PostgreSQL cluster on loopback; sets $PG_URL
#   shop_start DB N        seeded release server ($BIN) on loopback; sets APP, SERVER_PID
#   nginx_static ROOT FILE PORT   nginx serving FILE (under ROOT) for every path; sets
#                          $BENCH_PID and $NGINX_LOG
#   wrk_run LABEL URL OUT SECS CONNS THREADS [LUA]   wrk --latency (-s LUA) into OUT, printed
#   wrk_rps OUT / wrk_p50_ms OUT / wrk_p99_ms OUT / wrk_errors OUT   figures from wrk's output
#   to_ms VALUE            wrk duration (850.00us, 3.21ms, 1.02s, 1.50m) → milliseconds
#   ratio A B              A/B with 3 decimals
#   now_s                  wall clock in seconds with decimals (for timings)
#
# Every process is started on 127.0.0.1 only, and everything started is stopped on exit.

# shellcheck source=../scripts/tools.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../scripts/tools.sh"

BENCH_TMP=""
BENCH_PID=""
NGINX_LOG=""
PG_URL=""
BENCH_PIDS=()
BENCH_DEFERRED=()
BENCH_PORTS=" "

die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }
warn() { printf '\033[1;33mwarning:\033[0m %s\n' "$*" >&2; }

bench_cleanup() {
  local status=$? i
  trap - EXIT INT TERM HUP
  set +e
  # Processes first (newest first), so the server lets go of the database before it stops.
  for ((i = ${#BENCH_PIDS[@]} - 1; i >= 0; i--)); do
    bench_stop "${BENCH_PIDS[i]}"
  done
  for ((i = ${#BENCH_DEFERRED[@]} - 1; i >= 0; i--)); do
    eval "${BENCH_DEFERRED[i]}"
  done
  [ -n "$BENCH_TMP" ] && rm -rf "$BENCH_TMP"
  exit "$status"
}

bench_init() {
  # bench_init NAME: makes $BENCH_TMP and installs the cleanup trap.
  BENCH_TMP=$(mktemp -d -t "emporium-bench-$1-XXXXXX")
  trap bench_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  trap 'exit 129' HUP
}

bench_defer() { BENCH_DEFERRED+=("$1"); }

bench_need() {
  # bench_need CMD…: installs the Debian package of each missing command (same name, except
  # the PostgreSQL server, which pg_start checks itself).
  local missing=() c
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
}

bench_spawn() {
  # bench_spawn LOG CMD…: background process, stopped at exit. Sets BENCH_PID.
  local log=$1; shift
  "$@" >"$log" 2>&1 </dev/null &
  BENCH_PID=$!
  BENCH_PIDS+=("$BENCH_PID")
}

bench_forget() {
  # bench_forget PID: the process has ended; no need to stop it at exit.
  local keep=() p
  for p in "${BENCH_PIDS[@]}"; do [ "$p" = "$1" ] || keep+=("$p"); done
  BENCH_PIDS=("${keep[@]}")
}

bench_run() {
  # bench_run CMD…: like running CMD in the foreground (same stdout/stderr, same exit status),
  # but a signal to the script interrupts the wait and the cleanup stops CMD.
  local pid status=0
  "$@" </dev/null &
  pid=$!
  BENCH_PIDS+=("$pid")
  wait "$pid" || status=$?
  bench_forget "$pid"
  return "$status"
}

bench_alive() {
  # bench_alive PID: the process exists and is not a zombie (an ended child not yet reaped).
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [ "${stat%% *}" != Z ]
}

bench_stop() {
  # bench_stop PID: TERM, wait up to 10 s, then KILL the process and its direct children.
  # No `wait` here: this runs from the exit trap, possibly entered from inside `wait` when a
  # signal came, and a nested `wait` there can block bash until some other child ends.
  local pid=$1 i kids
  bench_alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < 100; i++)); do
    bench_alive "$pid" || return 0
    sleep 0.1
  done
  warn "process $pid ignored TERM for 10 s; killing it"
  kids=$(pgrep -P "$pid" 2>/dev/null || true)
  # shellcheck disable=SC2086 # one pid per word
  kill -KILL "$pid" $kids 2>/dev/null
  return 0
}

free_port() {
  # free_port VAR: a free TCP port on 127.0.0.1 (asks the kernel), never twice in a run.
  # (Locals are prefixed so that they cannot shadow the caller's VAR.)
  local _fp_port _fp_i
  for ((_fp_i = 0; _fp_i < 50; _fp_i++)); do
    if command -v python3 >/dev/null 2>&1; then
      _fp_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    else
      _fp_port=$((20000 + RANDOM % 40000))
      (exec 3<>"/dev/tcp/127.0.0.1/$_fp_port") 2>/dev/null && continue
    fi
    case "$BENCH_PORTS" in *" $_fp_port "*) continue ;; esac
    BENCH_PORTS+="$_fp_port "
    printf -v "$1" '%s' "$_fp_port"
    return 0
  done
  die "no free port found"
}

wait_for_url() {
  # wait_for_url URL SECS [PID LOG]: waits until URL answers 2xx. If PID is given and dies,
  # fails at once and shows the end of LOG.
  local url=$1 secs=$2 pid=${3:-} log=${4:-} deadline
  deadline=$(($(date +%s) + secs))
  while :; do
    curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null && return 0
    if [ -n "$pid" ] && ! bench_alive "$pid"; then
      [ -n "$log" ] && tail -n 40 "$log" >&2
      die "process $pid exited before $url was ready"
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      [ -n "$log" ] && tail -n 40 "$log" >&2
      die "$url not ready after $secs s"
    fi
    sleep 0.2
  done
}

now_s() { date +%s.%N; }

shop_start() {
  # shop_start DB PRODUCTS: the release server ($BIN) on a fresh data folder (and, for postgres,
  # a throwaway cluster), migrated and seeded with PRODUCTS generated products, serving on a
  # free loopback port. Sets APP (its base URL), SERVER_PID and SEED_SECONDS.
  local db=$1 products=$2 port t0
  DATA="$BENCH_TMP/data"
  mkdir -p "$DATA"
  # Never the caller's database.
  export EMPORIUM_DATA_DIR="$DATA" RUST_LOG=warn
  unset DATABASE_URL
  if [ "$db" = postgres ]; then
    say "starting a throwaway PostgreSQL cluster"
    pg_start
    export DATABASE_URL="$PG_URL"
  fi
  say "migrating and seeding ($products generated products, $db)"
  bench_run "$BIN" migrate >"$BENCH_TMP/migrate.log" 2>&1 \
    || { cat "$BENCH_TMP/migrate.log" >&2; die "emporium migrate failed"; }
  t0=$(now_s)
  bench_run "$BIN" seed --products "$products" >"$BENCH_TMP/seed.log" 2>&1 \
    || { tail -n 40 "$BENCH_TMP/seed.log" >&2; die "emporium seed failed"; }
  SEED_SECONDS=$(awk -v a="$t0" -v b="$(now_s)" 'BEGIN { printf "%.1f", b - a }')
  echo "seed_seconds=$SEED_SECONDS"
  free_port port
  APP="http://127.0.0.1:$port"
  say "starting emporium serve on 127.0.0.1:$port"
  bench_spawn "$BENCH_TMP/server.log" env EMPORIUM_ADDR="127.0.0.1:$port" "$BIN" serve
  SERVER_PID=$BENCH_PID
  wait_for_url "$APP/readyz" 120 "$SERVER_PID" "$BENCH_TMP/server.log"
}

pg_bindir() {
  local d
  d=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  [ -n "$d" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  return 1
}

pg_start() {
  # Starts a throwaway PostgreSQL cluster on 127.0.0.1 (fsync off), stopped and deleted at exit.
  # Sets PG_URL (database "postgres", user "postgres", trust authentication).
  local bin dir port as=()
  bin=$(pg_bindir) || { apt_install postgresql; bin=$(pg_bindir) || die "PostgreSQL not found"; }
  # Its own folder (not under $BENCH_TMP, which only root may enter): owned by postgres, mode 700.
  dir=$(mktemp -d -t emporium-bench-pg-XXXXXX)
  bench_defer "pg_stop '$bin' '$dir'"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "user postgres missing (apt-get install -y postgresql)"
    chown postgres:postgres "$dir"
    as=(runuser -u postgres --)
  fi
  chmod 700 "$dir"
  free_port port
  "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$dir/server.log" >&2; die "PostgreSQL did not start"; }
  # shellcheck disable=SC2034 # read by the scripts that source this file
  PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
}

pg_stop() {
  # pg_stop BINDIR DIR: stops the cluster (fast shutdown) and deletes its folder.
  local bin=$1 dir=$2 as=() pid
  [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  if [ -f "$dir/data/postmaster.pid" ]; then
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1
    if [ -f "$dir/data/postmaster.pid" ]; then
      pid=$(head -n 1 "$dir/data/postmaster.pid")
      [ -n "$pid" ] && kill -QUIT "$pid" 2>/dev/null
      sleep 1
    fi
  fi
  rm -rf "$dir"
}

nginx_static() {
  # nginx_static ROOT FILE PORT: nginx (1 worker, no access log, no compression) answering every
  # GET on 127.0.0.1:PORT with ROOT/FILE as text/html. Stopped at exit. Sets BENCH_PID, and
  # NGINX_LOG (its stderr, where start-up errors such as a taken port appear).
  local root=$1 file=$2 port=$3 conf dir user=""
  dir=$(mktemp -d "$BENCH_TMP/nginx-XXXXXX")
  mkdir -p "$dir/tmp"
  # As root the worker would run as "nobody", which cannot read $BENCH_TMP (mode 700).
  [ "$(id -u)" -eq 0 ] && user="user root;"
  conf="$dir/nginx.conf"
  cat >"$conf" <<EOF
$user
daemon off;
master_process on;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { }
  default_type text/html;
  charset utf-8;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  gzip off;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  server {
    listen 127.0.0.1:$port;
    root $root;
    location / { try_files /$file =404; }
  }
}
EOF
  NGINX_LOG="$dir/stderr.log"
  bench_spawn "$NGINX_LOG" nginx -p "$dir" -e "$dir/error.log" -c "$conf"
}

to_ms() {
  # wrk's durations: 850.00us, 3.21ms, 1.02s, 1.50m, 1.00h → milliseconds (3 decimals).
  awk -v v="$1" 'BEGIN {
    n = v; sub(/[a-z]+$/, "", n); u = substr(v, length(n) + 1)
    if (u == "us") f = 0.001; else if (u == "ms") f = 1; else if (u == "s") f = 1000;
    else if (u == "m") f = 60000; else if (u == "h") f = 3600000; else { print "nan"; exit 1 }
    printf "%.3f\n", n * f }'
}

wrk_rps() { awk '/^Requests\/sec:/ { print $2; found = 1 } END { exit !found }' "$1"; }

wrk_p99_ms() { wrk_pct_ms 99% "$1"; }
wrk_p50_ms() { wrk_pct_ms 50% "$1"; }

wrk_pct_ms() {
  # wrk_pct_ms 50%|75%|90%|99% OUT: that percentile of wrk's latency distribution, in ms.
  local v
  v=$(awk -v p="$1" '$1 == p { print $2; found = 1; exit } END { exit !found }' "$2") || return 1
  to_ms "$v"
}

wrk_errors() {
  # Non-2xx/3xx responses plus socket errors (connect, read, write, timeout), summed.
  awk '/Non-2xx or 3xx responses:/ { n += $NF }
       /Socket errors:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) { sub(/,/, "", $i); n += $i } }
       END { print n + 0 }' "$1"
}

wrk_run() {
  # wrk_run LABEL URL OUT SECS CONNS THREADS [LUA]: runs wrk with latency distribution (and the
  # request script LUA, if given), saves and prints its output. Bounded: wrk is killed if it
  # runs 30 s past its duration.
  local label=$1 url=$2 out=$3 secs=$4 conns=$5 threads=$6 script=()
  [ -n "${7:-}" ] && script=(-s "$7")
  say "$label: wrk -t$threads -c$conns -d${secs}s --latency ${7:+-s $(basename "$7") }$url"
  bench_run timeout -k 5 $((secs + 30)) wrk -t"$threads" -c"$conns" -d"${secs}s" --latency \
    "${script[@]}" "$url" \
    >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed on $url"; }
  sed 's/^/    /' "$out"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "nan"; else printf "%.3f\n", a / b }'; }

"""Shared by the checkout benchmarks (bench/flash-rush, bench/checkout-retry,
bench/checkout-crash). Python 3 standard library only.

- A small asyncio HTTP/1.1 client (one connection per request, `Connection: close`), so a
  thousand buyers can be in flight at once without threads.
- `Shop`: K release servers (`target/release/emporium serve`) on one throwaway database in a
  temp dir: a SQLite file, or a PostgreSQL cluster of its own (initdb/pg_ctl as the `postgres`
  user, loopback, fsync off). Everything it starts is stopped, and the temp dirs deleted, by
  `Shop.close()` (call it from `finally`).
- Buyers: fill a cart (`/api/cart/add`), place the order (`/api/checkout/place`), and the
  answer classified (an order number, a refusal such as sold_out, or an error).
- The stock invariants, read straight from the database.
"""

import asyncio
import glob
import http.client
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "release" / "emporium"

# The checkout form of every buyer (a guest), as the plain HTML form posts it.
ADDRESS = {
    "recipient": "张三",
    "phone": "13800138000",
    "country": "CN",
    "region": "上海市",
    "city": "上海市",
    "district": "徐汇区",
    "street": "漕溪北路 88 号",
    "postcode": "200030",
}
# Order statuses that hold reserved stock.
HOLDING = ("pending_payment", "paid", "cod_confirmed", "processing")


# ---------------------------------------------------------------------------------------------
# Output


def say(*parts):
    print("\033[1;34m==>\033[0m", *parts, flush=True)


def warn(*parts):
    print("\033[1;33mwarning:\033[0m", *parts, file=sys.stderr, flush=True)


class Failure(Exception):
    """The run cannot go on (a server did not start, a command failed)."""


def report_failure(shop, error):
    """Prints why the run stopped, with the lines of the server logs that say why."""
    print(f"\033[1;31merror:\033[0m {error}", file=sys.stderr)
    problems, errors, warnings = shop.log_problems(limit=30)
    if problems:
        print(f"server logs: {errors} ERROR/panic lines, {warnings} WARN lines:", file=sys.stderr)
        for line in problems:
            print(f"  {line[:600]}", file=sys.stderr)


def install_signal_exit():
    """SIGTERM and SIGHUP end the script like Ctrl-C does, so `finally` blocks clean up."""

    def handler(signum, _frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGHUP, handler)


def percentile(values, p):
    """The p-th percentile (nearest rank) of values, 0 when there are none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, int(-(-p * len(ordered) // 100)))  # ceil(p/100 * n)
    return ordered[min(rank, len(ordered)) - 1]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------------------------------------
# HTTP


class TransportError(Exception):
    """No complete answer: refused or reset connection, early close, timeout, garbled reply."""


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers  # lower-case name -> list of values
        self.body = body

    def header(self, name):
        values = self.headers.get(name.lower())
        return values[0] if values else None

    def cookie(self, name):
        """`name=value` from the answer's Set-Cookie headers, or None."""
        for value in self.headers.get("set-cookie", []):
            pair = value.split(";", 1)[0].strip()
            if pair.startswith(name + "="):
                return pair
        return None

    def text(self, limit=300):
        return self.body[:limit].decode("utf-8", "replace")

    def describe(self):
        shown = {k: v for k, v in self.headers.items() if k in ("location", "serverfnredirect", "content-type")}
        return f"HTTP {self.status} {shown} {self.text()!r}"


def encode_request(host, method, path, form=None, cookie=None):
    body = urllib.parse.urlencode(form).encode() if form is not None else b""
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Connection: close", "User-Agent: emporium-bench"]
    if form is not None:
        lines += [
            "Content-Type: application/x-www-form-urlencoded",
            f"Content-Length: {len(body)}",
            # As a browser says for a request from the shop's own page.
            "Sec-Fetch-Site: same-origin",
        ]
    if cookie:
        lines.append(f"Cookie: {cookie}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def read_response(reader):
    try:
        status_line = await reader.readline()
        if not status_line:
            raise TransportError("connection closed before an answer")
        parts = status_line.decode("latin-1").split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/"):
            raise TransportError(f"not an HTTP answer: {status_line[:80]!r}")
        status = int(parts[1])
        headers = {}
        while True:
            line = await reader.readline()
            if not line:
                raise TransportError("connection closed in the headers")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers.setdefault(name.strip().lower(), []).append(value.strip())
        if "chunked" in ",".join(headers.get("transfer-encoding", [])).lower():
            body = bytearray()
            while True:
                size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    break
                body += await reader.readexactly(size)
                await reader.readexactly(2)
            body = bytes(body)
        elif "content-length" in headers:
            body = await reader.readexactly(int(headers["content-length"][0]))
        else:
            body = await reader.read()
        return Response(status, headers, body)
    except (asyncio.IncompleteReadError, ConnectionError, ValueError) as e:
        raise TransportError(f"{type(e).__name__}: {e}") from None


class Conn:
    """One connection for one request: connect first, send later (for a rush that starts with
    every connection already open), then read the answer (or drop it)."""

    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port
        self.reader = self.writer = None

    async def connect(self, timeout=30):
        try:
            self.reader, self.writer = await asyncio.wait_for(
                asyncio.open_connection(self.host, self.port, limit=1 << 20), timeout
            )
        except (OSError, asyncio.TimeoutError) as e:
            raise TransportError(f"connect: {type(e).__name__}: {e}") from None

    async def send(self, method, path, form=None, cookie=None):
        try:
            self.writer.write(encode_request(f"{self.host}:{self.port}", method, path, form, cookie))
            await self.writer.drain()
        except OSError as e:
            raise TransportError(f"send: {type(e).__name__}: {e}") from None

    async def receive(self, timeout=60):
        try:
            return await asyncio.wait_for(read_response(self.reader), timeout)
        except asyncio.TimeoutError:
            raise TransportError(f"no answer within {timeout} s") from None
        finally:
            self.close()

    def close(self):
        if self.writer is not None:
            try:
                self.writer.close()
            except Exception:
                pass
            self.writer = None


async def call(base, method, path, form=None, cookie=None, timeout=60):
    """One request on a fresh connection; the complete answer, or TransportError."""
    conn = Conn(base)
    await conn.connect(timeout)
    try:
        await conn.send(method, path, form, cookie)
    except TransportError:
        conn.close()
        raise
    return await conn.receive(timeout)


# ---------------------------------------------------------------------------------------------
# Buyers


async def add_to_cart(base, sku_id, cookie=None, quantity=1):
    """Adds pieces of the variant to the cart of `cookie` (a new cart when None); the cart's
    cookie (`emporium_cart=…`)."""
    r = await call(base, "POST", "/api/cart/add", {"sku": sku_id, "quantity": quantity}, cookie)
    if r.status != 200:
        raise Failure(f"POST /api/cart/add sku={sku_id}: {r.describe()}")
    return r.cookie("emporium_cart") or cookie


# Adds to cart at once per app server (default of the scripts' --adds): four times the server's
# pool of 16 database connections. An add reads the cart and the stock before it opens its
# write transaction, so concurrent adds no longer starve the pool (before that fix 16 at once on
# one server did, and the scripts added 8 at a time); an add that fails fails the run.
ADDS_PER_SERVER = 64


async def fill_carts(bases, sku, buyers, per_server=ADDS_PER_SERVER):
    """One piece of the variant in a fresh cart per buyer (buyer i on server i mod K),
    `per_server` adds at a time per app server; the cart cookies, in buyer order. Failure when
    any add fails (how many, and the first answers)."""
    cookies = [None] * buyers
    gate = asyncio.Semaphore(per_server * len(bases))
    failed = []

    async def one(i):
        async with gate:
            try:
                cookies[i] = await add_to_cart(bases[i % len(bases)], sku)
            except (Failure, TransportError) as e:
                failed.append(f"buyer {i} (server {i % len(bases)}): {e}")

    await asyncio.gather(*(one(i) for i in range(buyers)))
    if failed:
        raise Failure(f"{len(failed)} of {buyers} adds to cart failed ({per_server} at a time per "
                      "server); first:\n  " + "\n  ".join(failed[:5]))
    if None in cookies or len(set(cookies)) != buyers:
        raise Failure("the adds did not give every buyer a cart of their own")
    return cookies


def checkout_form(key, buyer, method="cod"):
    return {"key": key, "email": f"buyer{buyer}@example.com", **ADDRESS, "payment_method": method}


ORDER_PATH = re.compile(r"^/orders/(\d{18})$")
SANDBOX_PATH = re.compile(r"^/sandbox-gateway/([A-Za-z0-9_-]+)$")


def classify(r):
    """A checkout answer: ("order", number), ("card", intent id) for the gateway's page,
    ("refused", reason) for a 409 (sold_out, cart_changed, …), or ("error", what)."""
    location = r.header("location")
    if r.status in (200, 302, 303) and location:
        m = ORDER_PATH.match(location)
        if m:
            return "order", m.group(1)
        m = SANDBOX_PATH.match(location)
        if m:
            return "card", m.group(1)
    if r.status == 409:
        try:
            return "refused", json.loads(r.body)["Conflict"]["reason"]
        except (ValueError, KeyError, TypeError):
            pass
    return "error", r.describe()


# ---------------------------------------------------------------------------------------------
# Databases


def pg_bindir():
    """The newest /usr/lib/postgresql/*/bin; installs Debian's postgresql when there is none
    (as bench/lib.sh does)."""
    for attempt in range(2):
        dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(re.sub(r"\D", "", d) or 0))
        dirs = [d for d in dirs if os.access(os.path.join(d, "initdb"), os.X_OK)]
        if dirs:
            return dirs[-1]
        if attempt == 0 and os.geteuid() == 0:
            say("installing Debian packages: postgresql")
            env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
            subprocess.run(["apt-get", "update", "-qq"], env=env)
            subprocess.run(["apt-get", "install", "-y", "-qq", "postgresql"], env=env, stdout=subprocess.DEVNULL)
    raise Failure("PostgreSQL server binaries not found: apt-get install -y postgresql")


class PgCluster:
    """A throwaway PostgreSQL cluster on 127.0.0.1 with a database `emporium` (trust, fsync off)."""

    def __init__(self):
        self.bin = pg_bindir()
        self.dir = tempfile.mkdtemp(prefix="emporium-bench-pg-")
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/emporium"
        self.as_postgres = []
        if os.geteuid() == 0:  # root may not run postgres
            shutil.chown(self.dir, "postgres", "postgres")
            self.as_postgres = ["runuser", "-u", "postgres", "--"]
        os.chmod(self.dir, 0o700)

    def run(self, *cmd, **kw):
        return subprocess.run([*self.as_postgres, *cmd], capture_output=True, text=True, **kw)

    def start(self):
        data = os.path.join(self.dir, "data")
        r = self.run(f"{self.bin}/initdb", "-D", data, "-U", "postgres", "-A", "trust", "--no-sync",
                     "-E", "UTF8", "--locale=C")
        if r.returncode:
            raise Failure(f"initdb failed:\n{r.stdout}{r.stderr}")
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        r = self.run(f"{self.bin}/pg_ctl", "-D", data, "-l", os.path.join(self.dir, "server.log"),
                     "-w", "-t", "60", "-o", opts, "start")
        if r.returncode:
            raise Failure(f"PostgreSQL did not start:\n{r.stdout}{r.stderr}")
        r = self.run(f"{self.bin}/createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "emporium")
        if r.returncode:
            raise Failure(f"createdb failed: {r.stderr}")

    def query(self, sql):
        r = subprocess.run(
            [f"{self.bin}/psql", "-X", "-q", "-A", "-t", "-F", "\x1f", "-v", "ON_ERROR_STOP=1",
             "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", "emporium", "-c", sql],
            capture_output=True, text=True)
        if r.returncode:
            raise Failure(f"psql: {r.stderr.strip()}\n  in: {sql}")
        return [tuple(line.split("\x1f")) for line in r.stdout.splitlines() if line]

    def stop(self):
        data = os.path.join(self.dir, "data")
        if os.path.exists(os.path.join(data, "postmaster.pid")):
            self.run(f"{self.bin}/pg_ctl", "-D", data, "-m", "fast", "-w", "-t", "30", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


class SqliteDb:
    def __init__(self, path):
        self.path = path
        self.url = None  # the server's default: a SQLite file in its data folder

    def query(self, sql):
        conn = sqlite3.connect(self.path, timeout=30)
        try:
            return [tuple("" if v is None else str(v) for v in row) for row in conn.execute(sql)]
        finally:
            conn.close()

    def integrity(self):
        return self.query("PRAGMA integrity_check")[0][0]


# ---------------------------------------------------------------------------------------------
# The shop


def ensure_binary(build):
    """target/release/emporium; built with scripts/build-site.sh only when missing (and allowed)."""
    if BIN.exists():
        return
    if not build:
        raise Failure(f"{BIN} missing: run make build (or drop --no-build)")
    say("no release binary yet: scripts/build-site.sh")
    subprocess.run([str(ROOT / "scripts" / "build-site.sh")], cwd=ROOT, check=True)


class Shop:
    """`instances` app servers on one fresh database; the first one migrates and seeds."""

    def __init__(self, db, name):
        if db not in ("sqlite", "postgres"):
            raise Failure("--db must be sqlite or postgres")
        self.kind = db
        self.tmp = tempfile.mkdtemp(prefix=f"emporium-bench-{name}-")
        self.data = os.path.join(self.tmp, "data")
        os.makedirs(self.data)
        self.pg = None
        self.db = None
        self.procs = []  # one slot per instance: (Popen or None, port, log path)
        self.restarts = 0
        # A restart runs in a thread (bench/checkout-crash): no server may start once closing.
        self.lock = threading.Lock()
        self.closing = False

    # -- lifecycle

    def start(self, instances=1):
        if self.kind == "postgres":
            say("starting a throwaway PostgreSQL cluster")
            self.pg = PgCluster()
            self.pg.start()
            self.db = self.pg
        else:
            self.db = SqliteDb(os.path.join(self.data, "emporium.db"))
        for i in range(instances):
            self.procs.append([None, free_port(), os.path.join(self.tmp, f"server-{i}.log")])
            self.spawn(i)
            self.wait_ready(i, 300 if i == 0 else 60)
            if i == 0:
                say(f"shop ready ({self.kind}): first start migrated and seeded the demo shop")

    def env(self, port=None):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "EMPORIUM_", "LEPTOS_"))}
        env.update(EMPORIUM_DATA_DIR=self.data, RUST_LOG=os.environ.get("BENCH_RUST_LOG", "warn"))
        if port is not None:
            env["EMPORIUM_ADDR"] = f"127.0.0.1:{port}"
        if self.pg:
            env["DATABASE_URL"] = self.pg.url
        return env

    def spawn(self, i):
        _, port, log = self.procs[i]
        with self.lock:
            if self.closing:
                raise Failure("stopping: no server is started any more")
            with open(log, "ab") as out:
                self.procs[i][0] = subprocess.Popen(
                    [str(BIN), "serve"], cwd=ROOT, env=self.env(port),
                    stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)

    def base(self, i):
        return f"http://127.0.0.1:{self.procs[i][1]}"

    @property
    def bases(self):
        return [self.base(i) for i in range(len(self.procs))]

    def wait_ready(self, i, timeout):
        proc, port, log = self.procs[i]
        deadline = time.monotonic() + timeout
        while True:
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/readyz")
                if c.getresponse().status == 200:
                    return
            except OSError:
                pass
            finally:
                c.close()
            if proc.poll() is not None:
                raise Failure(f"server {i} exited ({proc.returncode}) before ready:\n{self.log_tail(i)}")
            if time.monotonic() > deadline:
                raise Failure(f"server {i} not ready after {timeout} s:\n{self.log_tail(i)}")
            time.sleep(0.05)

    def kill(self, i):
        """kill -9 instance i, and reap it."""
        proc = self.procs[i][0]
        proc.send_signal(signal.SIGKILL)
        proc.wait()

    def restart(self, i, timeout=60):
        self.spawn(i)
        self.restarts += 1
        self.wait_ready(i, timeout)

    def alive(self, i):
        return self.procs[i][0].poll() is None

    def stop_servers(self):
        for proc, _, _ in reversed(self.procs):
            if proc and proc.poll() is None:
                proc.terminate()
        for i, (proc, _, _) in enumerate(self.procs):
            if not proc:
                continue
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                warn(f"server {i} ignored TERM for 15 s; killing it")
                proc.kill()
                proc.wait()

    def close(self):
        """Stops everything; deletes the temp dirs (BENCH_KEEP=1 keeps the server logs and, for
        SQLite, the database, and says where)."""
        with self.lock:
            self.closing = True
        try:
            self.stop_servers()
        finally:
            if self.pg:
                self.pg.stop()
            if os.environ.get("BENCH_KEEP"):
                print(f"kept: {self.tmp} (server logs, data folder)", file=sys.stderr)
            else:
                shutil.rmtree(self.tmp, ignore_errors=True)

    # -- logs

    def log_tail(self, i, n=40):
        try:
            with open(self.procs[i][2], "rb") as f:
                return "\n".join(f.read().decode("utf-8", "replace").splitlines()[-n:])
        except OSError:
            return ""

    def log_problems(self, limit=20):
        """What the server logs say went wrong: (up to `limit` lines saying ERROR or panic,
        else up to 3 saying WARN; the number of ERROR/panic lines; the number of WARN lines,
        mostly "slow statement" under load)."""
        errors, warnings = [], []
        for i, (_, _, log) in enumerate(self.procs):
            try:
                with open(log, "rb") as f:
                    text = f.read().decode("utf-8", "replace")
            except OSError:
                continue
            for line in text.splitlines():
                plain = re.sub(r"\x1b\[[0-9;]*m", "", line)
                if re.search(r"\bERROR\b|panick", plain):
                    errors.append(f"[server {i}] {plain}")
                elif re.search(r"\bWARN\b", plain):
                    warnings.append(f"[server {i}] {plain}")
        return (errors[:limit] or warnings[:3]), len(errors), len(warnings)

    # -- the database

    def query(self, sql):
        return self.db.query(sql)

    def scalar(self, sql):
        rows = self.query(sql)
        return int(rows[0][0] or 0) if rows else 0

    def pick_skus(self, n=1):
        """(id, code) of the first n active variants of products on the shelf."""
        rows = self.query(
            "SELECT s.id, s.code FROM skus s JOIN products p ON p.id = s.product_id "
            "WHERE s.status = 'active' AND p.status = 'on_shelf' ORDER BY s.id LIMIT %d" % n)
        if len(rows) < n:
            raise Failure(f"fewer than {n} active variants on the shelf")
        return [(int(r[0]), r[1]) for r in rows]

    def stock_count(self, code, units):
        r = subprocess.run([str(BIN), "stock", "count", "--sku", code, "--units", str(units)],
                           cwd=ROOT, env=self.env(), capture_output=True, text=True)
        if r.returncode:
            raise Failure(f"emporium stock count --sku {code} --units {units}: {r.stdout}{r.stderr}")

    def sellable(self, sku_id):
        return self.scalar(
            "SELECT COALESCE(SUM(l.on_hand - l.reserved), 0) FROM stock_levels l "
            f"JOIN warehouses w ON w.id = l.warehouse_id WHERE w.active = 1 AND l.sku_id = {int(sku_id)}")

    def ledger_violations(self):
        """Per variant × warehouse: on_hand == SUM(stock_movements), reserved ==
        SUM(stock_reservation_moves). A list of readable violations."""
        rows = self.query(
            "SELECT l.sku_id, l.warehouse_id, l.on_hand, "
            " (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m "
            "   WHERE m.sku_id = l.sku_id AND m.warehouse_id = l.warehouse_id), "
            " l.reserved, "
            " (SELECT COALESCE(SUM(r.quantity), 0) FROM stock_reservation_moves r "
            "   WHERE r.sku_id = l.sku_id AND r.warehouse_id = l.warehouse_id) "
            "FROM stock_levels l")
        out = []
        for sku, wh, on_hand, moved, reserved, reserved_moves in rows:
            if int(on_hand) != int(moved):
                out.append(f"sku {sku} warehouse {wh}: on_hand {on_hand} but stock_movements sum to {moved}")
            if int(reserved) != int(reserved_moves):
                out.append(f"sku {sku} warehouse {wh}: reserved {reserved} but stock_reservation_moves sum to {reserved_moves}")
        # Reservation moves for a variant × warehouse without a stock level would be missed above.
        for sku, wh, total in self.query(
                "SELECT r.sku_id, r.warehouse_id, SUM(r.quantity) FROM stock_reservation_moves r "
                "WHERE NOT EXISTS (SELECT 1 FROM stock_levels l WHERE l.sku_id = r.sku_id "
                "AND l.warehouse_id = r.warehouse_id) GROUP BY r.sku_id, r.warehouse_id"):
            out.append(f"sku {sku} warehouse {wh}: reservation moves ({total}) without a stock level")
        return out

    def reserved_vs_orders(self):
        """reserved == the pieces of orders still holding stock (statuses in HOLDING), per
        variant × warehouse (order_items remember the warehouse that reserved)."""
        holding = ", ".join(f"'{s}'" for s in HOLDING)
        levels = {(r[0], r[1]): int(r[2]) for r in self.query(
            "SELECT sku_id, warehouse_id, reserved FROM stock_levels WHERE reserved <> 0")}
        held = {(r[0], r[1]): int(r[2]) for r in self.query(
            "SELECT i.sku_id, i.warehouse_id, SUM(i.quantity) FROM order_items i "
            f"JOIN orders o ON o.id = i.order_id WHERE o.status IN ({holding}) "
            "GROUP BY i.sku_id, i.warehouse_id")}
        out = []
        for k in sorted(set(levels) | set(held)):
            if levels.get(k, 0) != held.get(k, 0):
                out.append(f"sku {k[0]} warehouse {k[1]}: reserved {levels.get(k, 0)} but "
                           f"open orders hold {held.get(k, 0)}")
        return out

    def duplicate_keys(self):
        return [f"key {k}: {n} orders" for k, n in self.query(
            "SELECT idempotency_key, COUNT(*) FROM orders GROUP BY idempotency_key HAVING COUNT(*) > 1")]

    def orders_by_key(self):
        """idempotency key -> list of order numbers."""
        out = {}
        for key, number in self.query("SELECT idempotency_key, number FROM orders"):
            out.setdefault(key, []).append(number)
        return out

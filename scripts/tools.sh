# Emporium: idempotent installers for what builds and tests need. Sourced by the other scripts.
# Each step checks first, so a second run costs nothing.

WASM_BINDGEN_VERSION=0.2.130
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

apt_install() {
  # apt_install PKG...: installs the Debian packages that are missing (needs root or sudo).
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown || {
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  }
}

ensure_wasm_bindgen() {
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes, once)"
    # Not --locked: its lockfile pins a crate version the registry mirror lacks.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet
  fi
}

ensure_wasm_opt() {
  if [ ! -x "$ROOT/tools/node_modules/.bin/wasm-opt" ]; then
    say "installing wasm-opt (binaryen 132 from npm)"
    (cd "$ROOT/tools" && npm ci --no-audit --no-fund --silent)
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_wasm_opt
  command -v brotli >/dev/null || apt_install brotli
}

ensure_test_tools() {
  ensure_build_tools
  apt_install chromium
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt_install postgresql
  fi
  # A real SMTP server for the mail tests (Python's aiosmtpd, in its own virtual environment).
  local sink="$ROOT/target/smtp-sink"
  if ! "$sink/bin/python" -c 'import aiosmtpd' >/dev/null 2>&1; then
    say "installing aiosmtpd (an SMTP server the mail tests send to)"
    python3 -m venv "$sink" >/dev/null 2>&1 || { apt_install python3-venv; python3 -m venv "$sink"; }
    "$sink/bin/pip" install --quiet --disable-pip-version-check aiosmtpd
  fi
  export EMPORIUM_SMTP_SINK_PYTHON="$sink/bin/python"
  if [ ! -d "$ROOT/end2end/node_modules/@playwright/test" ] || [ ! -d "$ROOT/end2end/node_modules/@axe-core/playwright" ]; then
    say "installing Playwright (the test library only; the browser is Debian's Chromium)"
    (cd "$ROOT/end2end" && npm ci --no-audit --no-fund --silent)
  fi
}

#!/usr/bin/env bash
# Day-to-day development with live reload: `cargo leptos watch` (installs cargo-leptos once,
# which compiles ~600 crates: about 30 minutes on 2 cores).
set -euo pipefail
source "$(dirname "$0")/tools.sh"
cd "$ROOT"
ensure_build_tools
if ! command -v cargo-leptos >/dev/null; then
  say "installing cargo-leptos 0.3.11 (about 30 minutes, once)"
  # --ignore-rust-version: its lockfile pins a crate that declares rust 1.96; it builds on 1.95.
  cargo install cargo-leptos --version 0.3.11 --locked --ignore-rust-version --features no_downloads
fi
exec cargo leptos watch

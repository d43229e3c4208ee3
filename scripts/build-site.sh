#!/usr/bin/env bash
# Builds the release site and server without cargo-leptos:
#   frontend → wasm (wasm-release profile) → wasm-bindgen → wasm-opt -Oz → content-hashed names,
#   style/ and public/ copied, assets precompressed (br, gz), then the server binary.
# Output: target/site/ and target/release/emporium (+ target/release/hash.txt).
set -euo pipefail
source "$(dirname "$0")/tools.sh"
cd "$ROOT"
ensure_build_tools

say "building the browser bundle (wasm)"
cargo build -p frontend --lib --target wasm32-unknown-unknown --profile wasm-release
STAGE=target/site.new
rm -rf "$STAGE" && mkdir -p "$STAGE/pkg"
wasm-bindgen target/wasm32-unknown-unknown/wasm-release/frontend.wasm \
  --target web --no-typescript --out-dir "$STAGE/pkg" --out-name emporium
say "optimising the wasm (wasm-opt -Oz)"
wasm-opt -Oz "$STAGE/pkg/emporium_bg.wasm" -o "$STAGE/pkg/emporium_bg.opt.wasm"
mv "$STAGE/pkg/emporium_bg.opt.wasm" "$STAGE/pkg/emporium_bg.wasm"
cp style/main.css "$STAGE/pkg/emporium.css"

hash_of() { sha256sum "$1" | cut -c1-16; }
JS_HASH=$(hash_of "$STAGE/pkg/emporium.js")
WASM_HASH=$(hash_of "$STAGE/pkg/emporium_bg.wasm")
CSS_HASH=$(hash_of "$STAGE/pkg/emporium.css")
mv "$STAGE/pkg/emporium.js" "$STAGE/pkg/emporium.$JS_HASH.js"
mv "$STAGE/pkg/emporium_bg.wasm" "$STAGE/pkg/emporium.$WASM_HASH.wasm"
mv "$STAGE/pkg/emporium.css" "$STAGE/pkg/emporium.$CSS_HASH.css"
for f in "$STAGE"/pkg/*; do
  gzip -9 -k "$f"
  brotli -q 11 -k "$f"
done
cp -R public/. "$STAGE/"
rm -rf target/site && mv "$STAGE" target/site

say "building the server (release)"
cargo build -p server --release
printf 'js: %s\nwasm: %s\ncss: %s\n' "$JS_HASH" "$WASM_HASH" "$CSS_HASH" > target/release/hash.txt
say "site ready: target/site, server: target/release/emporium"

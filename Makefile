# Emporium — the README's commands.
.PHONY: run build test e2e dev bench lint clean

## Build the release site and serve the shop at http://127.0.0.1:3000 (SQLite, demo data).
run: build
	./target/release/emporium serve

## Build the browser bundle and the server (installs missing build tools first).
build:
	scripts/build-site.sh

## Install what the tests need and run every test (unit, both databases, HTTP, Playwright).
test:
	scripts/test-all.sh

## Only the browser tests, against the last release build.
e2e:
	scripts/e2e.sh

## Live-reloading development server (cargo leptos watch).
dev:
	scripts/dev.sh

## Benchmarks: product page vs a static copy, and the wasm size.
bench: build
	bench/page --no-build
	bench/wasm-size

## Lints, per package and per target so feature unification hides nothing.
lint:
	cargo fmt --all --check
	cargo clippy -p domain -p server --all-targets -- -D warnings
	cargo clippy -p app --features ssr --all-targets -- -D warnings
	cargo clippy -p frontend -p app --target wasm32-unknown-unknown -- -D warnings

clean:
	cargo clean
	rm -rf data target/site

#!/usr/bin/env bash
# Runs every check: formatting, clippy (native and wasm32, warnings are errors), the
# native tests, the release build, and the browser tests in headless Chromium.
# Installs what is missing first (scripts/setup.sh). CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check
step "clippy (native)"
# With the prerender tool (the reading pages written at build time, src/prerender.rs).
cargo clippy --workspace --all-targets --features als-explorer/prerender -- -D warnings
step "clippy (wasm32)"
# databuild is a native tool (it compiles SQLite from C): not built for wasm.
cargo clippy --workspace --exclude databuild --target wasm32-unknown-unknown -- -D warnings
step "native tests"
cargo test --workspace
cargo test -p als-explorer --features prerender --lib prerender::
step "snapshots match a fresh build from the pinned sources"
bash scripts/check-data.sh
step "release build"
trunk build --release --offline
node scripts/sizes.mjs dist
step "browser tests (headless Chromium)"
node --test --test-concurrency=1 tests/

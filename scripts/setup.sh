#!/usr/bin/env bash
# Installs what building and testing ALS Explorer needs, skipping whatever is already
# there. Safe to run again and again. Versions and reasons: docs/TOOLCHAIN.md.
# Trunk 0.21.14, wasm-bindgen-cli as pinned in Cargo.toml, wasm-opt from npm
# binaryen@132, Debian's Chromium for the browser tests, and Firefox ESR, WebKitGTK's
# WebDriver and Xvfb for the three-engine smoke set.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# A `cargo install` that falls back to fresh dependency resolution when the crate's own
# lock file names a version the registry no longer serves (seen with webpki-roots).
cargo_install() {
  local name=$1 version=$2
  say "installing $name $version (compiles from source; Trunk takes 10-20 minutes)"
  cargo install "$name" --version "$version" --locked || cargo install "$name" --version "$version"
}

command -v cargo >/dev/null || { echo "Rust (cargo) is required: https://rustup.rs" >&2; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  cargo_install wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
fi
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  cargo_install trunk "$TRUNK_VERSION"
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing Node.js and npm"
  apt_install nodejs npm
fi
# npm ci only when the lock file changed since the last install.
stamp=node_modules/.setup-stamp
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  say "installing npm tools (binaryen, playwright-core, puppeteer-core, selenium-webdriver, axe-core)"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > "$stamp"
fi

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  say "installing Debian's Chromium for the browser tests"
  apt_install chromium
fi
# The smoke set in the other two engines (tests/engines.test.mjs): Firefox ESR (driven
# over WebDriver BiDi) and WebKitGTK, Safari's engine (WebKitWebDriver and its MiniBrowser,
# in a virtual X display).
missing=()
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} for the three-engine smoke set"
  apt_install "${missing[@]}"
fi

say "ready: trunk $(trunk --version | cut -d' ' -f2), wasm-bindgen $WASM_BINDGEN_VERSION, $(wasm-opt --version | cut -d' ' -f1-3), node $(node --version), $(firefox-esr --version 2>/dev/null), WebKitGTK driver $(dpkg-query -W -f '${Version}' webkit2gtk-driver 2>/dev/null)"

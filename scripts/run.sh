#!/usr/bin/env bash
# Builds ALS Explorer (release) and serves it on http://127.0.0.1:${PORT:-8080}/.
# Installs what is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --offline
exec node scripts/serve.mjs dist "${PORT:-8080}"

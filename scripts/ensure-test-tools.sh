#!/usr/bin/env bash
# Installs the system tools the test suite needs when a fresh machine lacks them (Debian, as root).
set -euo pipefail

have_postgres() {
  command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}

missing=()
have_postgres || missing+=(postgresql)
# CHROMIUM_PATH names another Chromium build (e.g. google-chrome on GitHub's runners).
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable." >&2; exit 1; }
else
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "testpipe tests need: ${missing[*]}. Install them (Debian: sudo apt-get install -y ${missing[*]}) and re-run." >&2
    exit 1
  fi
  echo "Installing ${missing[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v terraform >/dev/null 2>&1 || {
  echo "testpipe tests need the terraform binary on PATH (https://developer.hashicorp.com/terraform/install)." >&2
  exit 1
}

# GitHub runs our bundles on Node 24: integration tests run them under that runtime (npm package node@24).
node24_dir=.tools/node24
if [ ! -x "$node24_dir/node_modules/node/bin/node" ] || ! "$node24_dir/node_modules/node/bin/node" --version 2>/dev/null | grep -q '^v24\.'; then
  echo "Installing Node 24 (npm package node@24) into $node24_dir ..."
  mkdir -p "$node24_dir"
  cat >"$node24_dir/package.json" <<'JSON'
{
  "name": "testpipe-node24-runtime",
  "private": true,
  "dependencies": { "node": "^24" },
  "allowScripts": { "node": true }
}
JSON
  npm install --prefix "$node24_dir" --no-audit --no-fund --loglevel=error >/dev/null
fi

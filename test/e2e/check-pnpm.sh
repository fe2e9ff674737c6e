#!/usr/bin/env bash
# RPC Kit in a project installed with pnpm (pinned below, run through npx): pnpm's strict
# node_modules, where a project reaches only the packages its package.json lists. The project
# (test/e2e/consumer/pnpm, with the plain Vite app's index.html) lists @rpc-kit/screener,
# @rpc-kit/help-finder and @rpc-kit/signposter as a developer would ("^0.1.0"), with TypeScript and
# Vite at the repository's versions; pnpm's overrides put the packed tarballs in place of the
# registry for every @rpc-kit package, as none is published yet. Then: @rpc-kit/elements is not
# reachable from the project, tsc type-checks the app with the config and event types from the
# element packages, `vite build` builds it and test/e2e/app-smoke.mjs runs it in Chromium.
# Run after `npm run build`: bash test/e2e/check-pnpm.sh (or npm run check:pnpm)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
source test/e2e/consumer-lib.sh
PNPM=pnpm@12.21.0
work=$(mktemp -d "${TMPDIR:-/tmp}/rpc-kit-pnpm.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "pnpm check failed: $*" >&2; exit 1; }
start=$(date +%s)

tarballs=$(tarballs_dir "$work") || fail "no tarballs to install"
site="$work/site"
mkdir "$site"
cp test/e2e/consumer/vite/index.html test/e2e/consumer/pnpm/* "$site/"
cd "$site"
council_module @rpc-kit/screener > council.ts
version() { node -p "require('$1/package.json').version"; }
node - "$(version "$repo/packages/screener")" "$(version "$repo/node_modules/typescript")" \
  "$(version "$repo/node_modules/vite")" <<'JS'
const { writeFileSync } = require('node:fs');
const [ours, typescript, vite] = process.argv.slice(2);
const dependencies = Object.fromEntries(['screener', 'help-finder', 'signposter'].map((p) => [`@rpc-kit/${p}`, `^${ours}`]));
const pkg = { name: 'pnpm-consumer', private: true, type: 'module', dependencies, devDependencies: { typescript, vite } };
writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
JS
{
  echo 'overrides:'
  for t in "$tarballs"/*.tgz; do
    echo "  '$(tar -xOzf "$t" package/package.json | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).name')': file:$t"
  done
} > pnpm-workspace.yaml

pnpm() { npx --yes --loglevel=error "$PNPM" "$@"; }
export npm_config_update_notifier=false
pnpm install --prefer-offline --reporter=silent > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "pnpm install"; }
[ -L node_modules/@rpc-kit/screener ] || fail "node_modules/@rpc-kit/screener is not pnpm's link into node_modules/.pnpm"
[ -e node_modules/@rpc-kit/elements ] && fail "@rpc-kit/elements is reachable from the project: not pnpm's strict layout"
for p in node_modules/.pnpm/@rpc-kit+*; do
  case "$p" in *@file+*) ;; *) fail "$(basename "$p") came from somewhere else than a packed tarball" ;; esac
done

pnpm exec tsc -p tsconfig.json || fail "the app does not type-check with the types from the element packages"
pnpm exec vite build --outDir out --logLevel error || fail "vite build"
node "$repo/test/e2e/app-smoke.mjs" "pnpm $(pnpm --version) + Vite" out || fail "the app did not work in Chromium"
echo "pnpm check passed in $(($(date +%s) - start)) s: installed with $PNPM from the packed tarballs (only the three element packages reachable), type-checked with their own config and event types, built by vite build, and in Chromium the config arrived and the app heard its events."

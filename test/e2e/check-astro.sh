#!/usr/bin/env bash
# RPC Kit in an Astro site (test/e2e/consumer/astro), from the packed tarballs in a project outside
# the repository, with Astro 5.18 (the newest that runs on Node 20; Astro 6 and 7 need Node 22.12).
# The page (src/pages/index.astro, shown whole in docs/frameworks.md, which must match it) gives
# each element its council config in one of three ways: a file (`config-src`,
# public/rpc-kit/), JSON inside the element written at build time, and a property set by the
# page's <script>, which Astro bundles and which registers the elements and hears their events.
# `astro check` type-checks that script against the packages' types (a second page with a wrong
# config must fail it), `astro build` writes the static site, and test/e2e/app-smoke.mjs serves it
# and checks in Chromium that the config arrived (the screener's file fetched with no config error)
# and the page heard rpc-view and rpc-start.
# Run after `npm run build`: bash test/e2e/check-astro.sh (or npm run check:astro)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
source test/e2e/consumer-lib.sh
ASTRO=(astro@5.18.2 @astrojs/check@0.9.10 "typescript@$(node -p "require('./node_modules/typescript/package.json').version")")
work=$(mktemp -d "${TMPDIR:-/tmp}/rpc-kit-astro.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "Astro check failed: $*" >&2; exit 1; }
start=$(date +%s)

# The docs show the page the check builds, exactly.
node - docs/frameworks.md test/e2e/consumer/astro/src/pages/index.astro <<'JS' || fail "docs/frameworks.md does not show the checked page"
const { readFileSync } = require('node:fs');
const [doc, page] = process.argv.slice(2).map((f) => readFileSync(f, 'utf8'));
const shown = [...doc.matchAll(/^```astro\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
if (!shown.includes(page)) {
  console.error('No ```astro block in docs/frameworks.md is test/e2e/consumer/astro/src/pages/index.astro: copy it there again.');
  process.exit(1);
}
JS

tarballs=$(tarballs_dir "$work") || fail "no tarballs to install"
site="$work/site"
cp -r test/e2e/consumer/astro "$site"
mkdir -p "$site/public/rpc-kit"
cp docs/examples/northshire.config.json "$site/src/council.json"
cp docs/examples/northshire.config.json "$site/public/rpc-kit/our-council.json"
cd "$site"
echo '{ "name": "astro-consumer", "private": true, "type": "module" }' > package.json
ours=()
for p in screener help-finder signposter elements rules; do ours+=("$(tarball_of "$tarballs" "$p")"); done
npm install --no-audit --no-fund --prefer-offline --loglevel=error "${ours[@]}" "${ASTRO[@]}" > /dev/null
export ASTRO_TELEMETRY_DISABLED=1
astro_version=$(node -p "require('astro/package.json').version")

# astro check: the page has no error, and a copy given a wrong config has exactly that one.
sed 's|^\(      document.querySelector(.rpc-signposter.)!.config = \).*|\142;|' src/pages/index.astro > src/pages/wrong.astro
grep -q 'config = 42;' src/pages/wrong.astro || fail "could not write the wrong page"
npx --no-install astro check > "$work/check.log" 2>&1 && fail "astro check passed a page that sets config = 42"
grep -q 'wrong.astro.*ts(2559)' "$work/check.log" && grep -q -- '- 1 error' "$work/check.log" \
  || { cat "$work/check.log" >&2; fail "astro check: the page's script does not type-check against the packages"; }
rm src/pages/wrong.astro

npx --no-install astro build > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; fail "astro build"; }
grep -q '<rpc-help-finder> <script type="application/json">{' dist/index.html \
  || fail "the built page has no config inside <rpc-help-finder>"
grep -q 'object Object' dist/index.html && fail "the built page has config=\"[object Object]\""
node "$repo/test/e2e/app-smoke.mjs" "Astro $astro_version" dist || fail "the Astro site did not work in Chromium"
echo "Astro check passed in $(($(date +%s) - start)) s: Astro $astro_version with the packed tarballs; astro check type-checks the page's script against the packages (and fails a wrong config), astro build writes the site, and in Chromium the config arrived as JSON inside the help finder and as the signposter's property, the screener fetched its config-src with no config error, and the page heard its events; docs/frameworks.md shows the page as it is."

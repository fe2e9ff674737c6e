#!/usr/bin/env bash
# RPC Kit in a Next.js app (App Router: server rendering, then hydration), from the packed tarballs
# in a project outside the repository (test/e2e/next): a server component renders <Signposter>
# straight from @rpc-kit/react (its file starts with 'use client') and a client component of ours
# holds <Screener> and <HelpFinder> with handlers. `next build` type-checks and builds it; then, served
# by `next start`, test/e2e/app-smoke.mjs checks in Chromium that the config arrived after
# hydration (the council's service and pathway show) and the handlers heard rpc-view and rpc-start.
# In CI: about 25 to 50 s on two cores (a warm npm cache or a cold one, 170 MB to download).
# Run after `npm run build`: bash test/e2e/check-next.sh (or npm run check:next)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
source test/e2e/consumer-lib.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/rpc-kit-next.XXXXXX")
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "Next.js check failed: $*" >&2; exit 1; }
start=$(date +%s)

tarballs=$(tarballs_dir "$work") || fail "no tarballs to install"

site="$work/site"
cp -r test/e2e/next "$site"
cp docs/examples/northshire.config.json "$site/app/council.json"
cd "$site"
echo '{ "name": "next-consumer", "private": true, "type": "module" }' > package.json
npm install --no-audit --no-fund --prefer-offline --loglevel=error "$tarballs"/*.tgz \
  next@16.4.6 react@19.3.1 react-dom@19.3.1 @types/react@19.3.0 @types/react-dom@19.3.0 @types/node@20.19.43 typescript@6.0.3 >/dev/null
export NEXT_TELEMETRY_DISABLED=1
npx --no-install next build > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; fail "next build"; }

# A port the system says is free (other checks may be serving at the same time).
port=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
node node_modules/next/dist/bin/next start -H 127.0.0.1 -p "$port" > "$work/start.log" 2>&1 &
server=$!
for _ in $(seq 150); do
  curl -sf "http://127.0.0.1:$port/" -o "$work/page.html" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/start.log" >&2; fail "next start stopped"; }
  sleep 0.2
done
[ -s "$work/page.html" ] || { cat "$work/start.log" >&2; fail "next start did not answer on port $port in 30 s"; }
grep -q '<rpc-signposter' "$work/page.html" || fail "the server's HTML has no <rpc-signposter>"
grep -q 'object Object' "$work/page.html" && fail "the server's HTML has config=\"[object Object]\""
node "$repo/test/e2e/app-smoke.mjs" "Next.js $(node -p "require('next/package.json').version")" "$site" "http://127.0.0.1:$port/" || fail "the Next.js app did not work in Chromium"
echo "Next.js check passed in $(($(date +%s) - start)) s: next build type-checks and builds the app with the packed tarballs; served by next start, the elements hydrate with their config and the handlers hear their events."

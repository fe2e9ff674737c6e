#!/usr/bin/env bash
# RPC Kit in a Next.js app (App Router: server rendering, then hydration), from the packed tarballs
# in a project outside the repository (test/e2e/next): a server component renders <Signposter>
# straight from @rpc-kit/react (its file starts with 'use client') and a client component of ours
# holds <Screener> and <HelpFinder> with handlers. `next build` type-checks and builds it; then, served
# by `next start`, test/e2e/app-smoke.mjs checks in Chromium that the config arrived after
# hydration (the council's service and pathway show) and the handlers heard rpc-view and rpc-start.
# Not in CI (Next.js is a large download, about a minute with a warm npm cache).
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
  next@16.4.6 react@19.3.1 react-dom@19.3.1 @types/react@19.3.0 @types/react-dom@19.3.0 typescript@6.0.3 >/dev/null
export NEXT_TELEMETRY_DISABLED=1
npx --no-install next build > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; fail "next build"; }

port=$((20000 + RANDOM % 20000))
node node_modules/next/dist/bin/next start -p "$port" > "$work/start.log" 2>&1 &
server=$!
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/" -o "$work/page.html" && break
  sleep 0.2
done
[ -s "$work/page.html" ] || { cat "$work/start.log" >&2; fail "next start did not answer on port $port"; }
grep -q '<rpc-signposter' "$work/page.html" || fail "the server's HTML has no <rpc-signposter>"
grep -q 'object Object' "$work/page.html" && fail "the server's HTML has config=\"[object Object]\""
node "$repo/test/e2e/app-smoke.mjs" "Next.js" "$site" "http://127.0.0.1:$port/" || fail "the Next.js app did not work in Chromium"
echo "Next.js check passed in $(($(date +%s) - start)) s: next build type-checks and builds the app with the packed tarballs; served by next start, the elements hydrate with their config and the handlers hear their events."

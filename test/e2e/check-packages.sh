#!/usr/bin/env bash
# The npm packages as someone outside this repository gets them: the rules package packed to a
# tarball and installed in an empty folder elsewhere, where the documented command
# `npx @rpc-kit/rules validate ...` must work (the bare `npx rpc-kit` only works inside this
# repository); and @rpc-kit/kit's tarball must carry the CDN files at cdn/ for public npm CDNs.
# Run after `npm run build`: bash test/e2e/check-packages.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rpc-kit-packages.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "Package check failed: $*" >&2; exit 1; }

(cd packages/rules && npm pack --silent --pack-destination "$work" >/dev/null)
tarball=$(ls "$work"/rpc-kit-rules-*.tgz)
mkdir "$work/site" && cd "$work/site"
npm init -y >/dev/null
npm install --no-audit --no-fund --prefer-offline --loglevel=error "$tarball" >/dev/null
cp "$repo/docs/examples/northshire.config.json" our-council.json
echo '{ "nation": "mars", "pathways": { "custm": [] } }' > broken.json

out=$(npx --no-install @rpc-kit/rules validate our-council.json 2>/dev/null) || fail "npx @rpc-kit/rules validate rejected the example config"
[ "$out" = "our-council.json: valid" ] || fail "unexpected output: $out"
errors=$(npx --no-install @rpc-kit/rules validate broken.json 2>&1 | grep '^\$' || true)
npx --no-install @rpc-kit/rules validate broken.json >/dev/null 2>&1 && fail "a broken config was accepted"
echo "$errors" | grep -q '^\$\.nation:' || fail "no error naming \$.nation: $errors"
npx --no-install @rpc-kit/rules schema | node -e 'JSON.parse(require("fs").readFileSync(0, "utf8")).$schema || process.exit(1)' \
  || fail "npx @rpc-kit/rules schema did not print a JSON Schema"
npx --no-install @rpc-kit/rules questions --tool screener --locale cy | node -e 'JSON.parse(require("fs").readFileSync(0, "utf8"))' \
  || fail "npx @rpc-kit/rules questions did not print JSON"

cd "$repo/packages/kit"
files=$(npm pack --dry-run --json 2>/dev/null | node -e 'for (const f of JSON.parse(require("fs").readFileSync(0, "utf8"))[0].files) console.log(f.path)')
for f in $(cd "$repo/dist/cdn" && find . -type f | sed 's|^\./||' | sort); do
  echo "$files" | grep -qx "cdn/$f" || fail "@rpc-kit/kit's tarball lacks cdn/$f (run npm run build)"
done

echo "Package check passed: npx @rpc-kit/rules validate, schema and questions work from the packed rules package installed outside the repository (a broken config exits 1 naming \$.nation); @rpc-kit/kit's tarball carries every CDN file under cdn/."

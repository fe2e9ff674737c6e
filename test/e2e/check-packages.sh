#!/usr/bin/env bash
# The npm packages as someone outside this repository gets them. For every package that is not
# private: packed to a tarball, which must carry README.md and the repository's LICENSE, no
# TypeScript sources and no `source` export condition; `npm publish --dry-run` with no warning
# (npm "corrects" and drops fields it finds invalid, such as a bin path); publint --strict and
# @arethetypeswrong/cli (ESM only) clean; ranges between the packages are carets, so one installs
# alone. Then every tarball is installed in a throwaway project outside the repository
# (test/e2e/consumer) that type-checks its code against them twice (a bundler's settings with the
# `source` condition and library types checked, and Node's nodenext), bundles it with esbuild
# (the `source` condition on) and runs the rules in Node; there, the documented
# `npx @rpc-kit/rules validate ...` must work (the bare `npx rpc-kit` only works inside this
# repository), and @rpc-kit/kit's tarball must carry the CDN files at cdn/ for public npm CDNs.
# The same project is a React 19 + TypeScript consumer (react, react-dom and their types pinned
# below, from npm): JSX for every tag through @rpc-kit/kit/jsx and every @rpc-kit/react component
# type-checks (wrong props must not), React renders the components on a server in Node, and a small
# app bundled with esbuild runs in Chromium (test/e2e/app-smoke.mjs: the config arrived, events
# reached the handlers); a second project runs the app with React 18.3 and its types. In the same
# project, a plain Vite + TypeScript app (no framework) type-checks, is built by the repository's
# pinned `vite build` and runs in Chromium, and so does a Vue 3 app (vue pinned below, its template
# compiled in the browser, bundled with esbuild).
# The tools are the repository's pinned dev dependencies; npm fetches only the packages' own
# dependencies (lit, zod, lean-qr, @lit/react), React and Vue, from its cache when it can.
# The pnpm, Astro and Next.js consumers have their own checks (check-pnpm.sh, check-astro.sh,
# check-next.sh); with RPC_KIT_TARBALLS set to an empty folder, the tarballs packed here are left
# there for them (test/e2e/consumer-lib.sh).
# Run after `npm run build`: bash test/e2e/check-packages.sh (or npm run check:packages)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
bin="$repo/node_modules/.bin"
source test/e2e/consumer-lib.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/rpc-kit-packages.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "Package check failed: $*" >&2; exit 1; }
start=$(date +%s)

packages=$(published_packages)
[ -n "$packages" ] || fail "no packages to check"

tarballs="${RPC_KIT_TARBALLS:-$work/tarballs}"
mkdir -p "$tarballs"
[ -z "$(ls -A "$tarballs")" ] || fail "RPC_KIT_TARBALLS=$tarballs is not an empty folder"
for dir in $packages; do
  (cd "$dir" && npm pack --json --pack-destination "$tarballs" 2>/dev/null) > "$work/pack.json" \
    || fail "npm pack failed in $dir (run npm run build first)"
  tarball="$tarballs/$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[0].filename)' "$work/pack.json")"
  node - "$repo" "$dir" "$work/pack.json" <<'EOF' || exit 1
const { readFileSync } = require('node:fs');
const [repo, dir, packJson] = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(`${repo}/${dir}/package.json`, 'utf8'));
const files = JSON.parse(readFileSync(packJson, 'utf8'))[0].files.map((f) => f.path);
const problems = [];
for (const needed of ['README.md', 'LICENSE', 'package.json']) {
  if (!files.includes(needed)) problems.push(`the tarball has no ${needed}`);
}
if (readFileSync(`${repo}/${dir}/LICENSE`, 'utf8') !== readFileSync(`${repo}/LICENSE`, 'utf8')) {
  problems.push(`${dir}/LICENSE differs from the repository's LICENSE (copy it again)`);
}
const sources = files.filter((f) => /\.(c|m)?tsx?$/.test(f) && !/\.d\.(c|m)?ts$/.test(f));
if (sources.length) problems.push(`TypeScript sources in the tarball: ${sources.slice(0, 3).join(', ')}`);
const conditions = (value) =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...conditions(v)]) : [];
if (conditions(pkg.exports).includes('source')) problems.push('a "source" export condition (a consumer would get .ts files)');
for (const field of ['repository', 'homepage', 'bugs', 'keywords', 'engines', 'license', 'sideEffects']) {
  if (!pkg[field]) problems.push(`no "${field}" in package.json`);
}
if (pkg.repository && pkg.repository.directory !== dir) problems.push(`repository.directory is not ${dir}`);
if (pkg.publishConfig?.access !== 'public') problems.push('publishConfig.access is not "public" (a scoped package)');
if (pkg.customElements && !files.includes(pkg.customElements)) problems.push(`no ${pkg.customElements} in the tarball`);
for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
  if (!name.startsWith('@rpc-kit/')) continue;
  const other = JSON.parse(readFileSync(`${repo}/packages/${name.slice('@rpc-kit/'.length)}/package.json`, 'utf8'));
  if (range !== `^${other.version}`) problems.push(`depends on ${name}@${range}, not ^${other.version}`);
}
const readme = readFileSync(`${repo}/${dir}/README.md`, 'utf8');
if (!readme.startsWith(`# ${pkg.name}\n`)) problems.push(`README.md does not start with "# ${pkg.name}"`);
for (const versioned of readme.match(/@rpc-kit\/[\w-]+@\d[\w.-]*/g) ?? []) {
  const [, name, version] = versioned.match(/^(@rpc-kit\/[\w-]+)@(.*)$/);
  if (name === pkg.name && version !== pkg.version) problems.push(`README.md shows ${versioned}, not ${pkg.version}`);
}
if (problems.length) {
  console.error(`Package check failed: ${pkg.name}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
EOF

  # npm publish --dry-run: no warning but the two about this machine (no login; an npmrc setting).
  warnings=$(cd "$dir" && npm publish --dry-run 2>&1 >/dev/null | grep -i '^npm warn' \
    | grep -v -e 'requires you to be logged in' -e 'Unknown user config' -e 'Unknown env config' || true)
  [ -z "$warnings" ] || fail "npm publish --dry-run in $dir warns:
$warnings"

  "$bin/publint" run --strict "$tarball" > "$work/publint.txt" 2>&1 || { cat "$work/publint.txt" >&2; fail "publint in $dir"; }
  "$bin/attw" --profile esm-only --no-definitely-typed --format table-flipped --no-color "$tarball" > "$work/attw.txt" 2>&1 \
    || { cat "$work/attw.txt" >&2; fail "@arethetypeswrong/cli in $dir"; }
  echo "  $(basename "$tarball"): contents, metadata, npm publish --dry-run, publint, attw: clean"
done

# @rpc-kit/kit carries every CDN file.
kit_files=$(tar -tzf "$(tarball_of "$tarballs" kit)" | sed 's|^package/||')
for f in $(cd "$repo/dist/cdn" && find . -type f | sed 's|^\./||' | sort); do
  echo "$kit_files" | grep -qx "cdn/$f" || fail "@rpc-kit/kit's tarball lacks cdn/$f (run npm run build)"
done

# @rpc-kit/kit carries the editors' data, naming every element in the one list.
for f in web-types.json vscode.html-custom-data.json; do
  echo "$kit_files" | grep -qx "$f" || fail "@rpc-kit/kit's tarball lacks $f (run npm run build)"
done
node -e '
  const { readFileSync } = require("node:fs");
  const tags = JSON.parse(readFileSync("packages/kit/elements.json", "utf8")).elements.map((e) => e.tag);
  const web = JSON.parse(readFileSync("packages/kit/web-types.json", "utf8")).contributions.html.elements.map((e) => e.name);
  const code = JSON.parse(readFileSync("packages/kit/vscode.html-custom-data.json", "utf8")).tags.map((t) => t.name);
  const missing = tags.filter((t) => !web.includes(t) || !code.includes(t));
  if (missing.length) { console.error("no editor data for", missing.join(", ")); process.exit(1); }
' || fail "the editors' data misses an element"

# A project outside the repository that installs every tarball.
site="$work/site"
mkdir "$site"
cp -r test/e2e/consumer/* "$site/"
cd "$site"
echo '{ "name": "consumer", "private": true, "type": "module" }' > package.json
REACT=(react@19.3.1 react-dom@19.3.1 @types/react@19.3.0 @types/react-dom@19.3.0)
VUE=(vue@3.5.45)
npm install --no-audit --no-fund --prefer-offline --loglevel=error "$tarballs"/*.tgz "${REACT[@]}" "${VUE[@]}" >/dev/null
for p in "$site"/node_modules/@rpc-kit/*; do
  [ -L "$p" ] && fail "$p is a link, not an installed tarball"
done

# The example council's config as a typed module, for the apps below (and the plain Vite app's type-check).
council_module @rpc-kit/react > council.ts
"$bin/tsc" -p tsconfig.json || fail "the consumer's browser code does not type-check (bundler settings, source condition)"
# Node's own types from the repository's @types/node, as a Node project would have them.
"$bin/tsc" -p tsconfig.node.json --typeRoots "$repo/node_modules/@types" --types node \
  || fail "the consumer's Node code does not type-check (nodenext)"
"$bin/esbuild" main.ts --bundle --format=esm --conditions=source --outfile=out/main.js --metafile=out/meta.json --log-level=error \
  || fail "esbuild could not bundle the consumer's code"
node -e '
  const inputs = Object.keys(JSON.parse(require("fs").readFileSync("out/meta.json", "utf8")).inputs);
  const wrong = inputs.filter((f) => f.includes("node_modules/@rpc-kit/") && !f.includes("/dist/"));
  if (wrong.length) { console.error("bundled from outside dist/:", wrong.slice(0, 3)); process.exit(1); }
  if (!inputs.some((f) => f.includes("node_modules/@rpc-kit/screener/dist/"))) process.exit(1);
' || fail "the bundle did not take the packages' dist/ files"
"$bin/esbuild" node.ts --format=esm --platform=node --outfile=out/node.mjs --log-level=error
node out/node.mjs > /dev/null || fail "the rules did not work in Node from the installed tarball"

# React 19 + TypeScript: every tag and component.
node - "$repo" <<'JS' || fail "a tag has no JSX type, no use in react-types.tsx or no React component"
const { readFileSync } = require('node:fs');
const repo = process.argv[2];
const list = JSON.parse(readFileSync(`${repo}/packages/kit/elements.json`, 'utf8')).elements;
const tags = [...list.map((e) => e.tag), 'rpc-quick-exit'];
const jsx = readFileSync('node_modules/@rpc-kit/kit/jsx.d.ts', 'utf8');
const used = readFileSync('react-types.tsx', 'utf8');
const components = readFileSync('node_modules/@rpc-kit/react/dist/index.js', 'utf8');
const missing = tags.flatMap((t) => [
  ...(jsx.includes(`'${t}':`) ? [] : [`@rpc-kit/kit/jsx has no ${t}`]),
  ...(new RegExp(`<${t}\\s`).test(used) ? [] : [`react-types.tsx does not use <${t}>`]),
  ...(components.includes(`tagName: '${t}'`) ? [] : [`@rpc-kit/react has no component for <${t}>`]),
]);
if (missing.length) {
  console.error(missing.join('\n'));
  process.exit(1);
}
JS
"$bin/tsc" -p tsconfig.react.json || fail "the React 19 consumer does not type-check (JSX of every tag, @rpc-kit/react)"
"$bin/esbuild" react-ssr.tsx --bundle --packages=external --format=esm --platform=node --jsx=automatic \
  --outfile=out/react-ssr.mjs --log-level=error || fail "esbuild could not bundle the React server render"
node out/react-ssr.mjs > /dev/null || fail "React could not render @rpc-kit/react's components on a server"
"$bin/esbuild" react-app.tsx --bundle --format=esm --jsx=automatic --define:process.env.NODE_ENV='"production"' \
  --outfile=out/react/app.js --log-level=error || fail "esbuild could not bundle the React app"
react_version() { node -p "require('$1/node_modules/react/package.json').version"; }
node "$repo/test/e2e/app-smoke.mjs" "React $(react_version "$site")" out/react || fail "the React 19 app did not work in Chromium"

# Plain Vite (no framework): the repository's pinned vite builds vite/index.html and its main.ts.
"$bin/vite" build vite --outDir ../out/vite --emptyOutDir --logLevel error || fail "vite build could not build the plain Vite app"
node "$repo/test/e2e/app-smoke.mjs" "Vite $("$bin/vite" --version | sed 's|^vite/||;s| .*||')" out/vite \
  || fail "the plain Vite app did not work in Chromium"

# Vue 3: an in-page template, so `vue` is its full build (the template compiler included).
"$bin/esbuild" vue-app.ts --bundle --format=esm --alias:vue=vue/dist/vue.esm-bundler.js \
  --define:process.env.NODE_ENV='"production"' --define:__VUE_OPTIONS_API__=true --define:__VUE_PROD_DEVTOOLS__=false \
  --define:__VUE_PROD_HYDRATION_MISMATCH_DETAILS__=false --outfile=out/vue/app.js --log-level=error \
  || fail "esbuild could not bundle the Vue app"
node "$repo/test/e2e/app-smoke.mjs" "Vue $(node -p "require('./node_modules/vue/package.json').version")" out/vue \
  || fail "the Vue app did not work in Chromium"

# React 18, in a second project: the same app through @rpc-kit/react only, with React 18's types.
site18="$work/site18"
mkdir "$site18"
cp react18-app.tsx tsconfig.react18.json council.ts "$site18/"
(
  cd "$site18"
  echo '{ "name": "consumer-react18", "private": true, "type": "module" }' > package.json
  npm install --no-audit --no-fund --prefer-offline --loglevel=error "$tarballs"/*.tgz \
    react@18.3.1 react-dom@18.3.1 @types/react@18.3.8 @types/react-dom@18.3.7 >/dev/null
  "$bin/tsc" -p tsconfig.react18.json || fail "the React 18 consumer does not type-check"
  "$bin/esbuild" react18-app.tsx --bundle --format=esm --jsx=automatic --define:process.env.NODE_ENV='"production"' \
    --outfile=out/app.js --log-level=error || fail "esbuild could not bundle the React 18 app"
  node "$repo/test/e2e/app-smoke.mjs" "React $(react_version "$site18")" out || fail "the React 18 app did not work in Chromium"
)

cp "$repo/docs/examples/northshire.config.json" our-council.json
echo '{ "nation": "mars", "pathways": { "custm": [] } }' > broken.json
out=$(npx --no-install @rpc-kit/rules validate our-council.json 2>/dev/null) || fail "npx @rpc-kit/rules validate rejected the example config"
[ "$out" = "our-council.json: valid" ] || fail "unexpected output: $out"
errors=$(npx --no-install @rpc-kit/rules validate broken.json 2>&1 | grep '^\$' || true)
npx --no-install @rpc-kit/rules validate broken.json >/dev/null 2>&1 && fail "a broken config was accepted"
echo "$errors" | grep -q '^\$\.nation:' || fail "no error naming \$.nation: $errors"
npx --no-install @rpc-kit/rules schema 2>/dev/null | node -e 'JSON.parse(require("fs").readFileSync(0, "utf8")).$schema || process.exit(1)' \
  || fail "npx @rpc-kit/rules schema did not print a JSON Schema"
npx --no-install @rpc-kit/rules questions --tool screener --locale cy 2>/dev/null | node -e 'JSON.parse(require("fs").readFileSync(0, "utf8"))' \
  || fail "npx @rpc-kit/rules questions did not print JSON"

echo "Package check passed in $(($(date +%s) - start)) s: every package's tarball has its README and LICENSE, no sources, caret ranges between the packages, and passes npm publish --dry-run, publint and @arethetypeswrong/cli; installed together outside the repository, they type-check (bundler with the source condition, and nodenext), bundle with esbuild from dist/, and the rules run in Node; npx @rpc-kit/rules validate, schema and questions work (a broken config exits 1 naming \$.nation); @rpc-kit/kit's tarball carries every CDN file under cdn/ and the editors' data (web-types, VS Code custom data) for every element; React 19 + TypeScript type-checks every tag (@rpc-kit/kit/jsx) and @rpc-kit/react component, renders them on a server, and a bundled app gets its config and events in Chromium, with React 19 and React 18, as a plain Vite app (vite build) and as a Vue 3 app."

// Checks the release zip a webmaster downloads: it opens (every entry's checksum, read here
// without the writer's code, and by `unzip -t` where installed), every expected file is there
// (the built element files byte for byte, the example config, the schema, the licence, the
// guides, the examples, the config builder's page, the WordPress plugin; the builder's script in
// its own folder only, never beside the element files or in the plugin), every file a README snippet or link names is in
// the zip, the public CDN snippet's integrity hash matches the file, and building it again gives
// the same bytes. Run after `npm run release`: node scripts/check-release.mjs [zip]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRelease, guideSources, walk } from './release.mjs';
import { readZip } from './unzip.mjs';
import { readElements } from './elements.mjs';
import { importsOf } from './cdn-graph.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const zipPath = resolve(process.argv[2] ?? join(root, 'dist', 'release', `rpc-kit-${version}.zip`));
const problems = [];

const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

if (!existsSync(zipPath)) {
  console.error(`No release at ${zipPath}: run "npm run release" first.`);
  process.exit(1);
}
const bytes = readFileSync(zipPath);
const top = `rpc-kit-${version}/`;
let entries;
try {
  entries = readZip(bytes, 'release');
} catch (error) {
  console.error(`Release check failed: ${error.message}`);
  process.exit(1);
}
try {
  execFileSync('unzip', ['-tq', zipPath], { stdio: 'pipe' });
} catch (error) {
  if (error.code !== 'ENOENT') problems.push(`unzip -t: ${String(error.stdout ?? error.message).trim()}`);
}
const has = (path) => entries.has(top + path);
const file = (path) => entries.get(top + path)?.data;

// Order, names and timestamps: sorted, one folder, one fixed time.
const names = [...entries.keys()];
if (names.join('\n') !== [...names].sort().join('\n')) problems.push('entries are not sorted');
if (names.some((n) => !n.startsWith(top))) problems.push(`an entry is outside ${top}`);
if (new Set([...entries.values()].map((e) => `${e.day}:${e.time}`)).size !== 1) problems.push('timestamps differ');

// Expected files.
const cdnDir = join(root, 'dist', 'cdn');
const cdn = walk(cdnDir);
for (const f of cdn) {
  if (!has(`rpc-kit/${f}`)) problems.push(`missing rpc-kit/${f}`);
  else if (!file(`rpc-kit/${f}`).equals(readFileSync(join(cdnDir, f))))
    problems.push(`rpc-kit/${f} differs from dist/cdn`);
}
for (const file of [
  'rpc-kit.js',
  'rpc-kit-loader.js',
  'rpc-rules.js',
  'rpc-quick-exit.js',
  ...readElements().map((e) => e.cdn),
])
  if (!has(`rpc-kit/${file}`)) problems.push(`missing rpc-kit/${file}`);
// The config builder: its page, style and script side by side in config-builder/, the script loaded
// by a relative path; and never among the files for council pages (rpc-kit/, the plugin, @rpc-kit/kit).
const builderScript = join(root, 'dist', 'builder', 'rpc-config-builder.js');
const builderSame = {
  'config-builder/rpc-config-builder.js': builderScript,
  'config-builder/builder.css': join(root, 'docs', 'builder.css'),
};
for (const [inZip, source] of Object.entries(builderSame)) {
  if (!has(inZip)) problems.push(`missing ${inZip}`);
  else if (!existsSync(source) || !file(inZip).equals(readFileSync(source)))
    problems.push(`${inZip} differs from ${source.slice(root.length + 1)}`);
}
const builderPage = String(file('config-builder/builder.html') ?? '');
if (!builderPage) problems.push('missing config-builder/builder.html');
else if (!builderPage.includes('<script type="module" src="rpc-config-builder.js"></script>'))
  problems.push('config-builder/builder.html does not load rpc-config-builder.js beside it');
for (const name of names)
  if (name.endsWith('/rpc-config-builder.js') && name !== `${top}config-builder/rpc-config-builder.js`)
    problems.push(`${name.slice(top.length)}: the builder's script is outside config-builder/`);
// (The copies scripts/copy-cdn.mjs makes; not imported, as running it copies.)
for (const dir of ['packages/kit/cdn', 'packages/wordpress/cdn'].map((d) => join(root, d)))
  if (existsSync(join(dir, 'rpc-config-builder.js')))
    problems.push(`${dir.slice(root.length + 1)} holds rpc-config-builder.js (the builder is not for council pages)`);
// Every file a CDN file imports or preloads is shipped beside it (relative paths, so the folder
// works wherever it is uploaded), and each preloaded chunk's integrity hash is that chunk's.
let chunks = 0;
for (const f of cdn.filter((name) => name.endsWith('.js'))) {
  const code = String(file(`rpc-kit/${f}`) ?? '');
  for (const name of importsOf(f, cdnDir)) {
    if (!has(`rpc-kit/${name}`)) problems.push(`rpc-kit/${f} loads ${name}, which is not shipped`);
    if (f.startsWith('chunks/') || name.startsWith('chunks/')) chunks++;
  }
  if (/(?:\bimport\(|\bfrom)\s*["'`](?:https?:)?\/\//.test(code))
    problems.push(`rpc-kit/${f} imports from another site`);
  // The entry files' preload lists, and the lists of what each chunk loads later with import().
  for (const [, chunk, algorithm, hash] of code.matchAll(
    /\["((?:\.{1,2}\/|chunks\/)[\w./-]+\.js)","(sha\d+)-([\w+/=]+)"\]/g,
  )) {
    const shipped = file(`rpc-kit/${posix.normalize(posix.join(posix.dirname(f), chunk))}`);
    if (!shipped) problems.push(`rpc-kit/${f}: lists ${chunk}, which is not shipped`);
    else if (createHash(algorithm).update(shipped).digest('base64') !== hash)
      problems.push(`rpc-kit/${f}: the integrity of ${chunk} is wrong`);
  }
}
if (!chunks) problems.push('the CDN files share no chunks');
const same = {
  'rpc-kit/northshire.config.json': 'docs/examples/northshire.config.json',
  'config.schema.json': 'docs/config.schema.json',
  LICENSE: 'LICENSE',
};
for (const [inZip, source] of Object.entries(same)) {
  if (!has(inZip)) problems.push(`missing ${inZip}`);
  else if (!file(inZip).equals(readFileSync(join(root, source)))) problems.push(`${inZip} differs from ${source}`);
}
for (const path of ['README.md', 'README.html', 'examples/page.html', 'examples/poster.html', 'guides/index.html'])
  if (!has(path)) problems.push(`missing ${path}`);
for (const guide of guideSources()) {
  const html = `guides/${guide.replace(/\.md$/, '.html')}`;
  if (!has(html)) problems.push(`missing ${html}`);
}
for (const cms of ['wordpress', 'localgov-drupal', 'static-site'])
  if (!has(`guides/cms/${cms}.html`)) problems.push(`missing guides/cms/${cms}.html`);
if (
  !String(file('LICENSE') ?? '').includes('Copyright (c)') ||
  !String(file('LICENSE')).includes('RPC Kit contributors')
)
  problems.push('LICENSE does not name RPC Kit contributors');
const schema = JSON.parse(String(file('config.schema.json') ?? '{}'));
if (!schema.$schema) problems.push('config.schema.json is not a JSON Schema');

// The WordPress plugin inside: it opens, holds the plugin and every element file, and its
// version is this release's.
const pluginName = `wordpress/rpc-kit-wordpress-${version}.zip`;
if (!has(pluginName)) problems.push(`missing ${pluginName}`);
else {
  try {
    const plugin = readZip(file(pluginName), 'plugin');
    const need = [
      'rpc-kit.php',
      'uninstall.php',
      'readme.txt',
      'LICENSE',
      'block/block.json',
      'block/editor.js',
      'block/editor.asset.php',
      'assets/rpc-kit.css',
      'assets/poster-print.css',
    ];
    for (const p of [...need, ...cdn.map((f) => `cdn/${f}`)])
      if (!plugin.has(`rpc-kit/${p}`)) problems.push(`plugin: missing rpc-kit/${p}`);
    if ([...plugin.keys()].some((n) => n.endsWith('rpc-config-builder.js')))
      problems.push('plugin: holds the config builder’s script');
    if ([...plugin.keys()].some((n) => n.includes('/tests/'))) problems.push('plugin: holds its tests');
    const main = String(plugin.get('rpc-kit/rpc-kit.php')?.data ?? '');
    if (!main.includes(`* Version:           ${version}`))
      problems.push(`plugin: the header's Version is not ${version}`);
    if (!main.includes(`define( 'RPC_KIT_VERSION', '${version}' );`))
      problems.push(`plugin: RPC_KIT_VERSION is not ${version}`);
    if (!String(plugin.get('rpc-kit/block/editor.asset.php')?.data).includes(`'version'      => '${version}'`))
      problems.push(`plugin: editor.asset.php's version is not ${version}`);
    if (!String(plugin.get('rpc-kit/readme.txt')?.data).includes(`Stable tag: ${version}`))
      problems.push(`plugin: readme.txt's Stable tag is not ${version}`);
  } catch (error) {
    problems.push(error.message);
  }
}

// The README: every file its snippets load and every link it makes is in the zip; the public
// CDN snippet names a file the npm package ships, with that file's integrity hash.
const readme = String(file('README.md') ?? '');
const snippets = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
if (!snippets.length) problems.push('README: no HTML snippets');
if (!/^```html\n<script type="module" src="\/rpc-kit\/rpc-screener\.js"><\/script>/m.test(readme))
  problems.push('README: the first snippet is not the screener’s own file');
for (const phrase of ['web server is needed', 'file://', 'whole `rpc-kit` folder', '`rpc-kit-loader.js`', '`chunks`'])
  if (!readme.includes(phrase)) problems.push(`README: does not say "${phrase}"`);
const kitPackage = JSON.parse(readFileSync(join(root, 'packages', 'kit', 'package.json'), 'utf8'));
if (!kitPackage.files.includes('cdn') || kitPackage.exports['./cdn/*'] !== './cdn/*')
  problems.push('@rpc-kit/kit does not ship cdn/ (files and exports)');
let cdnSnippets = 0;
for (const snippet of snippets) {
  for (const tag of snippet.match(/<[a-z][\w-]*\b[^>]*>/g) ?? []) {
    for (const [, attr, value] of tag.matchAll(/\s(src|href|config-src|feed-src)="([^"]*)"/g)) {
      const cdnUrl = /^https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/@rpc-kit\/kit@([^/]+)\/cdn\/(.+)$/.exec(value);
      if (cdnUrl) {
        cdnSnippets++;
        if (cdnUrl[1] !== version) problems.push(`README: the CDN snippet pins ${cdnUrl[1]}, not ${version}`);
        const local = file(`rpc-kit/${cdnUrl[2]}`);
        const integrity = /\sintegrity="([^"]+)"/.exec(tag)?.[1];
        if (!local) problems.push(`README: the CDN snippet names cdn/${cdnUrl[2]}, which is not shipped`);
        else if (integrity !== sha384(local))
          problems.push(`README: the integrity of ${cdnUrl[2]} is ${integrity}, not ${sha384(local)}`);
        if (!/\scrossorigin="anonymous"/.test(tag))
          problems.push('README: the CDN snippet lacks crossorigin="anonymous"');
      } else if (value.startsWith('/')) {
        if (!has(value.slice(1))) problems.push(`README: a snippet's ${attr}="${value}" is not in the zip`);
      } else if (attr === 'src' || attr === 'config-src')
        problems.push(`README: a snippet loads ${value} from elsewhere`);
    }
  }
}
if (cdnSnippets !== 1) problems.push(`README: expected one public CDN snippet, found ${cdnSnippets}`);
for (const [, href] of readme.matchAll(/\]\(([^)]+)\)/g)) {
  if (/^[a-z]+:/i.test(href)) continue;
  if (!has(href.split('#')[0])) problems.push(`README: the link ${href} is not in the zip`);
}

// Links between the shipped pages (guides, README.html, examples) lead to files in the zip,
// and an anchor to a heading that exists.
for (const [name, { data }] of entries) {
  if (!name.endsWith('.html')) continue;
  const html = String(data);
  for (const [, attr, href] of html.matchAll(/\s(href|src|config-src)="([^"]+)"/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
    const [path, hash] = href.split('#');
    const target = path.startsWith('/')
      ? top + path.slice(1)
      : path
        ? posix.normalize(posix.join(posix.dirname(name), path))
        : name;
    if (!entries.has(target)) {
      problems.push(`${name.slice(top.length)}: ${attr}="${href}" is not in the zip`);
      continue;
    }
    if (hash && target.endsWith('.html') && !String(entries.get(target).data).includes(` id="${hash}"`))
      problems.push(`${name.slice(top.length)}: ${href} has no heading #${hash}`);
  }
}

// Reproducible: building again gives the same bytes.
const again = buildRelease().release;
if (!again.equals(bytes))
  problems.push('building the release again gives different bytes (is the zip from an older build?)');

if (problems.length) {
  console.error(`Release check failed (${zipPath}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `Release check passed: ${entries.size} entries in ${posix.basename(zipPath)} (${(bytes.length / 1024).toFixed(0)} kB), sorted with one timestamp, every checksum right; ${cdn.length} element files, the example config, schema, licence, ${guideSources().length} guides, examples, the config builder (in its own folder only) and the WordPress plugin; README snippets and links all resolve; the CDN snippet's integrity matches; rebuilt byte for byte.`,
);

// Makes the release a webmaster downloads: dist/release/rpc-kit-<version>.zip, and the WordPress
// plugin on its own as dist/release/rpc-kit-wordpress-<version>.zip (also inside the release).
// Reproducible: the same sources give the same bytes (sorted entries, one fixed timestamp).
// Run after `npm run build` (`npm run release` does both). Options: --out <folder>.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlPage, markdownToHtml, mdToHtmlLink } from './markdown.mjs';
import { zip } from './zip.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const read = (path) => readFileSync(join(root, path));
const version = JSON.parse(read('package.json')).version;

/** Every file under a folder, as paths relative to it with `/`, sorted. */
export function walk(dir, base = dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path, base) : [relative(base, path).split('\\').join('/')];
    });
}

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The guides shipped as HTML: each docs/ Markdown file, and the CMS guides. */
/** Docs for people working on RPC Kit, not for webmasters: not in the release. */
const CONTRIBUTOR_DOCS = ['architecture.md', 'contributing.md'];

export function guideSources() {
  const top = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md') && !CONTRIBUTOR_DOCS.includes(f));
  const cms = existsSync(join(root, 'docs', 'cms'))
    ? readdirSync(join(root, 'docs', 'cms'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `cms/${f}`)
    : [];
  return [...top, ...cms].sort();
}

/** The WordPress plugin's files (its source and the built element files), under `rpc-kit/`. */
export function pluginFiles(cdn) {
  const dir = join(root, 'packages', 'wordpress');
  const shipped = ['rpc-kit.php', 'uninstall.php', 'readme.txt', 'includes', 'block', 'assets'];
  const files = shipped.flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory()
      ? walk(path).map((f) => ({ name: `rpc-kit/${entry}/${f}`, data: readFileSync(join(path, f)) }))
      : [{ name: `rpc-kit/${entry}`, data: readFileSync(path) }];
  });
  files.push({ name: 'rpc-kit/LICENSE', data: read('LICENSE') });
  for (const f of cdn) files.push({ name: `rpc-kit/cdn/${f.path}`, data: f.data });
  return files;
}

/**
 * The config builder's page, to open from the unzipped folder through any web server: its page and
 * style from docs/ and its script from dist/builder/ side by side in `config-builder/` (the page
 * loads the script by a relative path), with the page's link to its guide pointed at the guide's
 * web page in the zip.
 */
export function builderFiles() {
  const script = join(root, 'dist', 'builder', 'rpc-config-builder.js');
  if (!existsSync(script)) throw new Error('dist/builder/rpc-config-builder.js is missing: run "npm run build" first.');
  const page = read('docs/builder.html').toString();
  const linked = page.replace('href="config-builder.md"', 'href="../guides/config-builder.html"');
  if (linked === page || !page.includes('src="rpc-config-builder.js"'))
    throw new Error('docs/builder.html: no link to config-builder.md, or no relative rpc-config-builder.js script');
  return [
    { name: 'config-builder/builder.html', data: Buffer.from(linked) },
    { name: 'config-builder/builder.css', data: read('docs/builder.css') },
    { name: 'config-builder/rpc-config-builder.js', data: readFileSync(script) },
  ];
}

export function buildRelease() {
  const cdnDir = join(root, 'dist', 'cdn');
  if (!existsSync(join(cdnDir, 'rpc-kit.js')))
    throw new Error('dist/cdn/rpc-kit.js is missing: run "npm run build" first.');
  const cdn = walk(cdnDir).map((path) => ({ path, data: readFileSync(join(cdnDir, path)) }));
  const top = `rpc-kit-${version}`;
  const files = [];
  const add = (name, data) => files.push({ name: `${top}/${name}`, data });

  for (const f of cdn) add(`rpc-kit/${f.path}`, f.data);
  add('rpc-kit/northshire.config.json', read('docs/examples/northshire.config.json'));
  add('config.schema.json', read('docs/config.schema.json'));
  add('LICENSE', read('LICENSE'));
  add('examples/page.html', read('scripts/release/page.html'));
  add('examples/poster.html', read('scripts/release/poster.html'));
  for (const f of builderFiles()) add(f.name, f.data);

  // The guides, as web pages. Links to other guides, the example config and the schema are
  // pointed at their place in the zip; a link to anything not shipped keeps only its text.
  const guides = guideSources();
  const shippedFromDocs = {
    'examples/northshire.config.json': 'rpc-kit/northshire.config.json',
    'config.schema.json': 'config.schema.json',
  };
  const dropped = [];
  for (const guide of guides) {
    const from = posix.dirname(guide);
    const rewriteLink = (href) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) return href;
      const [path, hash = ''] = href.split('#');
      const target = posix.normalize(posix.join(from, path));
      const anchor = hash ? `#${hash}` : '';
      if (guides.includes(target)) return mdToHtmlLink(href);
      if (shippedFromDocs[target]) return posix.relative(posix.join('guides', from), shippedFromDocs[target]) + anchor;
      dropped.push(`${guide}: ${href}`);
      return null;
    };
    const { html, title } = markdownToHtml(readFileSync(join(root, 'docs', guide), 'utf8'), { rewriteLink });
    const up = from === '.' ? '' : '../';
    const nav = `<a href="${up}index.html">RPC Kit guides</a> · <a href="${up}../README.html">Read me first</a>`;
    add(`guides/${guide.replace(/\.md$/, '.html')}`, htmlPage({ title: `${title} – RPC Kit`, body: html, nav }));
  }
  const list = guides
    .map((g) => {
      const { title } = markdownToHtml(readFileSync(join(root, 'docs', g), 'utf8'));
      return `<li><a href="${g.replace(/\.md$/, '.html')}">${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</a></li>`;
    })
    .join('\n');
  add(
    'guides/index.html',
    htmlPage({
      title: `RPC Kit ${version}: guides`,
      body: `<h1>RPC Kit ${version}: guides</h1>\n<ul>\n${list}\n</ul>\n`,
      nav: '<a href="../README.html">Read me first</a>',
    }),
  );

  // The webmaster's README, with this version's integrity hashes for the public CDN snippet.
  const hashes = Object.fromEntries(cdn.filter((f) => f.path.endsWith('.js')).map((f) => [f.path, sri(f.data)]));
  // The files a page names (the shared chunks carry their own hashes inside the entry files).
  const table = Object.entries(hashes)
    .filter(([file]) => !file.includes('/'))
    .map(([file, hash]) => `| \`${file}\` | \`${hash}\` |`)
    .join('\n');
  const readme = read('scripts/release/README.md')
    .toString()
    .replaceAll('{{version}}', version)
    .replace('{{integrity table}}', table)
    .replace(/\{\{file ([\w.-]+)\}\}/g, (_, name) => read(`scripts/release/${name}`).toString())
    .replace(/\{\{integrity ([\w./-]+)\}\}/g, (_, file) => {
      if (!hashes[file]) throw new Error(`README: no CDN file ${file}`);
      return hashes[file];
    });
  add('README.md', readme);
  const { html: readmeHtml, title: readmeTitle } = markdownToHtml(readme);
  add('README.html', htmlPage({ title: readmeTitle, body: readmeHtml }));

  const plugin = zip(pluginFiles(cdn));
  add(`wordpress/rpc-kit-wordpress-${version}.zip`, plugin);

  return { version, release: zip(files), plugin, dropped, hashes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outArg = process.argv.indexOf('--out');
  const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist', 'release');
  try {
    const { release, plugin, dropped } = buildRelease();
    mkdirSync(out, { recursive: true });
    const files = [
      [`rpc-kit-${version}.zip`, release],
      [`rpc-kit-wordpress-${version}.zip`, plugin],
    ];
    for (const [name, data] of files) {
      writeFileSync(join(out, name), data);
      const sha = createHash('sha256').update(data).digest('hex');
      console.log(`${relative(process.cwd(), join(out, name))}  ${(data.length / 1024).toFixed(0)} kB  sha256 ${sha}`);
    }
    if (dropped.length)
      console.log(`Links left as text (their targets are not in the release):\n  ${dropped.join('\n  ')}`);
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
}

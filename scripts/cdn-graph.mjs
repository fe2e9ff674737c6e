// The files each CDN file loads (dist/cdn/): itself, the chunks it imports (statically, with
// import() or in its preload list) and theirs, read from the built files; what it loads before its
// element draws; and what an English page for parents with a config loads. For the size budgets,
// the release check and the docs: what a webmaster's one tag costs.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';
import { ROOT } from './elements.mjs';

export const CDN_DIR = join(ROOT, 'dist', 'cdn');

/**
 * The files one CDN file names, relative to dist/cdn/: every one, or with `{ dynamic: false }`
 * only those it imports statically (not with import()). A chunk's checked `import()` names the
 * files it preloads with their hashes (`["./x.js","sha256-…"]`, rollup.config.mjs): loaded with
 * import() too. An entry file's preload list (`["chunks/x.js","sha256-…"]`) is its element code,
 * which it imports.
 */
export function importsOf(file, dir = CDN_DIR, { dynamic = true } = {}) {
  const code = readFileSync(join(dir, file), 'utf8');
  const from = posix.dirname(file);
  const names = new Set();
  for (const m of code.matchAll(
    /(import\(\s*)?["'`]((\.{1,2}\/)?(?:chunks\/)?[\w./-]+\.js)["'`](,\s*["'`]sha\d+-)?/g,
  )) {
    if (!m[3] && !m[2].startsWith('chunks/')) continue;
    const later = m[1] || (m[3] && m[4]);
    if (dynamic || !later) names.add(posix.normalize(posix.join(from, m[2])));
  }
  return [...names];
}

/** Every file a CDN file loads (with `{ dynamic: false }`, only through static imports), itself first, then sorted. */
export function closureOf(file, dir = CDN_DIR, options = {}) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const next of importsOf(f, dir, options)) visit(next);
  };
  visit(file);
  return [file, ...[...seen].slice(1).sort()];
}

/**
 * The files an entry file loads before its element can draw itself: itself and the chunks it
 * preloads (what the element code imports statically). Not what that code loads with import() once
 * it runs (config validation).
 */
export function firstLoadOf(file, dir = CDN_DIR) {
  const code = readFileSync(join(dir, file), 'utf8');
  return [file, ...[...code.matchAll(/\["(chunks\/[\w.-]+\.js)","sha\d+-/g)].map((m) => m[1])];
}

/** Whether an entry file draws its element's first screen itself, before loading any chunk (packages/kit/src/cdn/first-screen.ts). */
export const drawsFirstScreen = (file, dir = CDN_DIR) =>
  readFileSync(join(dir, file), 'utf8').includes('"data-rpc-first"');

/** The files a page loads before the first screen is drawn: the entry file alone if it draws it, or its element's first load. */
export const beforeFirstScreenOf = (file, dir = CDN_DIR) =>
  drawsFirstScreen(file, dir) ? [file] : firstLoadOf(file, dir);

/**
 * What a page in English for parents, with a council's config, loads for an entry file: its first
 * load, then what its code loads with import() once it has drawn: config validation (the quick
 * check, which passes a valid config; not the full check, see `problemsPageOf`) and, for an
 * element that asks questions, the rules' journey (the planner and the questions) and the views of
 * its steps and its result. Not the Welsh and practitioners' packs, which a page loads only when
 * it is in Welsh or for practitioners.
 */
export function parentsPageOf(file, dir = CDN_DIR) {
  const first = firstLoadOf(file, dir);
  return [...new Set([...first, ...afterFirstPaintOf(file, dir)])];
}

/** The chunks named so that some files import (with import()), with what those chunks import statically. */
function chunksLoadedBy(files, name, dir) {
  const later = files
    .flatMap((f) => importsOf(f, dir))
    .filter((f) => name.test(f))
    .flatMap((f) => closureOf(f, dir, { dynamic: false }));
  return [...new Set(later)].filter((f) => !files.includes(f));
}

/** What an entry file's code loads with import() after its first paint, on every page (not the packs). */
export function afterFirstPaintOf(file, dir = CDN_DIR) {
  return chunksLoadedBy(
    firstLoadOf(file, dir),
    /^chunks\/(quick-validate|engine|[\w-]+\.views|route-views)-[\w-]+\.js$/,
    dir,
  );
}

/**
 * What a page with an Open Referral UK feed (`feed-src`) loads for an entry file: a parents' page,
 * and the feed reader, which the help finder loads with import() only when it has a feed.
 */
export function feedPageOf(file, dir = CDN_DIR) {
  const page = parentsPageOf(file, dir);
  return [...page, ...chunksLoadedBy(page, /^chunks\/feed-reader-[\w-]+\.js$/, dir)];
}

/**
 * What a page whose council config has problems loads for an entry file: a parents' page, and the
 * full config check (zod/mini and the problems' words), which the quick check loads with import()
 * only for a config it does not pass.
 */
export function problemsPageOf(file, dir = CDN_DIR) {
  const page = parentsPageOf(file, dir);
  return [...page, ...chunksLoadedBy(page, /^chunks\/validate-[\w-]+\.js$/, dir)];
}

/** The gzipped bytes (level 9, each file on its own, as a server sends them) of some CDN files. */
export const gzipBytes = (files, dir = CDN_DIR) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);

/** Whether the CDN files are built. */
export const built = (dir = CDN_DIR) => existsSync(join(dir, 'rpc-kit.js'));

if (process.argv[1]?.endsWith('cdn-graph.mjs')) {
  const { readdirSync } = await import('node:fs');
  const entries = readdirSync(CDN_DIR).filter((f) => f.endsWith('.js'));
  for (const f of entries) {
    const files = closureOf(f);
    const first = firstLoadOf(f);
    const page = parentsPageOf(f);
    const drawn = drawsFirstScreen(f) ? `first screen drawn by the entry file; ` : '';
    console.log(
      `${f}: ${(gzipBytes(files) / 1000).toFixed(1)} kB gzip in ${files.length} files (entry ${(gzipBytes([f]) / 1000).toFixed(1)} kB; ${drawn}before the element draws ${(gzipBytes(first) / 1000).toFixed(1)} kB in ${first.length}; English for parents with a config ${(gzipBytes(page) / 1000).toFixed(1)} kB)`,
    );
  }
  const [a, b] = ['rpc-screener.js', 'rpc-help-finder.js'].map((f) => parentsPageOf(f));
  const shared = a.filter((f) => b.includes(f));
  console.log(
    `rpc-screener.js + rpc-help-finder.js: ${(gzipBytes([...new Set([...a, ...b])]) / 1000).toFixed(1)} kB, shared ${(gzipBytes(shared) / 1000).toFixed(1)} kB`,
  );
}

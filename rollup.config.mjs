// Builds every package for npm (ESM, bare imports, .d.ts) and the minified CDN files in dist/cdn/
// for <script type="module"> users (entry files and shared chunks), and the config builder's page
// script in dist/builder/ (one file). A type error fails the build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { posix, resolve as resolvePath } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { elementWordPacks } from './scripts/build/word-packs.mjs';
import { elementFiles, readElements } from './scripts/elements.mjs';

const ELEMENTS = readElements();

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** TypeScript that fails the build on a type error (plugin-typescript only warns by default). */
const strictTs = (options) => typescript({ noEmitOnError: true, ...options });

const onwarn = (warning, warn) => {
  if (warning.plugin === 'typescript') throw new Error(`TypeScript: ${warning.message}`);
  // zod's own comments and internal import cycles: harmless, and not ours to fix.
  const inDeps = (warning.id ?? warning.ids?.[0] ?? '').includes('node_modules');
  if (inDeps && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  // @rpc-kit/elements/types.js holds only types: its JavaScript is empty on purpose.
  if (warning.code === 'EMPTY_BUNDLE' && warning.names?.includes('types')) return;
  warn(warning);
};

/** The npm build of one package: ESM, dependencies left as bare imports, declarations. */
const npmBuild = (pkg, input, extra = {}) => ({
  input,
  external: (id) => isBare(id) || id.startsWith('node:'),
  plugins: [strictTs({ tsconfig: `packages/${pkg}/tsconfig.build.json`, outDir: `packages/${pkg}/dist` })],
  output: {
    dir: `packages/${pkg}/dist`,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    ...extra.output,
  },
  onwarn,
});

/** One piece of a style sheet's text minified: comments go, runs of white space become one, none around punctuation, after a colon or before `!important`. */
const minifyCssText = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/;}/g, '}');

/**
 * Minifies the CSS in Lit's css`...` templates of the compiled code (terser leaves template text
 * alone). A template with ${} has the text between its holes minified, each piece on its own.
 */
const minifyCss = () => ({
  name: 'minify-css-templates',
  transform(code, id) {
    if (!id.endsWith('.ts') || !/\bcss ?`/.test(code)) return null;
    return {
      code: code.replace(
        /\bcss ?`([^`]*)`/g,
        (_, body) =>
          `css\`${body
            .split(/(\$\{[^{}]*\})/)
            .map((piece, i) => (i % 2 ? piece : minifyCssText(piece)))
            .join('')
            .trim()}\``,
      ),
      map: null,
    };
  },
});

/**
 * The rules' content packs (Welsh, practitioners' words), which the content modules load with
 * import(), imported statically instead: a one-file build inlines every import(), and inlined
 * modules come after the code that awaits them as the rules load. Each pack stays beside the content
 * that uses it, so a file carries the packs of the content it carries and no others.
 */
const contentPacksInline = () => ({
  name: 'content-packs-inline',
  transform(code, id) {
    if (!/packages[\\/]rules[\\/]src[\\/]content[\\/][\w-]+\.ts$/.test(id)) return null;
    const imports = [];
    const out = code.replace(/import\((['"])(\.\/packs\/[\w/-]+\.js)\1\)/g, (whole, quote, path) => {
      const name = `contentPack${imports.length}`;
      imports.push(`import * as ${name} from '${path}';`);
      return `Promise.resolve(${name})`;
    });
    return imports.length ? { code: `${imports.join('\n')}\n${out}`, map: null } : null;
  },
});

/**
 * The CDN builds' plugins; `inlinePacks` for a one-file build (the chunked build loads each pack
 * as a file of its own, and puts the elements' own Welsh and practitioners' words in packs too).
 */
const cdnPlugins = ({ inlinePacks = false } = {}) => [
  nodeResolve({ exportConditions: ['@rpc-kit/source'], browser: true }),
  strictTs({ tsconfig: 'tsconfig.cdn.json', sourceMap: false, inlineSources: false }),
  ...(inlinePacks ? [contentPacksInline()] : [elementWordPacks()]),
  minifyCss(),
  terser({ format: { comments: false }, ecma: 2020, module: true, compress: { passes: 2 } }),
];

/** A self-contained, minified file: lit, zod/mini and the rules bundled in (the config builder's page, in dist/builder/; the rules alone, `rpc-rules.js`). */
const cdnBuild = (name, input, dir = 'dist/builder') => ({
  input,
  plugins: cdnPlugins({ inlinePacks: true }),
  // One file: the rules' content packs are in it (see contentPacksInline).
  output: { file: `${dir}/${name}.js`, format: 'es', sourcemap: false, inlineDynamicImports: true },
  onwarn,
});

const FALLBACK = 'packages/kit/src/cdn/fallback.ts';
const FIRST_SCREEN = 'packages/kit/src/cdn/first-screen.ts';
const LOAD_CODE = 'packages/kit/src/cdn/load-code.ts';
const LOADER = 'packages/kit/src/cdn/loader.ts';
// The autoloader, bundled with what it imports (the fallback, the preloading) into one file.
const LOADER_ID = '\0rpc-loader';
const ENTRY_HASHES = '__RPC_ENTRY_HASHES__';
let firstScreenData;
/**
 * The elements' first screens (scripts/first-screens.mjs: Lit's server renderer, from the packages
 * built above), once per build, in a process of its own (the renderer sets up globals of its own).
 */
const firstScreens = () =>
  (firstScreenData ??= JSON.parse(
    execFileSync(process.execPath, ['scripts/first-screens.mjs'], { encoding: 'utf8', maxBuffer: 1 << 26 }),
  ));
/** `rpc-quick-exit.js`: the quick exit alone, for a page about abuse with no element on it (and the loader). */
const QUICK_EXIT = {
  tag: 'rpc-quick-exit',
  cdn: 'rpc-quick-exit.js',
  define: 'packages/elements/src/quick-exit.define.ts',
};
const CDN_ENTRIES = [...ELEMENTS.map((e) => ({ ...e, define: elementFiles(e).define })), QUICK_EXIT];
const PRELOAD = '__RPC_PRELOAD__';
// SHA-256: as strong a check as the page needs, and a third shorter than SHA-384 in the lists a
// chunk carries for what it loads later (48 of them on the screener's page for parents).
const sri = (code) => `sha256-${createHash('sha256').update(code).digest('base64')}`;

/**
 * The CDN entry files, one per element and the parents' all-in-one `rpc-kit.js`: each is about a
 * kilobyte that asks for the element code (shared chunks, so two elements on one page load Lit,
 * the rules and the quick exit once), preloads every chunk that code needs at once (no waterfall;
 * each with its integrity hash, so a chunk changed on the way is refused), runs the chunks a task
 * each once it has drawn a first screen (packages/kit/src/cdn/load-code.ts), and shows 999 and the national helplines in the
 * element if any of it fails to load. The fallback and the loading are compiled into each entry
 * file, so it needs no other file.
 */
const cdnEntries = () => ({
  name: 'rpc-cdn-entries',
  resolveId(id) {
    return ['\0rpc-cdn:', '\0rpc-fallback:', '\0rpc-load-code:', '\0rpc-first-screen:', LOADER_ID].some((p) =>
      id.startsWith(p),
    )
      ? id
      : null;
  },
  async load(id) {
    // The fallback, the loading and the first screen: each bundled with what it imports (the
    // quick exit's cover, the rules' yield), into the entry file, never a shared chunk that could fail.
    const own = [
      ['\0rpc-fallback:', FALLBACK],
      ['\0rpc-load-code:', LOAD_CODE],
      ['\0rpc-first-screen:', FIRST_SCREEN],
      [LOADER_ID, LOADER],
    ].find(([prefix]) => id.startsWith(prefix))?.[1];
    if (own) {
      const { build } = await import('esbuild');
      const out = await build({ entryPoints: [own], bundle: true, format: 'esm', write: false, logLevel: 'error' });
      return out.outputFiles[0].text;
    }
    if (!id.startsWith('\0rpc-cdn:')) return null;
    const file = id.slice('\0rpc-cdn:'.length);
    const elements =
      file === QUICK_EXIT.cdn
        ? [QUICK_EXIT]
        : file === 'rpc-kit.js'
          ? CDN_ENTRIES.filter((e) => e !== QUICK_EXIT && e.allInOne !== false)
          : CDN_ENTRIES.filter((e) => e.cdn === file);
    const imports = elements.map((e) => `import(${JSON.stringify(resolvePath(e.define))})`).join(', ');
    // A single element's file with a first screen draws it before asking for the element's code.
    const first = elements.length === 1 && elements[0].firstScreen ? firstScreens()[elements[0].tag] : undefined;
    // Each file has its own copy of the fallback and the first screen (never a shared chunk, which could fail).
    // The helplines show in an element whose code has not come in 10 s (a stalled connection), as
    // when it fails; the element takes them away if its code comes after all (once no press is
    // under way on them: a tap on their 999 is not lost under the element).
    const tags = JSON.stringify(elements.map((e) => e.tag));
    return `import { afterBoxPresses, showFallback, watchForStall } from '\0rpc-fallback:${file}';
import { loadCode } from '\0rpc-load-code:${file}';
${first ? `import { afterFirstScreen, drawFirstScreens } from '\0rpc-first-screen:${file}';` : 'const afterFirstScreen = (_, load) => load();'}
const drawn = ${first ? `drawFirstScreens(${JSON.stringify(elements[0].tag)}, ${JSON.stringify(first)})` : 'false'};
afterFirstScreen(drawn, () => {
  const stopWatch = watchForStall(${tags}, ${JSON.stringify(file)});
  loadCode(JSON.parse('"${PRELOAD}"'), import.meta.url, drawn)
    .then(() => afterBoxPresses(${tags}))
    .then(() => Promise.all([${imports}]))
    .then(stopWatch, (e) => {
      stopWatch();
      showFallback(${tags}, e, ${JSON.stringify(file)});
    });
});
`;
  },
  generateBundle(_, bundle) {
    // Every chunk an entry's element code needs, found through the chunks' own imports, each after
    // the chunks it imports (the order in which they run: packages/kit/src/cdn/load-code.ts).
    const closure = (names, order = [], seen = new Set()) => {
      for (const name of names) {
        if (seen.has(name)) continue;
        seen.add(name);
        closure(bundle[name].imports, order, seen);
        order.push(name);
      }
      return order;
    };
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.code.includes(PRELOAD)) continue;
      const files = closure(chunk.dynamicImports).map((f) => [f, sri(bundle[f].code)]);
      // A call the minifier cannot work out (it made a string's length of the list's, from a plain string).
      chunk.code = chunk.code.replace(new RegExp(`JSON\\.parse\\((["'\`])"${PRELOAD}"\\1\\)`), JSON.stringify(files));
    }
    // The autoloader checks the element files it loads: their hashes, once their lists are in.
    const loader = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId === LOADER_ID);
    // The files it loads: each element's and the quick exit's (not the all-in-one).
    const entries = Object.values(bundle).filter(
      (c) => c.type === 'chunk' && c.isEntry && c !== loader && c.fileName !== 'rpc-kit.js',
    );
    const hashes = Object.fromEntries(entries.map((c) => [c.fileName, sri(c.code)]));
    const placeholder = new RegExp(`JSON\\.parse\\((["'\`])"${ENTRY_HASHES}"\\1\\)`);
    if (!loader || !placeholder.test(loader.code))
      throw new Error('rpc-cdn-entries: the autoloader has no place for the hashes');
    loader.code = loader.code.replace(placeholder, JSON.stringify(hashes));
  },
});

const CHECKED_IMPORT = resolvePath('packages/kit/src/cdn/checked-import.ts');
const ROOT_DIR = resolvePath('.');
const CHECKED = '__RPC_CHECKED__';

/** Every node of an ESTree AST under `node`, depth first. */
function* nodesOf(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node))
    for (const child of Array.isArray(value) ? value : [value])
      if (child && typeof child === 'object') yield* nodesOf(child);
}

/**
 * Every `import()` in the CDN chunks checked as the entry files' preloads are
 * (packages/kit/src/cdn/checked-import.ts): each becomes `checkedImport(() => import(…), list,
 * import.meta.url)`, and once the chunks are written, the list is filled in with the chunk asked
 * for and those it imports that the asking chunk does not, each with its integrity hash. A chunk's
 * hash covers the hashes it holds, so the chunks are filled in after those they list (a cycle of
 * `import()` fails the build), and the entry files' preload lists after all of them. An `import()`
 * left unchecked in a chunk fails the build.
 */
const checkedImports = () => {
  const targets = new Map();
  return {
    name: 'checked-imports',
    transform: {
      // After TypeScript and the word packs (whose tables load their packs with import()).
      order: 'post',
      async handler(code, id) {
        if (id.startsWith('\0') || id === CHECKED_IMPORT || !code.includes('import(')) return null;
        const edits = [];
        for (const node of nodesOf(this.parse(code))) {
          if (node.type !== 'ImportExpression' || node.source.type !== 'Literal') continue;
          const target = await this.resolve(node.source.value, id);
          if (!target) throw new Error(`checked-imports: ${node.source.value} from ${id} does not resolve`);
          // Keyed by what it loads, not by a count: transforms finish in no set order, and the
          // key is in the code rollup names the chunk from, so a count gave other names each build.
          const key = createHash('sha256').update(target.id.replaceAll(ROOT_DIR, '')).digest('hex').slice(0, 16);
          targets.set(key, target.id);
          const call = code.slice(node.start, node.end);
          edits.push([node, `__rpcCheckedImport(() => ${call}, JSON.parse('"${CHECKED}${key}"'), import.meta.url)`]);
        }
        if (!edits.length) return null;
        let out = code;
        for (const [node, text] of edits.reverse()) out = out.slice(0, node.start) + text + out.slice(node.end);
        return {
          code: `import { checkedImport as __rpcCheckedImport } from ${JSON.stringify(CHECKED_IMPORT)};\n${out}`,
          map: null,
        };
      },
    },
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const chunkOf = new Map(chunks.flatMap((c) => c.moduleIds.map((m) => [m, c.fileName])));
      const staticClosure = (name, order = [], seen = new Set()) => {
        if (seen.has(name)) return order;
        seen.add(name);
        for (const next of bundle[name].imports) staticClosure(next, order, seen);
        order.push(name);
        return order;
      };
      const placeholder = new RegExp(`JSON\\.parse\\((["'\`])"${CHECKED}(\\w+)"\\1\\)`, 'g');
      const state = new Map();
      const fill = (name) => {
        if (state.get(name) === 'done') return;
        if (state.get(name) === 'filling') throw new Error(`checked-imports: ${name} is in a cycle of import()`);
        state.set(name, 'filling');
        const chunk = bundle[name];
        const has = new Set(staticClosure(name));
        let count = 0;
        chunk.code = chunk.code.replace(placeholder, (_, __, key) => {
          count += 1;
          const target = chunkOf.get(targets.get(key));
          if (!target) throw new Error(`checked-imports: no chunk holds ${targets.get(key)}`);
          const list = staticClosure(target).filter((f) => !has.has(f));
          for (const f of list) fill(f);
          const from = posix.dirname(name);
          return JSON.stringify(
            list.map((f) => [`./${posix.relative(from, f)}`.replace(/^\.\/\.\.\//, '../'), sri(bundle[f].code)]),
          );
        });
        const imports = (chunk.code.match(/\bimport\(/g) ?? []).length;
        const ownLoading = chunk.code.includes(PRELOAD) || chunk.facadeModuleId === LOADER_ID;
        if (imports > count && !ownLoading)
          throw new Error(`checked-imports: ${name} has an import() that is not checked`);
        state.set(name, 'done');
      };
      for (const chunk of chunks) fill(chunk.fileName);
    },
  };
};

/**
 * The CDN files (dist/cdn/): the entry files (above), `rpc-kit-loader.js` (the autoloader) and the
 * shared chunks in `chunks/`, imported by relative paths so the folder works wherever it is
 * uploaded. (`rpc-rules.js`, the rules alone, is a file of its own: see the list below.)
 */
const cdnChunked = () => ({
  input: {
    ...Object.fromEntries(
      ['rpc-kit.js', ...CDN_ENTRIES.map((e) => e.cdn)].map((f) => [f.replace(/\.js$/, ''), `\0rpc-cdn:${f}`]),
    ),
    'rpc-kit-loader': LOADER_ID,
  },
  plugins: [
    {
      name: 'clean-chunks',
      // Chunks from an earlier build would otherwise pile up (their names carry a hash). The folder
      // written to, so a build elsewhere (scripts/check-reproducible.mjs) leaves dist/cdn alone.
      renderStart: ({ dir }) => rmSync(`${dir}/chunks`, { recursive: true, force: true }),
    },
    // Before the entry files' plugin: the preload lists hash the chunks once their lists are filled in.
    checkedImports(),
    cdnEntries(),
    ...cdnPlugins(),
  ],
  // As the rules' package.json says (`sideEffects`): only its index does something as it loads, so a
  // module nothing uses is left out (the config schema, built with zod at module level, leaves the
  // first load and comes with config validation).
  treeshake: { moduleSideEffects: (id) => !/packages[\\/]rules[\\/]src[\\/](?!index\.ts$)/.test(id) },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: false,
    entryFileNames: '[name].js',
    // A chunk is named after a module in it; the one with the shared element code (base.ts) is
    // "base" whichever module Rollup would name it after (a style sheet once), so a reader, and
    // the release check that changes it, find it.
    chunkFileNames: (chunk) =>
      chunk.moduleIds.some((id) => /packages[\\/]elements[\\/]src[\\/]base\.ts$/.test(id))
        ? 'chunks/base-[hash].js'
        : 'chunks/[name]-[hash].js',
    // No experimentalMinChunkSize: merging small chunks put the Welsh and practitioners' packs
    // back into the first load.
  },
  onwarn,
});

export default [
  npmBuild(
    'rules',
    {
      index: 'packages/rules/src/index.ts',
      lean: 'packages/rules/src/lean.ts',
      validate: 'packages/rules/src/validate.ts',
      'quick-validate': 'packages/rules/src/quick-validate.ts',
      cli: 'packages/rules/src/cli/main.ts',
      // The config in plain words (docs/config-reference.md is made from it): its own entry, so
      // the all-in-one file, which re-exports the rules, does not carry it.
      reference: 'packages/rules/src/config/reference.ts',
      // The quick check's shape read from the schema, for scripts/generate-config-shape.mjs alone.
      'config-shape': 'packages/rules/src/config/shape-of.ts',
    },
    {
      output: {
        banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
      },
    },
  ),
  npmBuild('elements', {
    index: 'packages/elements/src/index.ts',
    'quick-exit.define': 'packages/elements/src/quick-exit.define.ts',
    journey: 'packages/elements/src/journey/index.ts',
    list: 'packages/elements/src/list.ts',
    types: 'packages/elements/src/types.ts',
  }),
  // Every element from the one list: its class (index) and its define entry (<name>.js).
  ...ELEMENTS.map((e) => npmBuild(e.name, { index: elementFiles(e).index, [e.name]: elementFiles(e).define })),
  npmBuild('kit', { index: 'packages/kit/src/index.ts', words: 'packages/kit/src/words.ts' }),
  // The React components: 'use client' first, for Next.js's App Router (a directive in the source would be dropped).
  npmBuild('react', { index: 'packages/react/src/index.ts' }, { output: { banner: "'use client';" } }),
  cdnChunked(),
  // The rules alone, for a page that runs a decision itself: one file, every pack inside, sharing
  // no chunk with the elements. (Its chunks, imported as a page's static imports, could not be
  // checked, and a chunk the page has once loaded is the one every element on it gets.)
  cdnBuild('rpc-rules', 'packages/kit/src/cdn/rules.ts', 'dist/cdn'),
  // The config builder's page (docs/builder.html): every element for the preview, and the form. In
  // dist/builder/, not dist/cdn/: it is the builder page's script, not a file for council pages, so
  // it is not copied into @rpc-kit/kit or the WordPress plugin (the release ships it with its page).
  cdnBuild('rpc-config-builder', 'packages/config-builder/src/define.ts', 'dist/builder'),
].map((config) => ({
  ...config,
  plugins: [
    ...config.plugins,
    {
      name: 'make-cli-executable',
      writeBundle(options) {
        const cli = options.dir && `${options.dir}/cli.js`;
        if (cli && existsSync(cli)) chmodSync(cli, 0o755);
      },
    },
  ],
}));

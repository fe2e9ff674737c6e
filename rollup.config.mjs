// Builds every package for npm (ESM, bare imports, .d.ts) and the self-contained, minified
// CDN files in dist/cdn/ for <script type="module"> users (and the config builder's page script in
// dist/builder/). A type error fails the build.
import { chmodSync, existsSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
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

/**
 * Minifies the CSS in Lit's css`...` templates of the compiled code (terser leaves template text alone): comments go,
 * runs of white space become one. Templates with ${} are left as they are.
 */
const minifyCss = () => ({
  name: 'minify-css-templates',
  transform(code, id) {
    if (!id.endsWith('.ts') || !/\bcss ?`/.test(code)) return null;
    return {
      code: code.replace(/\bcss ?`([^`]*)`/g, (whole, body) =>
        body.includes('${')
          ? whole
          : `css\`${body
              .replace(/\/\*[\s\S]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/\s*([{};,])\s*/g, '$1')
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

/** A self-contained, minified CDN file: lit, zod/mini and the rules bundled in (in `dir`, dist/cdn/ unless said). */
const cdnBuild = (name, input, dir = 'dist/cdn') => ({
  input,
  plugins: [
    nodeResolve({ exportConditions: ['@rpc-kit/source'], browser: true }),
    strictTs({ tsconfig: 'tsconfig.cdn.json', sourceMap: false, inlineSources: false }),
    contentPacksInline(),
    minifyCss(),
    terser({ format: { comments: false }, ecma: 2020, module: true, compress: { passes: 2 } }),
  ],
  // One file for now: the rules' content packs are in it (see contentPacksInline).
  output: { file: `${dir}/${name}.js`, format: 'es', sourcemap: false, inlineDynamicImports: true },
  onwarn,
});

export default [
  npmBuild(
    'rules',
    {
      index: 'packages/rules/src/index.ts',
      lean: 'packages/rules/src/lean.ts',
      cli: 'packages/rules/src/cli/main.ts',
      // The config in plain words (docs/config-reference.md is made from it): its own entry, so
      // the all-in-one file, which re-exports the rules, does not carry it.
      reference: 'packages/rules/src/config/reference.ts',
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
  }),
  // Every element from the one list: its class (index) and its define entry (<name>.js).
  ...ELEMENTS.map((e) => npmBuild(e.name, { index: elementFiles(e).index, [e.name]: elementFiles(e).define })),
  npmBuild('kit', { index: 'packages/kit/src/index.ts', words: 'packages/kit/src/words.ts' }),
  // The React components: 'use client' first, for Next.js's App Router (a directive in the source would be dropped).
  npmBuild('react', { index: 'packages/react/src/index.ts' }, { output: { banner: "'use client';" } }),
  cdnBuild('rpc-kit', 'packages/kit/src/index.ts'),
  ...ELEMENTS.map((e) => cdnBuild(e.cdn.replace(/\.js$/, ''), elementFiles(e).define)),
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

// Copies the built CDN files (everything in dist/cdn/: the entry files, the loader and the shared
// chunks in chunks/, which the entry files import by relative paths, so the folder goes whole) to
// the packages that ship them: the npm package @rpc-kit/kit (as @rpc-kit/kit/cdn/...) and the
// WordPress plugin. Run by `npm run build` after rollup; the copies are not committed. The config
// builder's script is not a CDN file (it is built to dist/builder/ and ships only in the release,
// with its page): a copy left in dist/cdn/ by an older build is removed here.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const from = join(root, 'dist', 'cdn');
export const CDN_COPIES = [join(root, 'packages', 'kit', 'cdn'), join(root, 'packages', 'wordpress', 'cdn')];

if (!existsSync(join(from, 'rpc-kit.js'))) {
  console.error('copy-cdn: dist/cdn/rpc-kit.js is missing: run "npm run build" first.');
  process.exit(1);
}
rmSync(join(from, 'rpc-config-builder.js'), { force: true });
for (const to of CDN_COPIES) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true });
}
console.log(
  `CDN files (${readdirSync(from, { recursive: true }).filter((f) => f.endsWith('.js')).length} scripts, with chunks/) copied to ${CDN_COPIES.map((d) => d.slice(root.length + 1)).join(' and ')}.`,
);

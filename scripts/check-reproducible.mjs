// The CDN files build the same each time: builds them again (rollup.config.mjs, the chunked CDN
// build and rpc-rules.js) into a folder of its own and compares every file with dist/cdn/, byte for
// byte. A release's README carries the entry files' integrity hashes, and the npm package and the
// WordPress plugin carry the same files: a build that named or wrote its chunks otherwise each time
// would give files those hashes refuse. Run after `npm run build`.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';
import { CDN_DIR } from './cdn-graph.mjs';

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

const out = mkdtempSync(join(tmpdir(), 'rpc-cdn-'));
try {
  const cdn = configs.filter((c) => c.output.dir === 'dist/cdn' || c.output.file?.startsWith('dist/cdn/'));
  if (cdn.length !== 2) throw new Error(`expected the chunked CDN build and rpc-rules.js, found ${cdn.length} builds`);
  for (const { output, ...input } of cdn) {
    const bundle = await rollup(input);
    await bundle.write(
      output.dir ? { ...output, dir: out } : { ...output, file: join(out, relative('dist/cdn', output.file)) },
    );
    await bundle.close();
  }
  const files = (dir) =>
    walk(dir)
      .map((f) => relative(dir, f))
      .sort();
  const before = files(CDN_DIR);
  const again = files(out);
  const problems = [
    ...before.filter((f) => !again.includes(f)).map((f) => `${f}: not made by the second build`),
    ...again.filter((f) => !before.includes(f)).map((f) => `${f}: made only by the second build`),
    ...before
      .filter((f) => again.includes(f) && !readFileSync(join(CDN_DIR, f)).equals(readFileSync(join(out, f))))
      .map((f) => `${f}: not the same bytes`),
  ];
  if (problems.length) {
    console.error(`The CDN files differ between two builds:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log(`Reproducible: ${before.length} CDN files built again, each the same, byte for byte.`);
} finally {
  if (process.env.KEEP) console.log(out);
  else rmSync(out, { recursive: true, force: true });
}

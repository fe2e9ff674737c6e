// The list of chunks each CDN entry file preloads and then runs one by one, a task each
// (packages/kit/src/cdn/load-code.ts): every chunk its element code imports is in it, and each
// comes after the chunks it imports, so each task runs one chunk, not its imports too. And what
// each chunk loads later with import() (packages/kit/src/cdn/checked-import.ts): the chunk asked
// for and what it imports are listed, each with its own hash. Run after `npm run build`
// (node --test scripts/cdn-graph.test.mjs).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { test } from 'node:test';
import { CDN_DIR, closureOf, firstLoadOf, importsOf } from './cdn-graph.mjs';

const built = existsSync(CDN_DIR);
const entries = built ? readdirSync(CDN_DIR).filter((f) => f.endsWith('.js') && firstLoadOf(f).length > 1) : [];

test('the element files preload their chunks', { skip: !built && 'not built' }, () => {
  for (const f of ['rpc-screener.js', 'rpc-kit.js', 'rpc-quick-exit.js']) assert.ok(entries.includes(f), f);
});

for (const entry of entries) {
  test(`${entry}: each chunk comes after the chunks it imports, and none is missing`, () => {
    const list = firstLoadOf(entry).slice(1);
    assert.equal(new Set(list).size, list.length, 'a chunk twice');
    for (const [i, file] of list.entries())
      for (const imported of importsOf(file, CDN_DIR, { dynamic: false })) {
        const at = list.indexOf(imported);
        assert.ok(at !== -1, `${file} imports ${imported}, which is not in the list`);
        assert.ok(at < i, `${file} comes before ${imported}, which it imports`);
      }
    // What the entry file asks for with import() is in the list too (the element's code).
    for (const asked of importsOf(entry, CDN_DIR).filter((f) => f.startsWith('chunks/')))
      assert.ok(list.includes(asked), `${asked} is not in the list`);
    assert.ok(!readFileSync(join(CDN_DIR, entry), 'utf8').includes('__RPC_PRELOAD__'), 'the placeholder is left');
  });
}

test(
  'each import() in the chunks lists the chunk it loads and its imports, each with its own hash',
  { skip: !built && 'not built' },
  () => {
    const chunks = readdirSync(join(CDN_DIR, 'chunks')).map((f) => `chunks/${f}`);
    let checked = 0;
    for (const chunk of chunks) {
      const code = readFileSync(join(CDN_DIR, chunk), 'utf8');
      assert.ok(!code.includes('__RPC_CHECKED__'), `${chunk}: a placeholder is left`);
      // Each checked call: () => import("./x.js"), followed by its list.
      for (const [, asked, list] of code.matchAll(/import\("(\.\/[\w.-]+\.js)"\)[^[]*?,(\[\[.*?\]\])/g)) {
        const files = JSON.parse(list);
        assert.equal(files.at(-1)?.[0], asked, `${chunk}: the list for ${asked} does not end with it`);
        const named = new Set(files.map(([f]) => posix.join('chunks', f)));
        const loaded = closureOf(chunk, CDN_DIR, { dynamic: false });
        for (const imported of closureOf(posix.join('chunks', asked.slice(2)), CDN_DIR, { dynamic: false }))
          assert.ok(
            named.has(imported) || loaded.includes(imported),
            `${chunk}: ${asked} imports ${imported}, which is neither listed nor loaded already`,
          );
        for (const [file, hash] of files) {
          const bytes = readFileSync(join(CDN_DIR, 'chunks', file));
          assert.equal(
            hash,
            `sha256-${createHash('sha256').update(bytes).digest('base64')}`,
            `${chunk}: the hash of ${file}`,
          );
        }
        checked += 1;
      }
    }
    assert.ok(checked > 20, `only ${checked} checked imports found`);
  },
);

test('rpc-rules.js is one file, sharing no chunk with the elements', { skip: !built && 'not built' }, () => {
  // Its imports would be a page's static imports, which nothing checks, and the first copy of a
  // chunk a page loads is the one every element on it gets.
  assert.deepEqual(importsOf('rpc-rules.js'), []);
});

test('the autoloader holds each element file’s own hash', { skip: !built && 'not built' }, () => {
  const code = readFileSync(join(CDN_DIR, 'rpc-kit-loader.js'), 'utf8');
  const hashes = [...code.matchAll(/"([\w-]+\.js)":"(sha256-[\w+/=]+)"/g)];
  const files = readdirSync(CDN_DIR).filter(
    (f) => /^rpc-.*\.js$/.test(f) && !['rpc-kit-loader.js', 'rpc-rules.js', 'rpc-kit.js'].includes(f),
  );
  assert.deepEqual(hashes.map(([, f]) => f).sort(), files.sort());
  for (const [, file, hash] of hashes)
    assert.equal(
      hash,
      `sha256-${createHash('sha256')
        .update(readFileSync(join(CDN_DIR, file)))
        .digest('base64')}`,
      file,
    );
});

// The list of chunks each CDN entry file preloads and then runs one by one, a task each
// (packages/kit/src/cdn/load-code.ts): every chunk its element code imports is in it, and each
// comes after the chunks it imports, so each task runs one chunk, not its imports too. Run after
// `npm run build` (node --test scripts/cdn-graph.test.mjs).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CDN_DIR, firstLoadOf, importsOf } from './cdn-graph.mjs';

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

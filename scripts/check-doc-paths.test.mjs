// The docs' path check: which backticked names it takes as paths, and that it finds a path the
// docs shorten and fails on one that is gone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { missingPaths, pathsIn } from './check-doc-paths.mjs';
import { ROOT } from './elements.mjs';

describe('check-doc-paths', () => {
  it('takes paths and file names, not package names, placeholders, commands or build output', () => {
    const text =
      'See `packages/rules/src/safety/floor.ts`, `decision/evaluate.ts`, `poster-sheet.ts`, `styles/`, ' +
      '`@rpc-kit/rules/lean`, `./define.js`, `packages/<name>/src/<name>.ts`, `npm run lint`, ' +
      '`dist/cdn/rpc-screener.js`, `ui.start`, `{ one, other }`.\n```\nnot/in/code.ts\n```';
    assert.deepEqual(pathsIn(text), [
      'packages/rules/src/safety/floor.ts',
      'decision/evaluate.ts',
      'poster-sheet.ts',
      'styles',
    ]);
  });

  it('finds paths from the root, a package or its src, and fails on one that does not exist', () => {
    assert.deepEqual(
      missingPaths(ROOT, [
        'packages/kit/elements.json',
        'rules/src/decision/evaluate.ts',
        'decision/evaluate.ts',
        'src/index.ts',
        'poster-sheet.ts',
        'decision/gone.ts',
        'gone.ts',
      ]),
      ['decision/gone.ts', 'gone.ts'],
    );
  });
});

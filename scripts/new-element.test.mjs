// The element generator, tried on a copy of the repository in a temporary folder (nothing is
// left in this one): the new element is registered everywhere the build needs it, the generated
// files are up to date, the layout holds, everything type-checks, and the shared suites pass
// against it in a real browser.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './elements.mjs';

const NAME = 'practice-notes';
let copy;

const node = (args, cwd = copy) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
const read = (path) => readFileSync(join(copy, path), 'utf8');

describe('npm run new-element', () => {
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'rpc-kit-new-element-'));
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\0')
      .filter((f) => f && existsSync(join(ROOT, f)));
    for (const f of files) {
      mkdirSync(dirname(join(copy, f)), { recursive: true });
      cpSync(join(ROOT, f), join(copy, f));
    }
    // node_modules as npm would make it for the copy: the same dependencies, our packages linked to the copy's.
    mkdirSync(join(copy, 'node_modules', '@rpc-kit'), { recursive: true });
    for (const entry of readdirSync(join(ROOT, 'node_modules')))
      if (entry !== '@rpc-kit') symlinkSync(join(ROOT, 'node_modules', entry), join(copy, 'node_modules', entry));
    for (const pkg of readdirSync(join(copy, 'packages')))
      if (existsSync(join(copy, 'packages', pkg, 'package.json')))
        symlinkSync(join(copy, 'packages', pkg), join(copy, 'node_modules', '@rpc-kit', pkg));
  });

  after(() => rmSync(copy, { recursive: true, force: true }));

  it('writes the element in the shape every element has, and registers it everywhere', () => {
    const run = node([join(ROOT, 'scripts', 'new-element.mjs'), NAME, '--root', copy], ROOT);
    assert.equal(run.status, 0, run.stderr);
    for (const f of ['component.ts', 'styles.ts', 'messages.ts'])
      assert.ok(existsSync(join(copy, `packages/${NAME}/src/${NAME}.${f}`)), f);
    for (const f of [`src/${NAME}.ts`, 'src/index.ts', `test/${NAME}.test.ts`, 'package.json', 'tsconfig.build.json'])
      assert.ok(existsSync(join(copy, `packages/${NAME}`, f)), f);
    assert.ok(existsSync(join(copy, `stories/${NAME}.stories.ts`)));
    const list = JSON.parse(read('packages/kit/elements.json')).elements;
    assert.deepEqual(list.at(-1), {
      name: NAME,
      tag: `rpc-${NAME}`,
      package: `@rpc-kit/${NAME}`,
      class: 'RpcPracticeNotes',
      cdn: `rpc-${NAME}.js`,
      journey: null,
      budget: '80 kB',
    });
    assert.ok(JSON.parse(read('package.json')).workspaces.includes(`packages/${NAME}`));
    assert.ok(JSON.parse(read('packages/kit/package.json')).dependencies[`@rpc-kit/${NAME}`]);
    assert.match(
      read('packages/kit/src/define.generated.ts'),
      /import '@rpc-kit\/practice-notes\/practice-notes\.js';/,
    );
    assert.match(read('packages/kit/src/elements.generated.ts'), /RpcPracticeNotes/);
    assert.match(read('packages/rules/src/i18n/message-ids.generated.ts'), /'ui\.practice-notes\.title'/);
    // Nothing was written here.
    assert.equal(existsSync(join(ROOT, 'packages', NAME)), false);
  });

  it('refuses a name already taken, and a name that is not lower-case words', () => {
    for (const name of [NAME, 'screener', 'Bad_Name']) {
      const run = node([join(ROOT, 'scripts', 'new-element.mjs'), name, '--root', copy], ROOT);
      assert.equal(run.status, 1, name);
      assert.match(run.stderr, /new-element: /);
    }
  });

  it('leaves the generated files up to date and the layout whole', () => {
    for (const script of [['scripts/generate.mjs', '--check'], ['scripts/check-architecture.mjs']]) {
      const run = node(script);
      assert.equal(run.status, 0, `${script[0]}: ${run.stderr}`);
    }
  });

  it('is picked up by the build, the size budgets and the test runner', () => {
    // Read in the copy (the build's plugins look for their files from where they run).
    const outputs = node([
      '--input-type=module',
      '-e',
      `const rollup = (await import('./rollup.config.mjs')).default;
       const sizes = (await import('./.size-limit.mjs')).default;
       const wtr = (await import('./web-test-runner.config.mjs')).default;
       const files = rollup.flatMap((c) => [c.output.file ?? c.output.dir, ...(typeof c.input === 'object' ? Object.keys(c.input).map((n) => c.output.dir + '/' + n + '.js') : [])]);
       console.log(JSON.stringify({ files, sizes: sizes.flatMap((s) => [s.path].flat()), tests: wtr.files }));`,
    ]);
    assert.equal(outputs.status, 0, outputs.stderr);
    const { files, sizes, tests } = JSON.parse(outputs.stdout);
    assert.ok(files.includes(`dist/cdn/rpc-${NAME}.js`));
    assert.ok(files.includes(`packages/${NAME}/dist`));
    assert.ok(sizes.includes(`dist/cdn/rpc-${NAME}.js`));
    assert.ok(tests.includes('packages/*/test/**/*.test.ts'));
  });

  it('type-checks, lints, and passes the shared suites in a real browser', () => {
    const tsc = node([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']);
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    const lint = node([
      join(ROOT, 'node_modules/eslint/bin/eslint.js'),
      `packages/${NAME}`,
      `stories/${NAME}.stories.ts`,
    ]);
    assert.equal(lint.status, 0, lint.stdout + lint.stderr);
    const tests = node([
      join(ROOT, 'node_modules/@web/test-runner/dist/bin.js'),
      `packages/${NAME}/test/*.test.ts`,
      '--coverage=false',
    ]);
    assert.equal(tests.status, 0, tests.stdout.slice(-3000) + tests.stderr.slice(-2000));
    assert.match(tests.stdout, /passed, 0 failed/);
  });
});

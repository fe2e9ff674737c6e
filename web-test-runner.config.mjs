// Browser tests in a real Chromium (see scripts/find-browser.mjs for how it is found).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { BROWSER_ARGS, findBrowser } from './scripts/find-browser.mjs';
import { orukDemoResponse } from './scripts/oruk-demo-api.mjs';
import { elementFiles, readElements } from './scripts/elements.mjs';

/**
 * The demo pages load /cdn/*.js (the builder page its rpc-config-builder.js, beside it); in tests
 * those are the sources, so no build is needed.
 */
const CDN_SOURCES = {
  'rpc-kit.js': '/packages/kit/src/index.ts',
  ...Object.fromEntries(readElements().map((e) => [e.cdn, `/${elementFiles(e).define}`])),
  'rpc-config-builder.js': '/packages/config-builder/src/define.ts',
  'rpc-rules.js': '/packages/kit/src/cdn/rules.ts',
  'rpc-quick-exit.js': '/packages/elements/src/quick-exit.define.ts',
};
function cdnFromSource(context, next) {
  const match = /^\/cdn\/([\w-]+\.js)(\?.*)?$/.exec(context.url);
  const source = match && CDN_SOURCES[match[1]];
  if (source) {
    context.redirect(`${source}${match[2] ?? ''}`);
    return undefined;
  }
  return next();
}

/** The demo Open Referral UK API (/api/oruk/services?page=N), as `npm start` serves it. */
async function orukApi(context, next) {
  // A feed that never answers in time, for the fallback tests.
  if (context.path === '/api/oruk/slow') await new Promise((r) => setTimeout(r, 3000));
  const api = await orukDemoResponse(context.path, context.querystring);
  if (!api) return next();
  context.status = api.status;
  context.type = 'application/json';
  context.body = api.body;
  return undefined;
}

/**
 * `executeServerCommand('bring-to-front')`: makes the test's page the one the browser shows. Test
 * pages run side by side, and a page in the background gets no rendering updates, so no
 * IntersectionObserver report (the quick exit's pinning waits for one) and no animation frame. Two
 * files that need the front (the quick exit's and the first screen's) would take it from each
 * other in the middle of a test: the first to ask keeps it until its file says `release-front`
 * (in its `after`), and the other waits (45 s at most, within a test's time limit of 60 s, for a file
 * that never says it).
 */
let front = { owner: '', free: Promise.resolve(), release() {} };
const bringToFront = {
  name: 'bring-to-front',
  async executeCommand({ command, session }) {
    if (command === 'release-front') {
      if (front.owner === session.id) front.release();
      return true;
    }
    if (command !== 'bring-to-front') return undefined;
    while (front.owner && front.owner !== session.id) {
      const held = front;
      await Promise.race([held.free, new Promise((r) => setTimeout(r, 45000).unref())]);
      // Still that file's after the wait: it failed before its `after`.
      if (front === held) held.release();
    }
    if (!front.owner) {
      let free;
      const mine = {
        owner: session.id,
        free: new Promise((r) => (free = r)),
        release: () => ((mine.owner = ''), free()),
      };
      front = mine;
    }
    await session.browser.getPage(session.id).bringToFront();
    return true;
  },
};

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
  middleware: [cdnFromSource, orukApi],
  nodeResolve: { exportConditions: ['@rpc-kit/source', 'browser', 'development'] },
  // a11ySnapshot: the accessibility tree as a screen reader gets it (the quick exit's tests).
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    a11ySnapshotPlugin(),
    bringToFront,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findBrowser(),
        headless: true,
        // Test pages run side by side: keep the ones in the background ticking (animation frames, timers).
        args: [
          ...BROWSER_ARGS,
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // axe with WCAG 2.2's target size (24 by 24 px, or spaced) too: axe leaves that rule off unless asked.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <body>
    <script type="module">
      import 'axe-core/axe.min.js';
      window.axe.configure({ rules: [{ id: 'target-size', enabled: true }] });
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  concurrency: 2,
  // The whole run takes about a minute and a half on two cores; a hung test still fails well within CI's time.
  testsFinishTimeout: 300000,
  // Generous: axe and property tests are slow on a busy two-core machine; a hung test still fails.
  testFramework: { config: { timeout: 60000 } },
  coverage: true,
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    exclude: ['packages/rules/src/cli/main.ts', '**/node_modules/**'],
    reportDir: 'coverage',
    // Thresholds per package are checked by scripts/check-coverage.mjs from lcov.info.
    reporters: ['lcovonly'],
  },
};

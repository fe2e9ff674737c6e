// Browser tests in a real Chromium (see scripts/find-browser.mjs for how it is found).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { BROWSER_ARGS, findBrowser } from './scripts/find-browser.mjs';

/** The demo page loads /cdn/rpc-kit.js; in tests that is the kit's source, so no build is needed. */
function cdnFromSource(context, next) {
  const match = /^\/cdn\/rpc-kit\.js(\?.*)?$/.exec(context.url);
  if (match) {
    context.redirect(`/packages/kit/src/index.ts${match[1] ?? ''}`);
    return undefined;
  }
  return next();
}

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
  middleware: [cdnFromSource],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findBrowser(), headless: true, args: BROWSER_ARGS },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  coverage: true,
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    exclude: ['packages/rules/src/cli.ts', '**/node_modules/**'],
    reportDir: 'coverage',
    // Thresholds per package are checked by scripts/check-coverage.mjs from lcov.info.
    reporters: ['lcovonly'],
  },
};

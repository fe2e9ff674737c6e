// An element rendered on a server with @lit-labs/ssr, then hydrated in a real Chromium with
// @lit-labs/ssr-client (as Eleventy, Astro and Next.js plugins do): the page shows the server's
// HTML (declarative shadow DOM) before any script runs; once the element's code loads it takes over
// the same shadow root and the same nodes (no second render from scratch, no hydration mismatch),
// the page's quick exit shows, and a click on Start moves the journey on. Reads the built packages (dist/): run after
// `npm run build` (node --test scripts/ssr-hydrate.test.mjs).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { build } from 'esbuild';
import { html } from 'lit';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

test('<rpc-screener> rendered on a server hydrates in Chromium: same shadow root and nodes, the quick exit, and Start works', async () => {
  await import('@rpc-kit/screener/define.js');
  const markup = await collectResult(render(html`<rpc-screener lang="en"></rpc-screener>`));
  // The hydration support must load before Lit does; then the element's define entry.
  const script = (
    await build({
      stdin: {
        contents:
          "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport '@rpc-kit/screener/define.js';",
        resolveDir: root,
        loader: 'js',
      },
      bundle: true,
      conditions: process.env.LIT_DEV ? ['development'] : [],
      write: false,
      format: 'esm',
      logLevel: 'error',
    })
  ).outputFiles[0].text;
  // Before the element's code runs: keep the server's shadow root and its heading, to compare.
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hydration</title></head><body>
${markup}
<script>
  const host = document.querySelector('rpc-screener');
  window.serverRoot = host.shadowRoot;
  window.serverHeading = host.shadowRoot && host.shadowRoot.querySelector('h1, h2');
  window.serverDefined = Boolean(customElements.get('rpc-screener'));
</script>
<script type="module" src="/element.js"></script></body></html>`;
  const server = createServer((request, response) => {
    if (request.url === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (request.url === '/element.js')
      return response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction(() => customElements.get('rpc-screener'));
    await tab.evaluate(async () => {
      const host = document.querySelector('rpc-screener');
      await host.updateComplete;
      await host.shadowRoot.querySelector('rpc-quick-exit')?.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    const state = await tab.evaluate(() => {
      const host = document.querySelector('rpc-screener');
      return {
        serverShadow: Boolean(window.serverRoot),
        serverHeading: window.serverHeading?.textContent.trim(),
        definedBefore: window.serverDefined,
        sameRoot: host.shadowRoot === window.serverRoot,
        sameHeading: host.shadowRoot.querySelector('h1, h2') === window.serverHeading,
        headings: host.shadowRoot.querySelectorAll('h1, h2').length,
        exitButton: host.shadowRoot.querySelector('rpc-quick-exit')?.shadowRoot?.querySelector('button')?.textContent,
      };
    });
    assert.equal(state.definedBefore, false, 'the element was defined before the server HTML was shown');
    assert.ok(state.serverShadow, 'the server HTML has no declarative shadow root');
    assert.equal(state.serverHeading, 'Find the right help with arguments at home');
    assert.ok(state.sameRoot, 'the element made a new shadow root instead of hydrating the server one');
    assert.ok(state.sameHeading, 'the heading is a new node: the element rendered again from scratch');
    assert.equal(state.headings, 1, 'the server content and a client render are both there');
    assert.match(state.exitButton ?? '', /Exit this page/, 'no quick exit after hydration');
    await tab.evaluate(() => document.querySelector('rpc-screener').shadowRoot.querySelector('.intro button').click());
    await tab.waitForFunction(
      () => /safe for you to answer/.test(document.querySelector('rpc-screener').shadowRoot.textContent),
      { timeout: 5000 },
    );
    assert.deepEqual(errors, [], `errors on the page: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    server.close();
  }
});

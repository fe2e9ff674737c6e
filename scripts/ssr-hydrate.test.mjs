// Every element in the one list (packages/kit/elements.json) rendered on a server with
// @lit-labs/ssr, then hydrated in a real Chromium with @lit-labs/ssr-client (as Eleventy, Astro
// and Next.js plugins do): the page shows the server's HTML (declarative shadow DOM) before any
// script runs; once the element's code loads it takes over the same shadow root and the same nodes
// (no render from scratch, no hydration mismatch), the page's quick exit shows for an element that
// carries one, and on the screener a click on Start moves the journey on. Reads the built packages
// (dist/): run after `npm run build` (node --test scripts/ssr-hydrate.test.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { build } from 'esbuild';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { elements } = JSON.parse(readFileSync(new URL('../packages/kit/elements.json', import.meta.url), 'utf8'));

/** The page for one element: the server's HTML, then its code with the hydration support. */
async function pageFor(element) {
  await import(`${element.package}/define.js`);
  const tag = unsafeStatic(element.tag);
  const markup = await collectResult(render(staticHtml`<${tag} lang="en"></${tag}>`));
  // The hydration support must load before Lit does; then the element's define entry.
  const script = (
    await build({
      stdin: {
        contents: `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport '${element.package}/define.js';`,
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
  // Before the element's code runs: keep the server's shadow root and its first heading, to compare.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hydration</title></head><body>
${markup}
<script>
  const host = document.querySelector('${element.tag}');
  window.serverRoot = host.shadowRoot;
  window.serverHeading = host.shadowRoot && host.shadowRoot.querySelector('h1, h2');
  window.serverDefined = Boolean(customElements.get('${element.tag}'));
</script>
<script type="module" src="/element.js"></script></body></html>`;
  return { html, script, quickExit: markup.includes('<rpc-quick-exit') };
}

let current;
const server = createServer((request, response) => {
  if (request.url === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(current.html);
  if (request.url === '/element.js')
    return response.writeHead(200, { 'content-type': 'text/javascript' }).end(current.script);
  response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
});
let browser;
before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
  server.close();
});

for (const element of elements) {
  test(`<${element.tag}> rendered on a server hydrates in Chromium: same shadow root and nodes, no mismatch`, async () => {
    current = await pageFor(element);
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction((tag) => customElements.get(tag), {}, element.tag);
    await tab.evaluate(async (tag) => {
      const host = document.querySelector(tag);
      await host.updateComplete;
      await host.shadowRoot.querySelector('rpc-quick-exit')?.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }, element.tag);
    const state = await tab.evaluate((tag) => {
      const host = document.querySelector(tag);
      return {
        serverShadow: Boolean(window.serverRoot),
        serverHeading: window.serverHeading?.textContent.trim(),
        definedBefore: window.serverDefined,
        sameRoot: host.shadowRoot === window.serverRoot,
        sameHeading: host.shadowRoot.querySelector('h1, h2') === window.serverHeading,
        exitButton: host.shadowRoot.querySelector('rpc-quick-exit')?.shadowRoot?.querySelector('button')?.textContent,
      };
    }, element.tag);
    assert.equal(state.definedBefore, false, 'the element was defined before the server HTML was shown');
    assert.ok(state.serverShadow, 'the server HTML has no declarative shadow root');
    assert.ok(state.serverHeading, 'the server HTML has no heading');
    assert.ok(state.sameRoot, 'the element made a new shadow root instead of hydrating the server one');
    assert.ok(state.sameHeading, 'the first heading is a new node: the element rendered again from scratch');
    if (current.quickExit) assert.match(state.exitButton ?? '', /Exit this page/, 'no quick exit after hydration');
    if (element.tag === 'rpc-screener') {
      assert.equal(state.serverHeading, 'Find the right help with arguments at home');
      await tab.evaluate(() =>
        document.querySelector('rpc-screener').shadowRoot.querySelector('.intro button').click(),
      );
      await tab.waitForFunction(
        () => /safe for you to answer/.test(document.querySelector('rpc-screener').shadowRoot.textContent),
        { timeout: 5000 },
      );
    }
    assert.deepEqual(errors, [], `errors on the page: ${errors.join('; ')}`);
    await tab.close();
  });
}

// The React consumer's app (test/e2e/consumer/react-app.tsx for React 19, react18-app.tsx for
// React 18, bundled by check-packages.sh from the installed tarballs) in a real Chromium: the
// council config arrived (a service from it in <HelpFinder>, one of its own pathways in the
// signposter: a plain tag in React 19, <Signposter> in React 18), events reached the app's
// handlers (rpc-view on showing, rpc-start on pressing Start), nothing failed on the page.
// Usage: node test/e2e/react-smoke.mjs <the consumer's directory, with out/react-app.js> [the app's URL,
// when it serves itself, as a Next.js app does]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';

const site = process.argv[2];
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Family Hub</title></head>
<body><div id="root"></div><script type="module" src="/react-app.js"></script></body></html>`;
const problems = [];
const server = createServer((request, response) => {
  if (request.url === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  if (request.url === '/react-app.js')
    return response
      .writeHead(200, { 'content-type': 'text/javascript' })
      .end(readFileSync(join(site, 'out/react-app.js')));
  if (request.url === '/favicon.ico') return response.writeHead(204).end();
  problems.push(`request for ${request.url}, which the page does not have`);
  response.writeHead(404).end();
});
const given = process.argv[3];
if (!given) await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = given ?? `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A browser asks for /favicon.ico by itself; an app with none (as a bare Next.js app) answers 404.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico'))
      problems.push(`console error: ${m.text()}`);
  });
  await page.goto(url);
  /** The text of an element's shadow root, once it holds `text` (or what it holds after 10 s). */
  const shadowText = (tag, text) =>
    page
      .waitForFunction(
        (t, x) => document.querySelector(t)?.shadowRoot?.textContent?.includes(x),
        { timeout: 10_000 },
        tag,
        text,
      )
      .then(
        () => true,
        () => false,
      );
  if (!(await shadowText('rpc-help-finder', 'Family Hub: relationships and parenting support')))
    problems.push('<HelpFinder config={council}> does not show the council’s service: the config did not arrive');
  if (!(await shadowText('rpc-signposter', 'Dads Together group')))
    problems.push('the signposter does not show the council’s own pathway: the config did not arrive');
  await page
    .waitForFunction(() => document.querySelector('#heard')?.textContent?.includes('view:list'), { timeout: 10_000 })
    .catch(() => problems.push('onView did not hear rpc-view'));
  const start = await page.waitForFunction(
    () => document.querySelector('rpc-screener')?.shadowRoot?.querySelector('.intro button'),
    { timeout: 10_000 },
  );
  await start.asElement().click();
  await page
    .waitForFunction(() => document.querySelector('#heard')?.textContent?.includes('start:rpc-screener'), {
      timeout: 10_000,
    })
    .catch(() => problems.push('pressing Start: onStart did not hear rpc-start'));
  const attributes = await page.evaluate(() =>
    [...document.querySelectorAll('rpc-screener, rpc-help-finder, rpc-signposter')].map((el) =>
      el.getAttribute('config'),
    ),
  );
  const attribute = attributes.find(Boolean);
  if (attribute) problems.push(`the config became an attribute: config="${attribute}"`);
} finally {
  await browser.close();
  if (!given) server.close();
}
if (problems.length) {
  console.error(`React smoke test failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(site, 'node_modules/react/package.json'), 'utf8'));
console.log(`React ${version}: in Chromium, the config arrived and onView and onStart heard their events`);

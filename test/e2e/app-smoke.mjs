// A consumer's app, built from the installed tarballs by check-packages.sh (React 19 and React 18
// bundled with esbuild, a plain Vite app built by `vite build`, a Vue 3 app bundled with esbuild),
// check-pnpm.sh (a Vite app in a pnpm project), check-astro.sh (an Astro site) or check-next.sh
// (Next.js), in a real Chromium. Every app shows the same three elements with the
// example council's config and writes what it heard in #heard: the config arrived (a service from it
// in the help finder, one of its own pathways in the signposter, never as an attribute, and an
// element given `config-src` fetched that file, as check-astro.sh's page does), events
// reached the app's handlers (rpc-view on showing, rpc-start on pressing Start), nothing failed.
// Usage: node test/e2e/app-smoke.mjs <the app's name> <the built app's directory> [the app's URL, when
// it serves itself, as a Next.js app does]. The directory is served as it is; with no index.html in
// it, `/` is a bare page that loads its app.js.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';

const [name, given] = [process.argv[2], process.argv[4]];
const dir = resolve(process.argv[3]);
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Family Hub</title></head>
<body><div id="root"></div><script type="module" src="/app.js"></script></body></html>`;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const problems = [];
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  if (path === '/' && !existsSync(join(dir, 'index.html')))
    return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  const file = join(dir, normalize(path === '/' ? '/index.html' : path));
  if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile())
    return response
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  if (path === '/favicon.ico') return response.writeHead(204).end();
  problems.push(`request for ${request.url}, which the app does not have`);
  response.writeHead(404).end();
});
if (!given) await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = given ?? `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const answered = new Map();
  page.on('response', (response) => answered.set(response.url(), response.status()));
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
    problems.push('the help finder does not show the council’s service: the config did not arrive');
  if (!(await shadowText('rpc-signposter', 'Dads Together group')))
    problems.push('the signposter does not show the council’s own pathway: the config did not arrive');
  await page
    .waitForFunction(() => document.querySelector('#heard')?.textContent?.includes('view:list'), { timeout: 10_000 })
    .catch(() => problems.push('the app did not hear rpc-view'));
  const start = await page.waitForFunction(
    () => document.querySelector('rpc-screener')?.shadowRoot?.querySelector('.intro button'),
    { timeout: 10_000 },
  );
  await start.asElement().click();
  await page
    .waitForFunction(() => document.querySelector('#heard')?.textContent?.includes('start:rpc-screener'), {
      timeout: 10_000,
    })
    .catch(() => problems.push('pressing Start: the app did not hear rpc-start'));
  const attributes = await page.evaluate(() =>
    [...document.querySelectorAll('rpc-screener, rpc-help-finder, rpc-signposter')].map((el) =>
      el.getAttribute('config'),
    ),
  );
  const attribute = attributes.find(Boolean);
  if (attribute) problems.push(`the config became an attribute: config="${attribute}"`);
  const files = await page.evaluate(() =>
    [...document.querySelectorAll('[config-src]')].map((el) => [
      el.localName,
      new URL(el.getAttribute('config-src'), location.href).href,
    ]),
  );
  for (const [tag, file] of files)
    if (answered.get(file) !== 200) problems.push(`<${tag}> did not fetch its config-src ${file}`);
} finally {
  await browser.close();
  if (!given) server.close();
}
if (problems.length) {
  console.error(`${name}: the smoke test in Chromium failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${name}: in Chromium, the config arrived and the app heard rpc-view and rpc-start`);

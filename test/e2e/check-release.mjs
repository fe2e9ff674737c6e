// An outside check of the release zip, as a webmaster without Node would use it: unzip it, serve
// the folder with a plain web server (Python's, as the README suggests, when there is one), and in
// Chromium: the README's whole-page example shows a working screener with the council's config
// and one exit button, two elements on a page (by their own tags, and by the loader) share one
// copy of each file and one exit button, chunks changed on the way are refused (999 and the helplines shown), a missing chunks folder shows 999 and the helplines, a journey ends at the right result, the poster page prints as one A4 page,
// the config builder page works from its folder (a live element, a broken value shown at its JSON path),
// nothing is requested from another site, and the same page opened from disk (file://) shows no
// element, as the README warns. Run after `npm run release`: node test/e2e/check-release.mjs
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { readZip } from '../../scripts/unzip.mjs';
import { exitButtons, walkScreener } from './journeys.mjs';
import { pdfPages } from './pdf.mjs';
import { firstLoadOf, parentsPageOf } from '../../scripts/cdn-graph.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const zipPath = resolve(process.argv[2] ?? join(root, 'dist', 'release', `rpc-kit-${version}.zip`));
const work = mkdtempSync(join(tmpdir(), 'rpc-kit-release-'));
const problems = [];
// axe-core, as the browser tests use it (through @open-wc/testing).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A and AA problems axe finds on a page, as "rule: where" lines. */
async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** A static server for the unzipped folder: Python's http.server if installed, else a few lines of Node. */
async function serve(dir) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  if (spawnSync('python3', ['--version'], { stdio: 'ignore' }).status === 0) {
    const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'], {
      cwd: dir,
      stdio: 'ignore',
    });
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        return { url: `http://127.0.0.1:${port}/`, by: 'python3 -m http.server', stop: () => child.kill() };
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    child.kill();
  }
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const file = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(dir + sep)) return res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${port}/`, by: 'a static Node server', stop: () => server.close() };
}

let server;
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
try {
  for (const [name, { data }] of readZip(readFileSync(zipPath), 'release')) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(work, name)), { recursive: true });
    writeFileSync(join(work, name), data);
  }
  const site = join(work, `rpc-kit-${version}`);
  server = await serve(site);
  const origin = new URL(server.url).origin;

  const open = async (path, width = 320, onRequest = () => {}) => {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      onRequest(request.url());
      const target = new URL(request.url());
      if (target.origin === origin || target.protocol === 'data:' || target.protocol === 'file:')
        return request.continue();
      if (!request.isNavigationRequest()) problems.push(`${path}: request to another site: ${target.href}`);
      return request.abort();
    });
    page.on('pageerror', (error) => problems.push(`${path}: page error: ${error.message}`));
    // A browser asks every site for /favicon.ico; the examples have none, and that is fine.
    page.on('response', (r) => {
      if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico')
        problems.push(`${path}: ${r.status()} for ${r.url()}`);
    });
    page.on('console', (m) => {
      // The builder's preview elements report a config with problems on the console, as on any
      // page: expected there, while a value is broken on purpose.
      const expected = path.startsWith('config-builder/') && m.text().includes('the RPC Kit config has problems');
      if (m.type() === 'error' && !expected && !m.text().startsWith('Failed to load resource'))
        problems.push(`${path}: console error: ${m.text()}`);
    });
    await page.goto(path.startsWith('file:') ? path : `${server.url}${path}`, { waitUntil: 'networkidle0' });
    return page;
  };

  // The README's whole page: the screener with the council's config, one exit button, a journey.
  const page = await open('examples/page.html');
  const conflict = await page.evaluate(walkScreener, {
    relationship: 'together',
    stage: 'child',
    'child-arrangements-dispute': 'no',
    frequency: 'weekly',
  });
  if (process.env.VERBOSE) console.log(JSON.stringify({ ...conflict, text: undefined }));
  if (conflict.configError) problems.push('page.html: the config was not accepted');
  if (conflict.asked[1] !== 'danger-now') problems.push(`page.html: safety did not come first (${conflict.asked})`);
  if (!['conflict', 'no-concern'].includes(conflict.route)) problems.push(`page.html: route ${conflict.route}`);
  if (!conflict.pathways.includes('northshire-dads-group'))
    problems.push(`page.html: the council’s own offer is not shown (${conflict.pathways})`);
  const buttons = await page.evaluate(exitButtons);
  if (buttons.length !== 1) problems.push(`page.html: ${buttons.length} exit buttons, not 1`);
  await page.reload({ waitUntil: 'networkidle0' });
  const emergency = await page.evaluate(walkScreener, { 'danger-now': 'yes' });
  if (emergency.route !== 'emergency' || emergency.firstTel !== 'tel:999')
    problems.push(`page.html: danger now gave ${emergency.route} with ${emergency.firstTel} first, not 999`);

  // Two elements on one page, by one tag each and by the loader (the loader also for an element
  // added later), from a folder elsewhere on the site: both work, one exit button, each shared
  // file fetched once.
  const folder = join(site, 'deep', 'er');
  mkdirSync(folder, { recursive: true });
  cpSync(join(site, 'rpc-kit'), join(folder, 'rpc-kit'), { recursive: true });
  const body = (
    scripts,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two elements</title>${scripts}</head>
<body><main><h1>Two elements</h1><rpc-screener config-src="/deep/er/rpc-kit/northshire.config.json"></rpc-screener>
<rpc-help-finder config-src="/deep/er/rpc-kit/northshire.config.json"></rpc-help-finder></main></body></html>`;
  const tags = ['rpc-screener.js', 'rpc-help-finder.js']
    .map((f) => `<script type="module" src="/deep/er/rpc-kit/${f}"></script>`)
    .join('');
  writeFileSync(join(site, 'two-tags.html'), body(tags));
  writeFileSync(
    join(site, 'two-loader.html'),
    body('<script type="module" src="/deep/er/rpc-kit/rpc-kit-loader.js"></script>'),
  );
  for (const path of ['two-tags.html', 'two-loader.html']) {
    const requested = [];
    const two = await open(path, 1280, (url) => requested.push(url));
    await two.waitForFunction(() =>
      ['rpc-screener', 'rpc-help-finder'].every((tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('h2, h3'),
      ),
    );
    const count = (await two.evaluate(exitButtons)).length;
    if (count !== 1) problems.push(`${path}: ${count} exit buttons, not 1`);
    const twice = requested.filter((url, i) => url.endsWith('.js') && requested.indexOf(url) !== i);
    if (twice.length) problems.push(`${path}: fetched twice: ${[...new Set(twice)].join(', ')}`);
    if (!requested.some((url) => url.includes('/deep/er/rpc-kit/chunks/')))
      problems.push(`${path}: no shared chunk loaded`);
    if (path === 'two-loader.html') {
      await two.evaluate(() => document.querySelector('main').append(document.createElement('rpc-signposter')));
      await two.waitForFunction(() => customElements.get('rpc-signposter'), { timeout: 10000 });
      if (requested.some((url) => url.endsWith('/rpc-da-check.js')))
        problems.push('two-loader.html: the loader loaded an element that is not on the page');
    }
    await two.close();
  }

  // The loader finds an element in the open shadow root of a CMS's own component (a content block).
  writeFileSync(
    join(site, 'cms-block.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CMS block</title>
<script>customElements.define('cms-block', class extends HTMLElement { connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<rpc-help-finder config-src="/deep/er/rpc-kit/northshire.config.json"></rpc-help-finder>'; } });</script>
<script type="module" src="/deep/er/rpc-kit/rpc-kit-loader.js"></script></head>
<body><main><h1>CMS block</h1><cms-block></cms-block></main></body></html>`,
  );
  const cms = await open('cms-block.html', 1280);
  const inBlock = await cms
    .waitForFunction(
      () =>
        document
          .querySelector('cms-block')
          ?.shadowRoot?.querySelector('rpc-help-finder')
          ?.shadowRoot?.querySelector('h2'),
      { timeout: 10000 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!inBlock)
    problems.push('cms-block.html: the loader did not load an element inside a CMS component’s shadow root');
  await cms.close();

  // English for parents loads no Welsh or practitioners' pack (only the files the entry preloads
  // and config validation); a Welsh page loads its packs and speaks Welsh throughout.
  const page2 = [];
  const english = await open('examples/page.html', 320, (url) => page2.push(url));
  await english.waitForFunction(() => document.querySelector('rpc-screener')?.shadowRoot?.querySelector('h2'));
  const expected = new Set(parentsPageOf('rpc-screener.js', join(site, 'rpc-kit')));
  const extra = page2
    .map((url) => new URL(url).pathname)
    .filter((path) => path.startsWith('/rpc-kit/') && path.endsWith('.js'))
    .map((path) => path.slice('/rpc-kit/'.length))
    .filter((file) => !expected.has(file));
  if (extra.length) problems.push(`page.html (English, parents) loaded more than it needs: ${extra.join(', ')}`);
  await english.close();
  writeFileSync(
    join(site, 'welsh.html'),
    `<!doctype html><html lang="cy"><head><meta charset="utf-8"><title>Cymorth</title><script type="module" src="/rpc-kit/rpc-screener.js"></script></head>
<body><main><h1>Cymorth</h1><rpc-screener config-src="/rpc-kit/northshire.config.json"></rpc-screener></main></body></html>`,
  );
  const welsh = await open('welsh.html', 320);
  await welsh.waitForFunction(() => document.querySelector('rpc-screener')?.shadowRoot?.querySelector('h2'));
  const welshText = await welsh.evaluate(() => {
    const root = document.querySelector('rpc-screener').shadowRoot;
    [...root.querySelectorAll('button')].find((b) => /Dechrau/.test(b.textContent))?.click();
    return new Promise((resolve) => setTimeout(() => resolve(root.textContent), 300));
  });
  if (!welshText.includes('Ydy hi’n ddiogel'))
    problems.push(`welsh.html: the screener’s first question is not in Welsh: ${welshText.slice(0, 200)}`);
  await welsh.close();

  // A page about abuse with only the quick exit, by the loader: one exit button.
  writeFileSync(
    join(site, 'exit-only.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Exit only</title><script type="module" src="/deep/er/rpc-kit/rpc-kit-loader.js"></script></head>
<body><main><h1>Exit only</h1><rpc-quick-exit url="https://www.bbc.co.uk/weather"><a href="https://www.bbc.co.uk/weather">Exit this page</a></rpc-quick-exit></main></body></html>`,
  );
  const exitOnly = await open('exit-only.html', 1280);
  await exitOnly.waitForFunction(() => customElements.get('rpc-quick-exit'), { timeout: 10000 });
  const exits = (await exitOnly.evaluate(exitButtons)).length;
  if (exits !== 1) problems.push(`exit-only.html (the loader): ${exits} exit buttons, not 1`);
  await exitOnly.close();

  // A chunk changed on the way (a compromised CDN or proxy): the entry preloads every chunk with
  // its integrity hash and runs none until every one has passed, so no changed chunk runs, and the
  // element shows 999 and the helplines. Chromium fetches a chunk that failed its check again,
  // unchecked, if it is imported: so each of every chunk changed, only the last (the element's
  // own, run last once the first screen is drawn), and only the shared element code for a practitioners' page
  // (nothing drawn: the chunks run together). What the chunks load later with import() is checked
  // the same way, with the hashes each chunk holds: config validation (the element then shows the
  // defaults, with 999 and the helplines) and, on a Welsh page, the Welsh words. The autoloader
  // checks the element files it loads with the hashes it holds.
  const firstLoad = firstLoadOf('rpc-screener.js', join(site, 'rpc-kit')).filter((f) => f.startsWith('chunks/'));
  const allChunks = readdirSync(join(site, 'rpc-kit', 'chunks')).map((f) => `chunks/${f}`);
  const cases = [
    { name: 'every chunk', files: firstLoad, audience: 'parent' },
    { name: 'the last chunk', files: firstLoad.slice(-1), audience: 'parent' },
    {
      name: 'the shared element code, for practitioners',
      files: firstLoad.filter((f) => f.includes('/base-')),
      audience: 'practitioner',
    },
    {
      name: 'the element file, loaded by the autoloader',
      files: ['rpc-screener.js'],
      audience: 'parent',
      loader: true,
    },
    {
      name: 'config validation, the quick check a valid config passes (loaded after the first paint)',
      files: allChunks.filter((f) => f.includes('/quick-validate-')),
      audience: 'parent',
      later: true,
    },
    {
      // With the check refused, nothing is left to resolve a config with: the element still shows
      // the council's nation's helpline (Live Fear Free in Wales), read from its config.
      name: 'the quick check, for a Welsh council',
      files: allChunks.filter((f) => f.includes('/quick-validate-')),
      audience: 'parent',
      later: true,
      config: { nation: 'wales', council: { name: 'Cyngor Sir Enghraifft' } },
      helpline: 'tel:08088010800',
    },
    {
      name: 'the full config check, for a config with problems (loaded after the quick check)',
      files: allChunks.filter((f) => /\/validate-/.test(f)),
      audience: 'parent',
      later: true,
      config: { nation: 'england', contacts: [{ id: 'own-line', name: 'Our line', topics: ['not-a-topic'] }] },
      full: true,
    },
    {
      name: 'the Welsh safety questions and words, on a Welsh page',
      files: allChunks.filter((f) => /\/(safety|[\w-]+\.messages)-/.test(f)),
      audience: 'parent',
      lang: 'cy',
      later: true,
    },
  ];
  for (const [
    i,
    { name, files, audience, lang = 'en', later, loader, config, full, helpline = 'tel:08082000247' },
  ] of cases.entries()) {
    if (!files.length) problems.push(`changed chunks: no file for ${name}`);
    const changed = join(site, `changed${i}`);
    cpSync(join(site, 'rpc-kit'), join(changed, 'rpc-kit'), { recursive: true });
    if (config) writeFileSync(join(changed, 'rpc-kit', 'northshire.config.json'), JSON.stringify(config));
    for (const file of files) {
      const path = join(changed, 'rpc-kit', file);
      writeFileSync(path, `${readFileSync(path, 'utf8')}\nglobalThis.rpcChanged = (globalThis.rpcChanged ?? 0) + 1;\n`);
    }
    writeFileSync(
      join(site, `changed${i}.html`),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Changed</title><script type="module" src="/changed${i}/rpc-kit/${loader ? 'rpc-kit-loader.js' : 'rpc-screener.js'}"></script></head>
<body><main><h1>Changed</h1><rpc-screener audience="${audience}" config-src="/changed${i}/rpc-kit/northshire.config.json"></rpc-screener></main></body></html>`,
    );
    const tampered = await browser.newPage();
    const asked = [];
    tampered.on('request', (r) => asked.push(r.url()));
    await tampered.goto(`${server.url}changed${i}.html`, { waitUntil: 'networkidle0' });
    // A config with problems has the full check asked for (and refused, changed).
    if (full && !asked.some((u) => /\/chunks\/validate-[\w-]+\.js$/.test(u)))
      problems.push(`${name} changed: the full check was never asked for`);
    // Under the autoloader, an element of the same kind added after the file was refused gets
    // 999 and the helplines too.
    if (loader) {
      await tampered.evaluate(() => document.querySelector('main').append(document.createElement('rpc-screener')));
      await new Promise((r) => setTimeout(r, 500));
      const late = await tampered.evaluate(() =>
        Boolean(
          [...([...document.querySelectorAll('rpc-screener')][1]?.shadowRoot?.children ?? [])]
            .find((n) => n.hasAttribute('data-rpc-fallback'))
            ?.querySelector('a[href="tel:999"]'),
        ),
      );
      if (!late) problems.push(`${name} changed: an element added later shows no 999`);
    }
    const refused = await tampered.evaluate((later) => {
      const element = document.querySelector('rpc-screener');
      // Later: the element itself, with its defaults. Else the box, at the top of its shadow root.
      const where = later
        ? element.shadowRoot
        : [...(element.shadowRoot?.children ?? [])].find((n) => n.hasAttribute('data-rpc-fallback'));
      return {
        ran: globalThis.rpcChanged ?? 0,
        defined: Boolean(customElements.get('rpc-screener')),
        tels: [...(where?.querySelectorAll('a[href^="tel:"]') ?? [])].map((a) => a.getAttribute('href')),
      };
    }, Boolean(later));
    if (refused.ran || (refused.defined && !later))
      problems.push(`${name} changed: ${refused.ran} ran and the element was ${refused.defined ? '' : 'not '}defined`);
    // 999 first, then the nation's helpline (the first number after 999 in the element's own list).
    const first = refused.tels.find((t) => t !== 'tel:999');
    if (refused.tels[0] !== 'tel:999' || (later ? first !== helpline : !refused.tels.includes(helpline)))
      problems.push(`${name} changed: the element shows ${JSON.stringify(refused.tels)}, not 999 and ${helpline}`);
    await tampered.close();
  }

  // A stalled connection under the autoloader: the element file never answers. After 10 s the
  // element shows 999 and the helplines, one added then shows them at once, and when the file
  // comes at last both elements draw themselves with no box left.
  {
    writeFileSync(
      join(folder, 'stalled.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stalled</title><script type="module" src="/deep/er/rpc-kit/rpc-kit-loader.js"></script></head>
<body><main><h1>Stalled</h1><rpc-help-finder config-src="/deep/er/rpc-kit/northshire.config.json"></rpc-help-finder></main></body></html>`,
    );
    const held = [];
    let holding = true;
    // A context of its own: the chunks it loads stay out of the browser's cache for the pages after
    // (the next check takes the chunks folder away).
    const context = await browser.createBrowserContext();
    const stalled = await context.newPage();
    await stalled.setRequestInterception(true);
    stalled.on('request', (r) =>
      holding && r.url().endsWith('/rpc-kit/rpc-help-finder.js') ? held.push(r) : r.continue(),
    );
    await stalled.goto(`${server.url}deep/er/stalled.html`, { waitUntil: 'domcontentloaded' });
    await new Promise((r) => setTimeout(r, 10500));
    await stalled.evaluate(() => document.querySelector('main').append(document.createElement('rpc-help-finder')));
    const boxes = () =>
      stalled.evaluate(() =>
        [...document.querySelectorAll('rpc-help-finder')].map((el) => ({
          tels: [...(el.shadowRoot?.children ?? [])]
            .filter((n) => n.hasAttribute('data-rpc-fallback'))
            .flatMap((box) => [...box.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))),
          drawn: !!el.shadowRoot?.querySelector('h2'),
        })),
      );
    const during = await boxes();
    if (!held.length || during.some((b) => b.tels[0] !== 'tel:999' || !b.tels.includes('tel:08082000247')))
      problems.push(`the loader, its file stalled 10 s: ${JSON.stringify(during)} (not 999 and the helplines)`);
    holding = false;
    for (const r of held.splice(0)) r.continue();
    await stalled
      .waitForFunction(
        () => [...document.querySelectorAll('rpc-help-finder')].every((el) => el.shadowRoot?.querySelector('h2')),
        {
          timeout: 15000,
        },
      )
      .catch(() => undefined);
    const after = await boxes();
    if (after.some((b) => b.tels.length || !b.drawn))
      problems.push(`the loader, its file come after the stall: ${JSON.stringify(after)} (a box left, or not drawn)`);
    await context.close();
  }

  // A chunk that cannot load (the folder uploaded without its chunks): 999 and the helplines
  // show in the element, never a blank space.
  rmSync(join(folder, 'rpc-kit', 'chunks'), { recursive: true });
  const broken = await browser.newPage();
  await broken.goto(`${server.url}two-tags.html`, { waitUntil: 'networkidle0' });
  const shown = await broken.evaluate(() =>
    ['rpc-screener', 'rpc-help-finder'].map((tag) => {
      const box = [...(document.querySelector(tag).shadowRoot?.children ?? [])].find((n) =>
        n.hasAttribute('data-rpc-fallback'),
      );
      return box ? [...box.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')) : [];
    }),
  );
  for (const tels of shown)
    if (tels[0] !== 'tel:999' || !tels.includes('tel:08082000247'))
      problems.push(`without the chunks, an element shows ${JSON.stringify(tels)}, not 999 and the helplines`);
  await broken.close();

  // The pages a webmaster reads (the README, the guides) and the example page pass axe.
  for (const path of [
    'README.html',
    'guides/index.html',
    'guides/cms/wordpress.html',
    'guides/config.html',
    'guides/config-reference.html',
  ]) {
    for (const width of [320, 1280]) {
      const doc = await open(path, width);
      for (const violation of await axe(doc)) problems.push(`${path} at ${width} px: axe: ${violation}`);
      const wide = await doc.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      if (wide) problems.push(`${path} at ${width} px: wider than the screen`);
      await doc.close();
    }
  }
  for (const violation of await axe(page)) problems.push(`examples/page.html: axe: ${violation}`);

  // The poster page: one A4 page.
  const poster = await open('examples/poster.html', 1280);
  await poster.waitForFunction(() => document.querySelector('rpc-help-finder')?.shadowRoot?.querySelector('.poster'));
  const printed = pdfPages(await poster.pdf({ preferCSSPageSize: true }));
  if (printed.pages !== 1 || !printed.a4)
    problems.push(`poster.html prints on ${printed.pages} pages (A4: ${printed.a4})`);

  // The config builder, from its folder in the release: a live element beside the form, and a
  // broken value listed with its JSON path, in the form's summary and by the preview element.
  const builder = await open('config-builder/builder.html');
  await builder.waitForFunction(
    () => {
      const root = document.querySelector('rpc-config-builder')?.shadowRoot;
      const screener = root?.querySelector('#preview-panel rpc-screener');
      return root?.querySelector('.success-summary') && screener?.shadowRoot?.querySelector('.intro');
    },
    { timeout: 30000 },
  );
  for (const violation of await axe(builder)) problems.push(`config-builder/builder.html: axe: ${violation}`);
  const url = await builder.waitForSelector('rpc-config-builder >>> [id="field:$.council.url"]');
  await url.focus();
  await builder.keyboard.type('www.kelby.example');
  await builder.waitForFunction(
    () => document.querySelector('rpc-config-builder').shadowRoot.querySelector('.error-summary li'),
    { timeout: 15000 },
  );
  const builderShown = await builder.evaluate(async () => {
    const root = document.querySelector('rpc-config-builder').shadowRoot;
    const screener = root.querySelector('#preview-panel rpc-screener');
    await screener.updateComplete;
    return {
      listed: [...root.querySelectorAll('.error-summary li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
      preview: screener.shadowRoot.querySelector('.config-error')?.textContent.replace(/\s+/g, ' ') ?? '',
      width: document.documentElement.scrollWidth,
    };
  });
  if (!builderShown.listed.some((line) => line.startsWith('$.council.url')))
    problems.push(
      `config-builder/builder.html: the broken link is not listed at $.council.url (${builderShown.listed})`,
    );
  if (!builderShown.preview.includes('$.council.url'))
    problems.push('config-builder/builder.html: the preview element does not name $.council.url');
  if (builderShown.width > 320) problems.push(`config-builder/builder.html is ${builderShown.width} px wide at 320`);
  await builder.close();

  // Opened from disk, as the README warns: the element never starts.
  const fromDisk = await browser.newPage();
  await fromDisk.goto(`file://${join(site, 'examples', 'page.html')}`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 500));
  if (await fromDisk.evaluate(() => !!document.querySelector('rpc-screener').shadowRoot))
    problems.push('page.html from disk: the element ran, so the README’s warning is wrong');

  console.log(`(served by ${server.by}; the PDF read by ${printed.by})`);
} catch (error) {
  problems.push(error.message);
} finally {
  await browser.close();
  server?.stop();
  rmSync(work, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`Release outside check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  'Release outside check passed: from the unzipped release alone, the README’s page shows the screener with the council’s config and one exit button, two elements from a folder elsewhere (one tag each, or the loader, which also loads an element added later, and one inside a CMS component’s shadow root) share each file and one exit button, the loader alone gives a page with only the quick exit one exit button, an English page for parents loads no Welsh or practitioners’ pack and a Welsh page speaks Welsh, chunks changed on the way are refused and a missing chunks folder shows 999 and the helplines, as does an element file stalled 10 s under the loader (taken away when it comes), safety first, a conflict journey shows the council’s offers, danger now puts 999 first, the poster prints on one A4 page, the config builder shows a live screener and a broken link at $.council.url, no other site is contacted, the README, guides and page pass axe (WCAG 2.2 AA rules), and the page opened from disk stays empty as the README says.',
);

// An outside check of the built demo page, as a visitor's browser sees it: served by
// scripts/serve.mjs with a strict Content Security Policy. It walks to the emergency result,
// then uses the quick exit, and fails on any CSP violation, any request to another origin
// (other than the quick exit's own destination), or any storage.
// Run after `npm run build`: node test/e2e/check-demo.mjs
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { pdfPages } from './pdf.mjs';

const port = 18000 + Math.floor(Math.random() * 1000);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) } });
const url = await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => {
    const m = /http:\/\/localhost:(\d+)\//.exec(String(d));
    if (m) resolve(m[0]);
  });
  server.on('exit', () => reject(new Error('the demo server stopped')));
});

const problems = [];
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 320, height: 800 });
  await page.setRequestInterception(true);
  const exits = [];
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.origin === new URL(url).origin || target.protocol === 'data:') return request.continue();
    if (request.isNavigationRequest() && target.href === 'https://www.bbc.co.uk/weather') exits.push(target.href);
    else problems.push(`request to another origin: ${target.href}`);
    return request.abort();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  await page.goto(url, { waitUntil: 'networkidle0' });

  const step = (action) =>
    page.evaluate((action) => {
      const root = document.querySelector('rpc-screener').shadowRoot;
      if (action === 'start') root.querySelector('.intro button').click();
      else {
        root.querySelector(`input[value="${action}"]`).click();
        root.querySelector('button[type="submit"]').click();
      }
    }, action);
  for (const action of ['start', 'yes', 'yes']) {
    // Start waits for the questions if they have not arrived: wait for each question as a person would.
    if (action !== 'start')
      await page.waitForFunction(
        (a) => document.querySelector('rpc-screener').shadowRoot.querySelector(`input[value="${a}"]`),
        { timeout: 5000 },
        action,
      );
    await step(action);
    await new Promise((r) => setTimeout(r, 50));
  }
  const result = await page.evaluate(() => {
    const root = document.querySelector('rpc-screener').shadowRoot;
    return {
      route: root.querySelector('.result')?.dataset.route,
      firstTel: root.querySelector('.result a[href^="tel:"]')?.getAttribute('href'),
      storage: localStorage.length + sessionStorage.length + document.cookie.length,
    };
  });
  if (result.route !== 'emergency') problems.push(`expected the emergency route, got ${result.route}`);
  if (result.firstTel !== 'tel:999') problems.push(`expected 999 first, got ${result.firstTel}`);
  if (result.storage !== 0) problems.push('something was stored');

  await page.evaluate(() => {
    const qe = document.querySelector('rpc-screener').shadowRoot.querySelector('rpc-quick-exit');
    qe.shadowRoot.querySelector('button.exit').click();
  });
  await new Promise((r) => setTimeout(r, 300));
  if (exits.length !== 1)
    problems.push(`the quick exit did not go to BBC Weather (${exits.join(', ') || 'no navigation'})`);

  // The practitioners' page: one sign of abuse gives the abuse route, the helpline first, the
  // council's referral route, and a summary to print.
  const check = await browser.newPage();
  check.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  check.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  await check.goto(`${url}practitioners.html`, { waitUntil: 'networkidle0' });
  const da = await check.evaluate(async () => {
    const root = document.querySelector('rpc-da-check').shadowRoot;
    const tick = () => new Promise((r) => setTimeout(r, 20));
    // Start waits for the questions if they have not arrived: wait for each question as a person would.
    const find = async (selector) => {
      for (let i = 0; i < 250 && !root.querySelector(selector); i++) await tick();
      return root.querySelector(selector);
    };
    const answer = async (value) => {
      (await find(`input[value="${value}"]`)).click();
      root.querySelector('button[type="submit"]').click();
      await tick();
    };
    root.querySelector('.intro button').click();
    await tick();
    await answer('yes');
    for (let i = 0; i < 20 && root.querySelector('fieldset'); i++) {
      const id = root.querySelector('fieldset').dataset.questionId;
      await answer(id === 'economic' || id === 'can-disagree-safely' ? 'yes' : 'no');
    }
    return {
      route: root.querySelector('.result')?.dataset.route,
      firstTel: root.querySelector('.result a[href^="tel:"]')?.getAttribute('href'),
      text: root.textContent,
      print: [...root.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Print summary'),
    };
  });
  if (da.route !== 'domestic-abuse') problems.push(`da-check: expected domestic-abuse, got ${da.route}`);
  if (da.firstTel !== 'tel:08082000247') problems.push(`da-check: expected the helpline first, got ${da.firstTel}`);
  if (!da.text.includes('Northshire domestic abuse hub'))
    problems.push('da-check: the council referral route is missing');
  if (!da.print) problems.push('da-check: no Print summary button');

  // The Relationships page: the signposter's safety gate, the right pathways for the situations
  // tried, the council's own offers, and switching one off.
  const support = await browser.newPage();
  support.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  support.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  await support.goto(`${url}support.html`, { waitUntil: 'networkidle0' });
  const situations = {
    'together, baby, moderate': { relationship: 'together', stage: 'baby', dispute: 'no', conflict: 'moderate' },
    'separated, dispute, high': { relationship: 'separated', stage: 'child', dispute: 'yes', conflict: 'high' },
    'physical abuse': { physical: 'yes', relationship: 'together' },
    'not sure about control': { controlling: 'unsure', relationship: 'separating' },
  };
  const walked = await support.evaluate(async (situations) => {
    const el = document.querySelector('rpc-signposter:not([mode="list"])');
    const root = el.shadowRoot;
    const tick = () => new Promise((r) => setTimeout(r, 20));
    // Start waits for the questions if they have not arrived: wait for each question as a person would.
    const find = async (selector) => {
      for (let i = 0; i < 250 && !root.querySelector(selector); i++) await tick();
      return root.querySelector(selector);
    };
    const answer = async (value) => {
      (await find(`input[value="${value}"]`)).click();
      root.querySelector('button[type="submit"]').click();
      await tick();
    };
    const out = {};
    for (const [name, s] of Object.entries(situations)) {
      const asked = [];
      root.querySelector('.intro button').click();
      await tick();
      await answer('yes');
      // A step may ask several questions (the family's situation is one screen): answer each.
      for (let i = 0; i < 30 && root.querySelector('fieldset'); i++) {
        for (const fieldset of root.querySelectorAll('fieldset')) {
          const id = fieldset.dataset.questionId;
          asked.push(id);
          const given = { 'child-arrangements-dispute': s.dispute, ...s }[id];
          fieldset.querySelector(`input[value="${given ?? (id === 'can-disagree-safely' ? 'yes' : 'no')}"]`).click();
        }
        root.querySelector('button[type="submit"]').click();
        await tick();
      }
      out[name] = {
        asked,
        route: root.querySelector('.result')?.dataset.route,
        pathways: [...root.querySelectorAll('.result [data-pathway-id]')].map((n) => n.dataset.pathwayId),
      };
      [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start again').click();
      await tick();
    }
    return out;
  }, situations);
  const expectations = {
    'together, baby, moderate': { route: 'conflict', has: ['me-you-and-baby-too', 'northshire-dads-group'] },
    'separated, dispute, high': {
      route: 'conflict',
      has: ['northshire-parents-apart', 'parenting-when-separated'],
      not: ['mediation', 'arguing-better', 'me-you-and-baby-too'],
    },
    'physical abuse': {
      route: 'domestic-abuse',
      has: ['northshire-da-outreach'],
      not: ['northshire-dads-group', 'arguing-better', 'family-hub-support'],
    },
    'not sure about control': { route: 'unclear', not: ['mediation', 'arguing-better', 'cope'] },
  };
  for (const [name, want] of Object.entries(expectations)) {
    const got = walked[name];
    if (got.asked[0] !== 'danger-now')
      problems.push(`signposter (${name}): safety did not come first (${got.asked[0]})`);
    if (got.route !== want.route) problems.push(`signposter (${name}): expected ${want.route}, got ${got.route}`);
    for (const id of want.has ?? [])
      if (!got.pathways.includes(id)) problems.push(`signposter (${name}): ${id} missing (${got.pathways})`);
    for (const id of want.not ?? [])
      if (got.pathways.includes(id)) problems.push(`signposter (${name}): ${id} should not be shown`);
  }
  if (walked['physical abuse'].asked.some((id) => ['stage', 'conflict'].includes(id)))
    problems.push('signposter: asked about the family after a sign of abuse');
  // The council switches its own offer off in config: it is gone from the list.
  const listed = await support.evaluate(async () => {
    const el = document.querySelector('rpc-signposter[mode="list"]');
    const ids = () =>
      [...el.shadowRoot.querySelectorAll('.list > .pathways [data-pathway-id]')].map((n) => n.dataset.pathwayId);
    const before = ids();
    const config = await (await fetch('examples/northshire.config.json')).json();
    config.pathways.custom.find((p) => p.id === 'northshire-dads-group').enabled = false;
    config.pathways.defaults['arguing-better'] = false;
    el.config = config;
    await el.updateComplete;
    return { before, after: ids() };
  });
  if (!listed.before.includes('northshire-dads-group'))
    problems.push('signposter list: the council’s own offer is missing');
  if (listed.before.includes('mediation')) problems.push('signposter list: mediation is switched off but listed');
  if (listed.after.includes('northshire-dads-group') || listed.after.includes('arguing-better'))
    problems.push('signposter list: switched-off offers still listed');

  // The school's help page: the council's Open Referral UK feed (paged), and no request but the
  // page's own files and the feed.
  const help = await browser.newPage();
  const helpRequests = [];
  help.on('request', (r) => helpRequests.push(r.url()));
  help.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  help.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  await help.goto(`${url}help.html`, { waitUntil: 'networkidle0' });
  const finder = await help.evaluate(async () => {
    const el = document.querySelector('rpc-help-finder');
    for (let i = 0; i < 200 && el.feedStatus !== 'loaded' && el.feedStatus !== 'failed'; i++)
      await new Promise((r) => setTimeout(r, 25));
    await el.updateComplete;
    const ids = (s) => [...el.shadowRoot.querySelectorAll(s)].map((n) => n.dataset.serviceId);
    return {
      status: el.feedStatus,
      main: ids('.services:not(.da) [data-service-id]'),
      abuse: ids('.services.da [data-service-id]'),
      quickExit: !!el.shadowRoot.querySelector('rpc-quick-exit'),
    };
  });
  if (finder.status !== 'loaded') problems.push(`help finder: the feed did not load (${finder.status})`);
  if (!finder.main.includes('a1f6c2d0-0001-4e6b-9d1a-000000000001'))
    problems.push('help finder: a service from the feed is missing');
  if (finder.main.includes('a1f6c2d0-0005-4e6b-9d1a-000000000005'))
    problems.push('help finder: an inactive service is listed');
  if (finder.main.some((id) => finder.abuse.includes(id)))
    problems.push('help finder: a domestic abuse service is listed among the others');
  if (!finder.abuse.includes('a1f6c2d0-0002-4e6b-9d1a-000000000002'))
    problems.push('help finder: the feed’s domestic abuse service is not in its own panel');
  if (!finder.quickExit) problems.push('help finder: no quick exit');
  if (!helpRequests.some((u) => u.includes('/api/oruk/services?page=2')))
    problems.push('help finder: the second page of the feed was not loaded');
  // A valid config (Northshire's) is passed by the quick check: the full one, with zod, is not loaded.
  if (!helpRequests.some((u) => /\/cdn\/chunks\/quick-validate-[\w-]+\.js$/.test(u)))
    problems.push('help finder: the quick config check was not loaded');
  if (helpRequests.some((u) => /\/cdn\/chunks\/validate-[\w-]+\.js$/.test(u)))
    problems.push('help finder: the full config check (zod) was loaded for a valid config');
  for (const r of helpRequests) {
    const path = new URL(r).pathname;
    const allowed = [
      '/help.html',
      '/demo.css',
      '/cdn/rpc-help-finder.js',
      '/examples/northshire.config.json',
      '/api/oruk/services',
    ];
    // The element's file loads the shared chunks beside it.
    if (!r.startsWith(url) || !(allowed.includes(path) || path.startsWith('/cdn/chunks/')))
      problems.push(`help finder: unexpected request ${r}`);
  }

  // The poster, printed on A4: its QR code, read from the printed image by an independent
  // decoder, opens the help page with the poster's campaign tag.
  const poster = await browser.newPage();
  poster.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await poster.setViewport({ width: 794, height: 1123 });
  await poster.goto(`${url}poster.html`, { waitUntil: 'networkidle0' });
  await poster.emulateMediaType('print');
  await new Promise((r) => setTimeout(r, 200));
  const png = PNG.sync.read(await poster.screenshot({ type: 'png' }));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  const expected = `${url}help.html?rpc-src=school-gates-2026&rpc-need=conflict-together`;
  if (code?.data !== expected)
    problems.push(`poster: the printed QR code reads ${code?.data ?? 'nothing'}, not ${expected}`);
  const printed = await poster.evaluate(() => {
    const root = document.querySelector('rpc-help-finder').shadowRoot;
    const box = root.querySelector('.poster').getBoundingClientRect();
    return {
      width: box.width,
      height: box.height,
      text: root.querySelector('.poster').textContent,
      exitShown: getComputedStyle(root.querySelector('rpc-quick-exit')).display !== 'none',
    };
  });
  const mm = 96 / 25.4;
  if (printed.width > 186.5 * mm || printed.height > 273.5 * mm) problems.push('poster: larger than A4 with margins');
  if (!printed.text.includes('0808 2000 247')) problems.push('poster: the national helpline is missing');
  if (printed.exitShown) problems.push('poster: the quick exit would print');
  const printedPdf = pdfPages(await poster.pdf({ preferCSSPageSize: true }));
  if (printedPdf.pages !== 1 || !printedPdf.a4)
    problems.push(`poster: prints on ${printedPdf.pages} pages (A4: ${printedPdf.a4}), not one A4 page`);

  // The same poster inside a careless theme (fixed header, grid, floats, wide content, sidebar,
  // footer, its own print rules), at a desktop and a phone width: still one A4 page, poster only.
  const themed = await browser.newPage();
  themed.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await themed.setRequestInterception(true);
  themed.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const fixture = { '/poster-in-a-theme.html': 'text/html', '/test-theme.css': 'text/css' }[path];
    if (!fixture) return request.continue();
    return request.respond({ contentType: fixture, body: readFileSync(`test/fixtures${path}`) });
  });
  for (const width of [1280, 320]) {
    await themed.setViewport({ width, height: 900 });
    await themed.goto(`${url}poster-in-a-theme.html`, { waitUntil: 'networkidle0' });
    await themed.waitForFunction(() => document.querySelector('rpc-help-finder')?.shadowRoot?.querySelector('.poster'));
    const themedPdf = pdfPages(await themed.pdf({ preferCSSPageSize: true, printBackground: true }));
    if (themedPdf.pages !== 1 || !themedPdf.a4)
      problems.push(`poster in a theme at ${width} px: prints on ${themedPdf.pages} pages (A4: ${themedPdf.a4})`);
    await themed.emulateMediaType('print');
    const shown = await themed.evaluate(() =>
      ['.site-header', '.breadcrumbs', '.widget-area', '.site-footer', 'table.wide', '.entry-title']
        .filter((s) => getComputedStyle(document.querySelector(s)).display !== 'none')
        .join(', '),
    );
    if (shown) problems.push(`poster in a theme at ${width} px: the theme’s ${shown} would print`);
    await themed.emulateMediaType(null);
  }
} finally {
  await browser.close();
  server.kill();
}

if (problems.length) {
  console.error(`Demo check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  'Demo check passed: strict CSP; screener emergency route with 999 first; quick exit; da-check abuse route with the referral route and a summary; signposter safety gate, pathways for four situations, council offers switched off; help finder with a paged Open Referral UK feed and only its own requests (its valid config passed by the quick check, zod not loaded); the printed poster’s QR code decoded independently, one A4 page alone and inside a careless theme; no storage; no foreign requests.',
);

// An outside check of the practice audits page, as a council's lead's browser sees it: served by
// scripts/serve.mjs with its strict Content Security Policy. For each audit it loads the sample
// (two rounds), looks for the charts, the comparison and the report; saves the records as a CSV
// file (a real download), opens that file again and gets the same summary; runs
// `rpc-kit audit summary` on the downloaded file and gets exactly the words the page shows. It
// also prints the report (one A4 page), checks the unload warning and the back-forward cache, the
// charts in forced colours, and fails on any CSP violation, any request to another origin, any
// request but the page's own files, or anything stored.
// Run after `npm run build`: node test/e2e/check-audit.mjs
// (SCREENSHOTS=dir keeps screenshots at 320 px, desktop, Welsh and forced colours, for a person to look at.)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';

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
const shots = process.env.SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });
const downloads = mkdtempSync(join(tmpdir(), 'rpc-audit-'));
const MODES = ['assessments', 'referrals', 'uptake'];
const ALLOWED = [
  '/audit.html',
  '/demo.css',
  '/audit.css',
  '/audit-demo.js',
  '/cdn/rpc-practice-audit.js',
  '/examples/northshire.config.json',
  ...MODES.map((m) => `/examples/audit-${m}.csv`),
];

/** The CLI, as a council's reporting script would run it. */
const cli = (file) =>
  execFileSync(
    process.execPath,
    ['packages/rules/bin/rpc-kit.js', 'audit', 'summary', file, '--config', 'docs/examples/northshire.config.json'],
    { encoding: 'utf8' },
  );

const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
try {
  const page = await browser.newPage();
  const origin = new URL(url).origin;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol === 'data:' || target.protocol === 'blob:') return request.continue();
    if (target.origin !== origin) {
      problems.push(`request to another origin: ${target.href}`);
      return request.abort();
    }
    // The element's file and the shared chunks it loads from beside it (dist/cdn/chunks/).
    const chunk = /^\/cdn\/chunks\/[\w.-]+\.js$/.test(target.pathname);
    if (!ALLOWED.includes(target.pathname) && !chunk) problems.push(`unexpected request: ${target.pathname}`);
    return request.continue();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
  await page.setViewport({ width: 1024, height: 900 });
  await page.goto(`${url}audit.html`, { waitUntil: 'networkidle0' });

  /** What the element shows as its summary in words, one line each, details indented as the CLI prints them. */
  const shown = () =>
    page.evaluate(() =>
      [...document.querySelector('rpc-practice-audit').shadowRoot.querySelectorAll('.summary-text .line')]
        .map((n) => `${n.dataset.level === '1' ? '  ' : ''}${n.textContent.trim()}\n`)
        .join(''),
    );
  const settle = () =>
    page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 100));
      await document.querySelector('rpc-practice-audit').updateComplete;
    });

  for (const mode of MODES) {
    // The demo's own buttons: this audit, then its sample.
    await page.evaluate((mode) => document.querySelector(`.audit-nav a[data-mode="${mode}"]`).click(), mode);
    await page.evaluate(() => document.getElementById('load-sample').click());
    await page.waitForFunction(
      () => document.querySelector('rpc-practice-audit').shadowRoot.querySelectorAll('svg.chart').length >= 2,
      { timeout: 10000 },
    );
    await settle();
    const seen = await page.evaluate(() => {
      const root = document.querySelector('rpc-practice-audit').shadowRoot;
      return {
        title: root.querySelector('h2').textContent,
        charts: [...root.querySelectorAll('svg.chart')].map((s) => s.dataset.chart),
        tables: root.querySelectorAll('figure table caption').length,
        comparison: root.querySelector('.comparison')?.textContent.trim() ?? '',
        report: root.querySelector('.report').textContent,
      };
    });
    if (!/larger than chance|could be chance/.test(seen.comparison))
      problems.push(`${mode}: no comparison in plain words (${seen.comparison})`);
    if (seen.tables < 2) problems.push(`${mode}: the charts have no tables beside them`);
    if (!seen.report.includes('Northshire Council')) problems.push(`${mode}: the report does not name the council`);
    const sample = `docs/examples/audit-${mode}.csv`;
    const words = await shown();
    if (words !== cli(sample)) problems.push(`${mode}: the page and rpc-kit audit summary disagree on the sample`);

    // Save: a real download of a CSV file.
    for (const f of readdirSync(downloads)) rmSync(join(downloads, f));
    await page.evaluate(() =>
      document.querySelector('rpc-practice-audit').shadowRoot.querySelector('button.save').click(),
    );
    // Chromium reserves the final name with an empty file while it writes a .crdownload beside it.
    let file;
    for (let i = 0; i < 200 && !file; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const all = readdirSync(downloads);
      const done = all.find((f) => f.endsWith('.csv'));
      if (done && !all.some((f) => f.endsWith('.crdownload')) && statSync(join(downloads, done)).size > 0) file = done;
    }
    if (!file) {
      problems.push(`${mode}: saving downloaded no CSV file`);
      continue;
    }
    const path = join(downloads, file);
    const saved = readFileSync(path, 'utf8');
    if (!new RegExp(`^rpc-audit-${mode}-\\d{4}-\\d{2}-\\d{2}\\.csv$`).test(file))
      problems.push(`${mode}: file ${file}`);
    if (saved.replace(/^\uFEFF/, '') !== readFileSync(sample, 'utf8'))
      problems.push(`${mode}: the saved file differs from the file opened`);
    // The CLI on the downloaded file says exactly what the page shows.
    if (cli(path) !== words) problems.push(`${mode}: rpc-kit audit summary of the saved file differs from the page`);

    // Open the saved file again: replace the records with the file's, and the summary is the same.
    const input = await page.$('rpc-practice-audit >>> input[type="file"]');
    await input.uploadFile(path);
    await page.waitForFunction(
      () => document.querySelector('rpc-practice-audit').shadowRoot.querySelector('.confirm button'),
      { timeout: 5000 },
    );
    await page.evaluate(() =>
      [...document.querySelector('rpc-practice-audit').shadowRoot.querySelectorAll('.confirm button')]
        .find((b) => b.textContent.includes('Replace'))
        .click(),
    );
    await settle();
    if ((await shown()) !== words) problems.push(`${mode}: the re-opened file gives another summary`);

    if (shots) {
      await page.screenshot({ path: join(shots, `audit-${mode}-desktop.png`), fullPage: true });
    }
  }

  // The report prints on one A4 page.
  const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true }));
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  if (pages !== 1) problems.push(`report: prints on ${pages} pages, not 1`);
  try {
    const pdfPath = join(downloads, 'report.pdf');
    writeFileSync(pdfPath, pdf);
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    if (!/Pages:\s+1\n/.test(info) || !/\(A4\)/.test(info)) problems.push(`report: pdfinfo says ${info}`);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error; // pdfinfo (poppler-utils) is optional here
  }

  // Unsaved records: the page asks before it is left; saved, it does not.
  const asks = () =>
    page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  if (await asks()) problems.push('unload: asks although every record is saved');
  await page.evaluate(async () => {
    const el = document.querySelector('rpc-practice-audit');
    const root = el.shadowRoot;
    const set = (name, value) => {
      const node = root.querySelector(`[name="${name}"]`);
      node.value = value;
      node.dispatchEvent(new Event(node.localName === 'select' ? 'change' : 'input'));
    };
    set('round', '2025-26 next round');
    await el.updateComplete;
    set('programme', 'cope');
    set('stage', 'started');
    await el.updateComplete;
    root.querySelector('button.add').click();
    await el.updateComplete;
  });
  if (!(await asks())) problems.push('unload: does not ask with a record not saved');
  await page.evaluate(() =>
    document.querySelector('rpc-practice-audit').shadowRoot.querySelector('button.save').click(),
  );
  await settle();
  if (await asks()) problems.push('unload: still asks after saving');

  // The back-forward cache, and the warning on a real navigation. The demo server sends
  // "Cache-Control: no-store" with every file, which alone keeps any page out of that cache, so
  // this page gets the same files without that header.
  const nav = await browser.newPage();
  nav.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await nav.setRequestInterception(true);
  nav.on('request', async (request) => {
    if (new URL(request.url()).origin !== origin) return request.abort();
    const response = await fetch(request.url());
    const headers = Object.fromEntries([...response.headers].filter(([name]) => name !== 'cache-control'));
    return request.respond({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
  });
  const dialogs = [];
  nav.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    return dialog.accept();
  });
  await nav.goto(`${url}audit.html?mode=uptake`, { waitUntil: 'networkidle0' });
  await nav.evaluate(async () => {
    document.getElementById('load-sample').click();
    await new Promise((r) => setTimeout(r, 300));
    window.rpcStillHere = true;
  });
  await nav.goto(`${url}examples/northshire.config.json`, { waitUntil: 'load' });
  await nav.goBack({ waitUntil: 'load' });
  if (!(await nav.evaluate(() => window.rpcStillHere === true)))
    problems.push('back-forward cache: the page was not kept in it, with nothing unsaved');
  if (dialogs.length) problems.push('unload: the page asked before leaving with nothing unsaved');
  await nav.evaluate(async () => {
    const el = document.querySelector('rpc-practice-audit');
    const root = el.shadowRoot;
    const round = root.querySelector('[name="round"]');
    round.value = '2025-26 next round';
    round.dispatchEvent(new Event('input'));
    for (const [name, value] of [
      ['programme', 'cope'],
      ['stage', 'started'],
    ]) {
      const select = root.querySelector(`[name="${name}"]`);
      select.value = value;
      select.dispatchEvent(new Event('change'));
    }
    await el.updateComplete;
    root.querySelector('button.add').click();
    await el.updateComplete;
  });
  await nav.goto(`${url}examples/northshire.config.json`, { waitUntil: 'load' });
  if (dialogs.join() !== 'beforeunload') problems.push(`unload: leaving with a record not saved asked ${dialogs}`);
  await nav.close();

  // A council three years on: four rounds of each audit still print on one A4 page, in English and
  // in Welsh (longer words), for the board; and ten rounds too (the key figures show six).
  for (const [lang, rounds] of [
    ['en', 4],
    ['cy', 4],
    ['cy', 10],
  ])
    for (const mode of ['assessments', 'referrals', 'uptake']) {
      const board = await browser.newPage();
      await board.goto(`${url}audit.html?lang=${lang}&mode=${mode}`, { waitUntil: 'networkidle0' });
      await board.evaluate(
        async (mode, rounds) => {
          const text = await (await fetch(`examples/audit-${mode}.csv`)).text();
          const [head1, head2, ...rows] = text.trim().split('\n');
          const out = [head1, head2];
          for (let k = 0; k < rounds; k++)
            for (const row of rows.slice(0, 40))
              out.push(row.replace(/^[^,]*/, `"${2020 + k}-0${(k % 9) + 1} round ${k + 1}"`));
          const el = document.querySelector('rpc-practice-audit');
          el.loadCsv(`${out.join('\n')}\n`);
          await el.updateComplete;
        },
        mode,
        rounds,
      );
      await board.waitForFunction(
        (rounds) =>
          document.querySelector('rpc-practice-audit').summary?.rounds.length === rounds &&
          document.querySelector('rpc-practice-audit').shadowRoot.querySelector('.key-figures'),
        { timeout: 5000 },
        rounds,
      );
      const printed = Buffer.from(await board.pdf({ preferCSSPageSize: true }));
      const count = (printed.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      if (count !== 1) problems.push(`report (${mode}, ${rounds} rounds, ${lang}): prints on ${count} pages, not 1`);
      // Nothing cut off at the sheet's edge (laid out as printed: A4 less its 12 mm margins).
      await board.setViewport({ width: 703, height: 1000 });
      await board.emulateMediaType('print');
      const wide = await board.evaluate(() => {
        const root = document.querySelector('rpc-practice-audit').shadowRoot.querySelector('.root');
        return root.scrollWidth - root.clientWidth;
      });
      if (wide > 1) problems.push(`report (${mode}, ${rounds} rounds, ${lang}): ${wide} px wider than the page`);
      await board.close();
    }

  // Welsh, 320 px wide: nothing wider than the screen.
  await page.setViewport({ width: 320, height: 800 });
  await page.goto(`${url}audit.html?lang=cy&mode=referrals`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => document.getElementById('load-sample').click());
  await page.waitForFunction(() => document.querySelector('rpc-practice-audit').shadowRoot.querySelector('svg.chart'));
  await settle();
  const narrow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    title: document.querySelector('rpc-practice-audit').shadowRoot.querySelector('h2').textContent,
  }));
  if (narrow.page > 320) problems.push(`320 px: the page is ${narrow.page} px wide`);
  if (narrow.title !== 'Adolygiad panel atgyfeirio') problems.push(`Welsh: the title is ${narrow.title}`);
  if (shots) await page.screenshot({ path: join(shots, 'audit-referrals-320-cy.png'), fullPage: true });

  // Forced colours: the charts use the system's colours, and the two rounds still differ by pattern.
  // (Puppeteer's own emulateMediaFeatures does not know forced-colors; the protocol does.)
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  await settle();
  const forced = await page.evaluate(() => {
    const root = document.querySelector('rpc-practice-audit').shadowRoot;
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    const solid = root.querySelector('[data-chart="findings"] .group rect:not(.hatched)');
    const hatched = root.querySelector('[data-chart="findings"] .group rect.hatched');
    return { canvasText, solid: getComputedStyle(solid).fill, hatched: hatched?.getAttribute('fill') ?? '' };
  });
  if (forced.solid !== forced.canvasText)
    problems.push(`forced colours: bars are ${forced.solid}, not the system text colour ${forced.canvasText}`);
  if (!/^url\(#findings-hatch\)$/.test(forced.hatched)) problems.push('forced colours: the first round is not hatched');
  if (shots) await page.screenshot({ path: join(shots, 'audit-referrals-320-forced.png'), fullPage: true });

  const stored = await page.evaluate(async () => ({
    storage: localStorage.length + sessionStorage.length + document.cookie.length,
    databases: (await indexedDB.databases()).length,
  }));
  if (stored.storage || stored.databases) problems.push('something was stored');
} finally {
  await browser.close();
  server.kill();
  rmSync(downloads, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`Practice audit check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  'Practice audit check passed: strict CSP; three audits with their samples, charts with tables, comparisons in plain words; each saved as a real CSV download, opened again to the same summary; rpc-kit audit summary of the saved file equals the page; one A4 page printed (four and ten rounds of each audit too, in English and Welsh); the unload warning only while unsaved, on a real navigation too; back-forward cache kept with nothing unsaved; Welsh at 320 px; forced colours; no storage; no foreign requests.',
);

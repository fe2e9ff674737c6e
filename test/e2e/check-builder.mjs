// An outside check of the config builder page (docs/builder.html), as a webmaster's browser sees
// it: served by scripts/serve.mjs with its strict Content Security Policy, at 320 px wide. It types
// into the form with the keyboard, switches a default pathway off, adds the council's own offer,
// downloads the JSON (a real download) and checks it with the rpc-kit CLI; then opens the example
// config through the file picker and downloads it again, unchanged. It fails on a CSP violation,
// a page error, any request after the page has loaded, or anything stored.
// Run after `npm run build`: node test/e2e/check-builder.mjs [--out built.config.json]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { startDemoServer } from './demo-server.mjs';

const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : undefined;
const downloads = mkdtempSync(join(tmpdir(), 'rpc-builder-'));

const { url, stop: stopServer } = await startDemoServer();

const problems = [];
const started = Date.now();
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });

/** The CLI's verdict on a file: exit code and output. */
function validate(file) {
  const run = spawnSync(process.execPath, ['packages/rules/bin/rpc-kit.js', 'validate', file], { encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}`.trim() };
}

/** Waits for a new file in the download folder. */
async function downloaded(before) {
  // Chromium reserves the final name with an empty file while it writes a .crdownload beside it:
  // wait until the download is finished and the file has its content.
  for (let i = 0; i < 200; i++) {
    const all = readdirSync(downloads);
    const files = all.filter((f) => !f.endsWith('.crdownload') && !before.includes(f));
    const writing = all.some((f) => f.endsWith('.crdownload'));
    if (files.length && !writing && statSync(join(downloads, files[0])).size > 0) return join(downloads, files[0]);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('nothing was downloaded');
}

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 320, height: 800 });
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  let loaded = false;
  const own = ['/builder.html', '/builder.css', '/rpc-config-builder.js'];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol === 'data:' || target.protocol === 'blob:') return request.continue();
    if (loaded) problems.push(`a request after the page loaded: ${target.href}`);
    else if (target.origin !== new URL(url).origin || !own.includes(target.pathname))
      problems.push(`a request for something but the builder's own files: ${target.href}`);
    return target.origin === new URL(url).origin ? request.continue() : request.abort();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  // The preview elements report a config with problems on the console, as on any page: expected
  // while a form is half filled in. Anything else on the console is a problem.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('the RPC Kit config has problems'))
      problems.push(`console error: ${m.text()}`);
  });
  await page.goto(`${url}builder.html`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('rpc-config-builder >>> #preview-panel rpc-screener');
  loaded = true;

  const $ = (id) => page.waitForSelector(`rpc-config-builder >>> [id="${id}"]`);
  const field = (path) => $(`field:${path}`);
  const typeInto = async (path, text) => {
    const input = await field(path);
    await input.focus();
    await page.keyboard.type(text);
  };

  await typeInto('$.council.name.en', 'Kelby Council');
  await typeInto('$.council.name.cy', 'Cyngor Kelby');
  await (await field('$.nation:wales')).click();
  await typeInto('$.quickExit.url', 'https://www.bbc.co.uk/news');
  await (await $('field:$.pathways.defaults.mediation:off')).click();
  await (await $('field:$.pathways.defaults.cope:off')).click();
  // The council's own offer, added and filled in with the keyboard.
  await (await $('field:$.pathways.custom:add')).click();
  await typeInto('$.pathways.custom[0].id', 'kelby-dads');
  await typeInto('$.pathways.custom[0].name.en', 'Dads Together');
  await typeInto('$.pathways.custom[0].description.en', 'A weekly group for dads at the Family Hub.');
  await (await field('$.pathways.custom[0].formats:group')).click();
  await (await field('$.pathways.custom[0].kind:support')).click();
  await typeInto('$.pathways.custom[0].access.phone', '01234 567890');

  const state = await page.evaluate(async () => {
    const el = document.querySelector('rpc-config-builder');
    await el.updateComplete;
    const root = el.shadowRoot;
    root.querySelector('#tab-signposter').click();
    await el.updateComplete;
    const list = root.querySelector('#preview-panel rpc-signposter');
    await list.updateComplete;
    const ids = [...list.shadowRoot.querySelectorAll('[data-pathway-id]')].map((n) => n.dataset.pathwayId);
    return {
      problems: [...root.querySelectorAll('.error-summary li')].map((li) => li.textContent.trim()),
      success: !!root.querySelector('.success-summary'),
      ids,
      previewHasConfig: list.config === el.config,
      width: document.documentElement.scrollWidth,
    };
  });
  if (state.problems.length || !state.success) problems.push(`the form shows problems: ${state.problems.join('; ')}`);
  if (!state.previewHasConfig) problems.push('the preview does not have the config being written');
  if (!state.ids.includes('kelby-dads')) problems.push(`the preview does not list the new offer (${state.ids})`);
  if (state.ids.includes('mediation') || state.ids.includes('cope'))
    problems.push('the preview lists a default pathway that was switched off');
  if (state.width > 320) problems.push(`the page is ${state.width} px wide at 320`);

  // Download, as a webmaster would.
  const name = await $('file-name');
  await name.click({ count: 3 });
  await page.keyboard.type('kelby.json');
  const buttons = await page.$$('rpc-config-builder >>> .output button');
  const labels = await Promise.all(buttons.map((b) => b.evaluate((n) => n.textContent.trim())));
  await buttons[labels.indexOf('Download the JSON')].click();
  const file = await downloaded([]);
  if (!file.endsWith('kelby.json')) problems.push(`the download is called ${file}, not kelby.json`);
  const built = JSON.parse(readFileSync(file, 'utf8'));
  const verdict = validate(file);
  if (verdict.code !== 0) problems.push(`rpc-kit validate refused the downloaded config: ${verdict.output}`);
  const want = {
    council: { name: { en: 'Kelby Council', cy: 'Cyngor Kelby' } },
    nation: 'wales',
    quickExit: { url: 'https://www.bbc.co.uk/news' },
  };
  for (const [key, value] of Object.entries(want))
    if (JSON.stringify(built[key]) !== JSON.stringify(value))
      problems.push(`downloaded ${key}: ${JSON.stringify(built[key])}`);
  if (built.pathways?.defaults?.mediation !== false || built.pathways?.defaults?.cope !== false)
    problems.push('the downloaded config does not switch mediation and COPE off');
  if (built.pathways?.custom?.[0]?.id !== 'kelby-dads') problems.push('the downloaded config lacks the new offer');
  if (out) copyFileSync(file, out);

  // Open the example config with the file picker; download it again: the same config.
  const example = resolve('docs/examples/northshire.config.json');
  const [chooser] = await Promise.all([page.waitForFileChooser(), (await $('open-file')).click()]);
  await chooser.accept([example]);
  await page.waitForFunction(() =>
    document
      .querySelector('rpc-config-builder')
      .shadowRoot.querySelector('#opened')
      ?.textContent.includes('northshire'),
  );
  const before = readdirSync(downloads);
  await name.click({ count: 3 });
  await page.keyboard.type('northshire.json');
  await buttons[labels.indexOf('Download the JSON')].click();
  const again = await downloaded(before);
  const original = JSON.parse(readFileSync(example, 'utf8'));
  if (JSON.stringify(JSON.parse(readFileSync(again, 'utf8'))) !== JSON.stringify(original))
    problems.push('the example config did not come back unchanged');
  if (validate(again).code !== 0) problems.push('rpc-kit validate refused the example after a round trip');

  // A broken value: the page lists the CLI's own problem, at the same path.
  const url2 = await field('$.council.url');
  await url2.click({ count: 3 });
  await page.keyboard.type('www.kelby.example');
  const listed = await page.evaluate(() =>
    [...document.querySelector('rpc-config-builder').shadowRoot.querySelectorAll('.error-summary li')].map((li) =>
      li.textContent.replace(/\s+/g, ' ').trim(),
    ),
  );
  const before2 = readdirSync(downloads);
  await name.click({ count: 3 });
  await page.keyboard.type('broken.json');
  await buttons[labels.indexOf('Download the JSON')].click();
  const broken = validate(await downloaded(before2));
  if (broken.code !== 1) problems.push(`rpc-kit validate should refuse the broken config (exit ${broken.code})`);
  const cliLines = broken.output.split('\n').filter((l) => l.startsWith('$.'));
  if (!cliLines.length || cliLines.some((l) => !listed.includes(l)))
    problems.push(`the page and the CLI disagree: page ${JSON.stringify(listed)}, CLI ${JSON.stringify(cliLines)}`);

  const stored = await page.evaluate(async () => ({
    storage: localStorage.length + sessionStorage.length + document.cookie.length,
    databases: (await indexedDB.databases()).length,
  }));
  if (stored.storage || stored.databases) problems.push('something was stored');
} finally {
  await browser.close();
  stopServer();
  rmSync(downloads, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`Config builder check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `Config builder check passed in ${((Date.now() - started) / 1000).toFixed(1)} s: strict CSP at 320 px; typed a council, switched two default pathways off, added an offer; the preview followed; the downloaded JSON passes rpc-kit validate; the example config round-trips through the file picker; a broken value shows the CLI's own problem; no request after load; nothing stored.`,
);

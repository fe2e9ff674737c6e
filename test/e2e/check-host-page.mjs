// An outside check of every element on a hostile host page: a careless CMS theme (62.5% root font
// size, rules on every element, bare buttons, big headings, a sticky toolbar; see
// fixtures/hostile-host.css) under a strict Content Security Policy, at 320 px and 1280 px, in
// English (an English council) and Welsh (a Welsh council). For each element of
// packages/kit/elements.json (and each of its modes): no visible text under 12 px, axe clean
// (WCAG 2.2 AA), 999 and the nation's domestic abuse helpline reachable at every question step,
// no words that diagnose, the poster's QR code carrying a campaign tag, the practitioner's summary
// printing on at most two A4 pages with its date in the page's language. Prints a table; exits 1
// on any failure.
// Run after `npm run build`: node test/e2e/check-host-page.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { formatDate } from '@rpc-kit/rules';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { STRICT_CSP } from '../../scripts/static-files.mjs';
import { startDemoServer } from './demo-server.mjs';
import { pdfPages } from './pdf.mjs';
import { allText, answerStep, helpNow, journeyState, smallestText, whenReady } from './host-page-probes.mjs';

const started = Date.now();
const MIN_PX = 12;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const { elements } = JSON.parse(readFileSync('packages/kit/elements.json', 'utf8'));

/** The languages tried: the page's `lang`, the council's nation and that nation's helpline. */
const LANGS = {
  en: { nation: 'england', helpline: '08082000247' },
  cy: { nation: 'wales', helpline: '08088010800' },
};
const WIDTHS = [320, 1280];
/** Words that would diagnose (English and Welsh), anywhere a parent reads. */
const DIAGNOSIS = [
  /\bis domestic abuse\b/i,
  /\byou are (a )?victim/i,
  /\byou are being abused\b/i,
  /\bthis is abuse\b/i,
  /\bdiagnos(?<!(not a|nid) diagnos)\w*/i,
  /(?<!fod )\byn gam-drin domestig\b/i,
  /\brydych chi[’']n ddioddefwr/i,
];
/** Answers that take a journey to each route tried. */
const ROUTES = {
  'a sign of abuse': { degrading: 'yes' },
  conflict: {},
};
/** For a practitioner's printed summary, the longest: every sign of abuse but danger now, two "not sure". */
const EVERY_SIGN = {
  ...Object.fromEntries(
    [
      'afraid',
      'physical',
      'strangled',
      'threats',
      'controlling',
      'economic',
      'monitoring',
      'degrading',
      'children-used',
    ].map((id) => [id, 'yes']),
  ),
  sexual: 'unsure',
  'own-behaviour': 'unsure',
  'can-disagree-safely': 'no',
};
/** Which route is walked in each language at each width: every route in both languages and at both widths. */
const ROUTE_AT = { en: { 320: 'conflict', 1280: 'a sign of abuse' }, cy: { 320: 'a sign of abuse', 1280: 'conflict' } };

/**
 * Each element's uses on the page: its attributes and what to do with it. An element of
 * elements.json not named here is put on the page as it is.
 */
const USES = {
  'rpc-screener': [{}, { label: 'practitioner', attrs: 'audience="practitioner"', print: true }],
  'rpc-da-check': [{}, { label: 'practitioner', attrs: 'audience="practitioner"', print: true }],
  'rpc-signposter': [{}, { label: 'list', attrs: 'mode="list"', journey: null }],
  'rpc-help-finder': [{}, { label: 'poster', attrs: 'mode="poster" need="conflict-together"', poster: true }],
  'rpc-practice-audit': [{ attrs: 'mode="assessments"', audit: ['assessments', 'referrals', 'uptake'] }],
};
// `node test/e2e/check-host-page.mjs rpc-help-finder` checks only the uses whose name has that text;
// `--write` also writes the figures to docs/host-page.md (the README links them).
const write = process.argv.includes('--write');
const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
const uses = elements
  .flatMap((e) =>
    (USES[e.tag] ?? [{}]).map((u) => ({
      journey: e.journey,
      ...u,
      tag: e.tag,
      name: u.label ? `${e.tag} (${u.label})` : e.tag,
    })),
  )
  .filter((u) => !only || u.name.includes(only));

function hostPage(use, lang) {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Family help – Northshire Council</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/hostile/host.css" />
    <script type="module" src="/cdn/rpc-kit-loader.js"></script>
  </head>
  <body>
    <div class="cms-toolbar"><a href="#">Edit page</a><a href="#">Publish</a><a href="#">Log out</a></div>
    <header class="content"><h1>Northshire Council</h1></header>
    <main class="content">
      <h2>Family help</h2>
      <p>Help for families, from the council.</p>
      <${use.tag} ${use.attrs ?? ''} config-src="/hostile/${lang}.config.json"></${use.tag}>
    </main>
  </body>
</html>`;
}

const { url, stop } = await startDemoServer();
const baseConfig = JSON.parse(readFileSync('docs/examples/northshire.config.json', 'utf8'));
const css = readFileSync('test/e2e/fixtures/hostile-host.css', 'utf8');
const rows = [];
const problems = [];
// The browser speaks American English: a date written in the browser's locale would show.
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  args: [...BROWSER_ARGS, '--lang=en-US'],
  headless: true,
  env: { ...process.env, LANG: 'en_US.UTF-8', TZ: 'Europe/London' },
});

async function openPage(use, lang, width) {
  const page = await browser.newPage();
  const seen = [];
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(`console error: ${m.text()}`);
    // Words read before their pack was asked for show in English on a Welsh page: the packs'
    // own warning says so.
    else if (m.type() === 'warn' && /were read before/.test(m.text())) seen.push(`console warning: ${m.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.origin !== new URL(url).origin && target.protocol !== 'data:') {
      seen.push(`request to another origin: ${target.href}`);
      return request.abort();
    }
    const headers = { 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'no-store' };
    if (target.pathname === '/hostile/page.html')
      return request.respond({ contentType: 'text/html; charset=utf-8', headers, body: hostPage(use, lang) });
    if (target.pathname === '/hostile/host.css')
      return request.respond({ contentType: 'text/css', headers, body: css });
    const config = /^\/hostile\/(en|cy)\.config\.json$/.exec(target.pathname);
    if (config) {
      const body = JSON.stringify({ ...baseConfig, nation: LANGS[config[1]].nation });
      return request.respond({ contentType: 'application/json', headers, body });
    }
    return request.continue();
  });
  await page.setViewport({ width, height: 800 });
  await page.goto(`${url}hostile/page.html`, { waitUntil: 'load' });
  await page.evaluate(whenReady, use.tag);
  await page.evaluate(AXE);
  return { page, seen };
}

async function axe(page, tag) {
  const result = await page.evaluate(
    async (tag, tags) => {
      const r = await window.axe.run(document.querySelector(tag), { runOnly: { type: 'tag', values: tags } });
      return r.violations.map(
        (v) =>
          `${v.id} (${v.nodes.length}): ${v.nodes[0]?.html.slice(0, 120)} ${v.nodes[0]?.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`,
      );
    },
    tag,
    AXE_TAGS,
  );
  return result;
}

/** Reads one screen: its smallest text, its words, axe if asked. Adds to the row's tally. */
async function look(page, use, row, where, withAxe) {
  const small = await page.evaluate(smallestText, use.tag);
  if (small.px < row.smallest.px) row.smallest = { ...small, at: where };
  if (small.px < MIN_PX) row.fail.push(`${where}: text of ${small.px} px (${small.where}: “${small.text}”)`);
  const text = await page.evaluate(allText, use.tag);
  for (const pattern of DIAGNOSIS) {
    const m = pattern.exec(text);
    if (m) row.fail.push(`${where}: diagnosing words “${text.slice(Math.max(0, m.index - 30), m.index + 40)}”`);
  }
  if (withAxe) {
    row.axeRuns += 1;
    for (const v of await axe(page, use.tag)) row.fail.push(`${where}: axe ${v}`);
  }
  row.screens += 1;
}

async function walk(page, use, lang, row, routeName, answers) {
  const helpline = LANGS[lang].helpline;
  let state = await page.evaluate(journeyState, use.tag);
  for (let i = 0; i < 40 && (state.step === 'intro' || state.step === 'question'); i++) {
    const where = `${routeName}, ${state.step === 'intro' ? 'introduction' : `step ${i} (${state.questions.join(', ')})`}`;
    await look(page, use, row, where, i <= 1 || state.questions.length > 1);
    if (state.step === 'question') {
      const help = await page.evaluate(helpNow, use.tag);
      row.helpSteps += 1;
      if (help.error) row.fail.push(`${where}: ${help.error}`);
      else if (!help.open || !help.tels.includes('999') || !help.tels.includes(helpline))
        row.fail.push(
          `${where}: “Need help now?” shows ${help.tels.join(', ') || 'no phone'}, not 999 and ${helpline}`,
        );
    }
    await page.evaluate(answerStep, use.tag, answers);
    state = await page.evaluate(journeyState, use.tag);
  }
  if (state.step !== 'result') return row.fail.push(`${routeName}: ended on ${state.step}, not a result`);
  await look(page, use, row, `${routeName}, result (${state.route})`, true);
  row.notes.add(`${routeName}: ${state.route}`);
  if (use.print && answers === EVERY_SIGN) await printCheck(page, use, lang, row);
}

async function printCheck(page, use, lang, row) {
  const summary = await page.evaluate(
    (tag) => document.querySelector(tag).shadowRoot.querySelector('.summary pre')?.textContent ?? '',
    use.tag,
  );
  const today = formatDate(new Date(), lang);
  if (!summary) row.fail.push('no referral summary on the result');
  else if (!summary.includes(today))
    row.fail.push(`summary date is not “${today}”: ${/\d[^\n]*\d{4}/.exec(summary)?.[0]}`);
  else row.notes.add(`summary dated “${today}”`);
  const printed = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  row.notes.add(`prints on ${printed.pages} A4 page${printed.pages === 1 ? '' : 's'} (${printed.by})`);
  if (printed.pages > 2 || !printed.a4)
    row.fail.push(`the summary prints on ${printed.pages} pages (A4: ${printed.a4})`);
}

async function posterCheck(page, use, row) {
  const qr = await page.evaluateHandle(
    (tag) => document.querySelector(tag).shadowRoot.querySelector('.poster svg.qr'),
    use.tag,
  );
  if (!(await qr.evaluate((n) => !!n))) return row.fail.push('no QR code on the poster');
  const png = PNG.sync.read(await qr.asElement().screenshot({ type: 'png' }));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) return row.fail.push('the poster’s QR code could not be read');
  const tag = new URL(code.data).searchParams.get('rpc-src');
  if (!tag) row.fail.push(`the poster’s QR code has no rpc-src: ${code.data}`);
  else row.notes.add(`QR: rpc-src=${tag}`);
}

async function auditCheck(page, use, row) {
  for (const mode of use.audit) {
    const loaded = await page.evaluate(async (mode) => {
      const el = document.querySelector('rpc-practice-audit');
      el.setAttribute('mode', mode);
      await el.updateComplete;
      const ok = el.loadCsv(await (await fetch(`/examples/audit-${mode}.csv`)).text());
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      return ok && el.shadowRoot.querySelectorAll('svg.chart').length;
    }, mode);
    if (!loaded) row.fail.push(`${mode}: the sample did not load or draws no chart`);
    await look(page, use, row, `${mode} with the sample's records`, true);
  }
}

try {
  for (const use of uses) {
    for (const lang of Object.keys(LANGS)) {
      for (const width of WIDTHS) {
        const row = {
          name: use.name,
          lang,
          width,
          smallest: { px: Infinity },
          fail: [],
          notes: new Set(),
          screens: 0,
          helpSteps: 0,
          axeRuns: 0,
        };
        rows.push(row);
        const { page, seen } = await openPage(use, lang, width);
        try {
          if (use.journey) {
            const routeName = ROUTE_AT[lang][width];
            const answers = use.print && routeName === 'a sign of abuse' ? EVERY_SIGN : ROUTES[routeName];
            await walk(
              page,
              use,
              lang,
              row,
              use.print && answers === EVERY_SIGN ? 'every sign of abuse' : routeName,
              answers,
            );
          } else {
            await look(page, use, row, 'first screen', true);
            if (use.poster) await posterCheck(page, use, row);
            if (use.audit) await auditCheck(page, use, row);
          }
        } catch (error) {
          row.fail.push(`the check stopped: ${error.message}`);
        } finally {
          row.fail.push(...seen);
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  stop();
}

const pad = (s, n) => String(s).padEnd(n);
console.log(
  `\nEvery element on a hostile host page (62.5% root font, careless theme, strict CSP), ${((Date.now() - started) / 1000).toFixed(0)} s:\n`,
);
console.log(
  `${pad('element', 28)}${pad('lang', 5)}${pad('width', 6)}${pad('screens', 8)}${pad('smallest text', 15)}${pad('axe runs', 9)}${pad('help steps', 11)}result`,
);
for (const r of rows) {
  console.log(
    `${pad(r.name, 28)}${pad(r.lang, 5)}${pad(r.width, 6)}${pad(r.screens, 8)}${pad(`${r.smallest.px} px`, 15)}${pad(r.axeRuns, 9)}${pad(r.helpSteps, 11)}${r.fail.length ? `FAIL (${r.fail.length})` : 'pass'}${r.notes.size ? `; ${[...r.notes].join('; ')}` : ''}`,
  );
  if (r.fail.length) problems.push(...r.fail.map((f) => `${r.name} ${r.lang} ${r.width} px: ${f}`));
}
if (write) {
  // Without today's date, so the file changes only when a figure does.
  const notes = (r) => [...r.notes].map((n) => n.replace(/ “[^”]*”/, '')).join('; ');
  const table = rows.map(
    (r) =>
      `| \`<${r.name.replace(/^(\S+)/, '$1>')}\` | ${r.lang} | ${r.width} | ${r.screens} | ${r.smallest.px} | ${r.axeRuns} | ${r.helpSteps} | ${notes(r)} | ${r.fail.length ? `**fail** (${r.fail.length})` : 'pass'} |`,
  );
  writeFileSync(
    'docs/host-page.md',
    `# Every element on a hostile host page

<!-- Written by \`node test/e2e/check-host-page.mjs --write\` after \`npm run build\`; CI runs the check. -->

The outside check \`test/e2e/check-host-page.mjs\` puts every element of
[\`packages/kit/elements.json\`](../packages/kit/elements.json) (and each of its modes) on a council page
that is careless on purpose ([its theme](../test/e2e/fixtures/hostile-host.css): \`html { font-size: 62.5% }\`,
\`* { line-height: 1; color: #333 !important; font-size: 10px !important }\`, \`button { all: unset }\`, 40 px headings, a sticky
editor's toolbar), served with a strict Content Security Policy, at 320 px and 1280 px wide, in English
(an English council) and in Welsh (\`lang="cy"\`, a Welsh council). On every screen it reads:

- **Smallest text**: the computed size of every visible text inside the element, through its shadow
  roots (an SVG chart's text at the size it is drawn); it fails under ${MIN_PX} px.
- **axe**: axe-core with the WCAG 2.2 AA tags (${AXE_TAGS.join(', ')}) on the introduction, the first
  question steps, every step with several questions, the result and each audit: no violation.
- **Help steps**: at every question step, "Need help now?" opens to show 999 and the nation's domestic
  abuse helpline as phone links (0808 2000 247 in England, Live Fear Free 0808 80 10 800 in Wales).
- **Words**: nothing that diagnoses (such as "is domestic abuse", "you are a victim", "diagnosis"
  outside "not a diagnosis"), in English or Welsh, on any screen.
- **Poster**: its QR code, decoded from a screenshot, carries a campaign tag (\`rpc-src\`).
- **Print**: a practitioner's referral summary with every sign of abuse prints on at most two A4
  pages (counted by pdfinfo), dated by the rules' \`formatDate\` in the page's language, not the
  browser's (the browser runs in American English).

Each journey walks one route at each width, so both routes are seen in both languages and at both
widths. Any CSP violation, page error or request to another origin fails too.

| element | lang | width (px) | screens read | smallest text (px) | axe runs | help steps | also | result |
| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |
${table.join('\n')}
`,
  );
}
if (problems.length) {
  console.error(`\nHost page check failed:\n${[...new Set(problems)].map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `\nHost page check passed: no text under ${MIN_PX} px, axe clean (${AXE_TAGS.join(', ')}), 999 and the nation’s helpline at every question step, no diagnosing words, the poster’s QR code tagged, the summary on at most two A4 pages dated in the page’s language; no CSP violation, no request to another origin.`,
);

// An outside check of the first screen the built CDN entry files draw before the element's code has
// loaded (packages/kit/src/cdn/first-screen.ts), for each element marked `firstScreen` in
// packages/kit/elements.json, in English at 360 px and Welsh at 320 px, under a strict Content
// Security Policy. With every chunk held back: the element's heading, Start, the quick exit and
// 999 first in "Need help now?", axe clean. Then the chunks let through: the element takes the
// screen over with every part in the same place and no layout shift, and a Start pressed before is
// honoured (its first question). And the quick exit pressed before any chunk has come: the page is
// covered, left for the default address with its history entry replaced and no referrer. And the
// code never answering: after 10 s, Start pressed says so with the helplines open; the code, come at last, takes over there.
// Run after `npm run build`: node test/e2e/check-first-screen.mjs
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { STRICT_CSP, TYPES, resolveFile } from '../../scripts/static-files.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { elements } = JSON.parse(readFileSync('packages/kit/elements.json', 'utf8'));
const EXIT = 'https://www.bbc.co.uk/weather';
const WORDS = { en: { start: 'Start', first: 'safe' }, cy: { start: 'Dechrau', first: 'ddiogel' } };

const NONCE = 'rpcFirstScreen1';
const page = (
  tag,
  lang,
  nonce = '',
  configSrc = '',
) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>First screen</title><link rel="icon" href="data:,">
${nonce && `<script type="application/json" nonce="stale${nonce}">{}</script>`}<script type="module" src="/cdn/${tag}.js"${nonce && ` nonce="${nonce}"`}></script><script src="/axe.js"${nonce && ` nonce="${nonce}"`}></script></head>
<body><main><h1>A council page</h1><${tag}${configSrc && ` config-src="${configSrc}"`}></${tag}><p id="below">After the element</p></main></body></html>`;

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const m = /^\/page\/([\w-]+)\/(en|cy)$/.exec(path);
  if (m) {
    // ?tt: a page that also enforces Trusted Types (no markup parsed from a plain string).
    const query = new URL(req.url, 'http://x').searchParams;
    const tt = query.has('tt') ? "; require-trusted-types-for 'script'" : '';
    // ?nonce: a page that allows scripts by nonce alone (not 'self'): the entry file's links and
    // imports must carry it, not the nonce of another script before it (a stale one).
    const csp = query.has('nonce')
      ? STRICT_CSP.replace("script-src 'self'", `script-src 'nonce-${NONCE}'`)
      : STRICT_CSP + tt;
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': csp });
    // ?cross: the config from another origin, which the policy's connect-src refuses.
    const cross = query.has('cross') ? `http://localhost:${server.address().port}/council.json` : '';
    return res.end(page(m[1], m[2], query.has('nonce') ? NONCE : '', cross));
  }
  if (path === '/axe.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    return res.end(AXE);
  }
  const file = await resolveFile([{ prefix: '/cdn/', dir: 'dist/cdn' }], path);
  if (!file) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] });
  res.end(await readFile(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
const problems = [];

/** Every element's place in the shadow root (the quick exit's place under the tag it will have). */
const layoutOf = (tag) =>
  Array.from(document.querySelector(tag).shadowRoot.querySelectorAll('*'), (n) => {
    const r = n.getBoundingClientRect();
    return `${n.hasAttribute('data-rpc-first-exit') ? 'rpc-quick-exit' : n.localName} ${r.x},${r.y},${r.width},${r.height}`;
  });

/** A page of one element with its chunks held back until `release` is called. */
async function open(tag, lang, width, query = '') {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.setViewport({ width, height: 800 });
  await tab.setRequestInterception(true);
  const held = [];
  let holding = true;
  tab.on('request', (r) => {
    if (r.url().startsWith(EXIT)) return r.respond({ contentType: 'text/html', body: '<title>Weather</title>' });
    if (!r.url().startsWith(origin)) return r.abort();
    return holding && r.url().includes('/chunks/') ? held.push(r) : r.continue();
  });
  await tab.evaluateOnNewDocument(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.shifts.push({ at: e.startTime, value: e.value });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(`${origin}/page/${tag}/${lang}${query}`, { waitUntil: 'load' });
  await tab.waitForFunction((tag) => document.querySelector(tag).shadowRoot?.querySelector('h2'), {}, tag);
  const release = () => {
    holding = false;
    for (const r of held.splice(0)) r.continue();
  };
  return { tab, errors, release, held };
}

for (const { tag } of elements.filter((e) => e.firstScreen)) {
  // In Welsh, "Need help now?" opened on the first screen: the element keeps it open, in the same place.
  for (const [lang, width, opened] of [
    ['en', 360, false],
    ['cy', 320, true],
    ['en', 1280, false],
  ]) {
    const where = `<${tag}> ${lang} ${width} px${opened ? ', "Need help now?" open' : ''}`;
    const { tab, errors, release, held } = await open(tag, lang, width);
    // The entry file asks for the code a frame after drawing, and a task at a time: on a busy
    // machine the first request can come a little after the first screen.
    for (let waited = 0; !held.length && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    const drawn = await tab.evaluate((tag) => {
      const root = document.querySelector(tag).shadowRoot;
      const exit = root.querySelector('[data-rpc-first-exit]')?.shadowRoot?.querySelector('button');
      return {
        defined: Boolean(customElements.get(tag)),
        heading: root.querySelector('h2')?.textContent.trim(),
        start: root.querySelector('.intro button')?.textContent.trim(),
        exit: exit?.getBoundingClientRect().height > 0 ? exit.textContent.trim() : '',
        tels: Array.from(root.querySelectorAll('.help-now a[href^="tel:"]'), (a) => a.getAttribute('href')),
      };
    }, tag);
    if (drawn.defined || !held.length) problems.push(`${where}: the chunks were not held back`);
    if (!drawn.heading || drawn.start !== WORDS[lang].start || !drawn.exit)
      problems.push(`${where}: the first screen lacks its heading, Start or quick exit: ${JSON.stringify(drawn)}`);
    if (drawn.tels[0] !== 'tel:999' || !drawn.tels.includes('tel:08082000247'))
      problems.push(`${where}: "Need help now?" has ${JSON.stringify(drawn.tels)}, not 999 first and the helpline`);
    const violations = await tab.evaluate(async (tag) => {
      const r = await window.axe.run(document.querySelector(tag), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return r.violations.map((v) => `${v.id}: ${v.nodes[0]?.html.slice(0, 100)}`);
    }, tag);
    for (const v of violations) problems.push(`${where}: axe on the first screen: ${v}`);

    // The code let through: the element's own first draw in the first screen's place, nothing moved.
    if (opened)
      await tab.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelector('summary').click(), tag);
    const before = await tab.evaluate(layoutOf, tag);
    const shiftsBefore = await tab.evaluate(() => window.shifts.length);
    release();
    await tab.waitForFunction((tag) => customElements.get(tag), {}, tag);
    await tab.evaluate((tag) => document.querySelector(tag).updateComplete, tag);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await tab.evaluate(layoutOf, tag);
    const moved = after.filter((row, i) => row !== before[i]);
    if (after.length !== before.length || moved.length)
      problems.push(`${where}: the element's own first draw is not in the first screen's place: ${moved.slice(0, 3)}`);
    const shifts = await tab.evaluate((n) => window.shifts.slice(n), shiftsBefore);
    if (shifts.length) problems.push(`${where}: layout shifts as the element took over: ${JSON.stringify(shifts)}`);
    if (await tab.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelector('[data-rpc-first]'), tag))
      problems.push(`${where}: the first screen is still there`);
    if (errors.length) problems.push(`${where}: errors: ${errors.join(' | ')}`);
    await tab.close();
  }

  // A page enforcing Trusted Types: the first screen is built all the same, with no violation.
  {
    const { tab, errors, release } = await open(tag, 'en', 360, '?tt');
    const shown = await tab.evaluate(
      (tag) => document.querySelector(tag).shadowRoot.querySelector('.intro button')?.textContent.trim(),
      tag,
    );
    if (shown !== WORDS.en.start) problems.push(`<${tag}> under Trusted Types: no first screen (${shown})`);
    release();
    await tab.waitForFunction((tag) => customElements.get(tag), {}, tag);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const trusted = errors.filter((e) => /trusted/i.test(e));
    if (trusted.length) problems.push(`<${tag}> under Trusted Types: ${trusted.join(' | ')}`);
    await tab.close();
  }

  // A page that allows scripts by nonce alone: the element loads and its journey starts (the
  // chunks loaded later carry the nonce too), with no violation.
  {
    const { tab, errors, release } = await open(tag, 'en', 360, '?nonce');
    release();
    await tab.waitForFunction((tag) => customElements.get(tag), { timeout: 10000 }, tag).catch(() => {});
    await tab.evaluate((tag) => document.querySelector(tag).updateComplete, tag);
    await tab.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelector('.intro button')?.click(), tag);
    const asked = await tab
      .waitForFunction(
        (tag) => document.querySelector(tag).shadowRoot.querySelector('[data-step="question"]'),
        { timeout: 10000 },
        tag,
      )
      .then(
        () => true,
        () => false,
      );
    if (!asked) problems.push(`<${tag}> with a nonce-only policy: no first question after Start`);
    if (errors.length) problems.push(`<${tag}> with a nonce-only policy: ${errors.join(' | ')}`);
    await tab.close();
  }

  // A parent on a phone who scrolls before the code has come: the quick exit stays at the top of
  // the window (what a tap there presses is the button), and is still in reach once the element
  // has taken over.
  {
    const { tab, release } = await open(tag, 'cy', 320);
    await tab.setViewport({ width: 320, height: 480 });
    const exitAtTop = () =>
      tab.evaluate((tag) => {
        const place = document.querySelector(tag).shadowRoot.querySelector('[data-rpc-first-exit], rpc-quick-exit');
        const button = place?.shadowRoot?.querySelector('button');
        const r = button?.getBoundingClientRect();
        if (!r?.height) return 'no button';
        const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
        // What a tap there presses, inside shadow roots too.
        let hit = document.elementFromPoint(x, y);
        for (let inner = hit?.shadowRoot?.elementFromPoint(x, y); inner && inner !== hit;) {
          hit = inner;
          inner = hit.shadowRoot?.elementFromPoint(x, y);
        }
        if (r.top < -0.5 || r.bottom > 120) return `the button is at ${Math.round(r.top)} px`;
        return hit === button || button.contains(hit) ? '' : `a tap on it presses ${hit?.localName}`;
      }, tag);
    await tab.evaluate((tag) => {
      const el = document.querySelector(tag);
      // Room below, as a council's page has, then the page scrolled to the element's foot.
      document.body.append(Object.assign(document.createElement('div'), { style: 'height: 2000px' }));
      scrollTo(0, el.getBoundingClientRect().bottom + scrollY - innerHeight + 20);
    }, tag);
    const scrolled = await tab.evaluate((tag) => document.querySelector(tag).getBoundingClientRect().top, tag);
    if (scrolled > -100)
      problems.push(`<${tag}> scrolled: the first screen is too short to scroll past its top (${scrolled})`);
    const early = await exitAtTop();
    if (early)
      problems.push(`<${tag}> cy 320 px, scrolled before the code came: the quick exit is not in reach (${early})`);
    release();
    await tab.waitForFunction((tag) => customElements.get(tag), {}, tag);
    await tab.evaluate((tag) => document.querySelector(tag).updateComplete, tag);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const late = await exitAtTop();
    if (late)
      problems.push(
        `<${tag}> cy 320 px, scrolled, once the element took over: the quick exit is not in reach (${late})`,
      );
    await tab.close();
  }

  // A config-src the page's policy refuses (connect-src 'self', the file on another origin): the
  // webmaster reads that the policy refused it, and what to allow, not only "Failed to fetch".
  if (tag === 'rpc-screener') {
    const { tab, errors, release } = await open(tag, 'en', 360, '?cross');
    release();
    const said = () => errors.find((e) => e.includes('config-src'));
    for (let waited = 0; !said() && waited < 10000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    const origin = `http://localhost:${server.address().port}`;
    if (!said()?.includes(`Content Security Policy does not allow it: add ${origin} to its connect-src`))
      problems.push(`<${tag}> with a config-src the policy refuses: the webmaster reads ${JSON.stringify(said())}`);
    await tab.close();
  }

  // Start pressed before the code has come: honoured once it has.
  {
    const { tab, release } = await open(tag, 'en', 360);
    await tab.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelector('.intro button').click(), tag);
    release();
    await tab
      .waitForFunction(
        (tag, word) =>
          document.querySelector(tag).shadowRoot.querySelector('[data-step="question"] h2')?.textContent.includes(word),
        { timeout: 15000 },
        tag,
        WORDS.en.first,
      )
      .catch(() => problems.push(`<${tag}>: Start pressed before the code came did not reach the first question`));
    await tab.close();
  }

  // The code never answering (a stalled connection), once, for the screener (it takes 10 s): the
  // drawn screen stays with its 999 and quick exit; once Start is pressed it says the tool did not
  // load and opens "Need help now?", not "Loading." for ever; the code, let through at last, takes
  // over there.
  if (tag === 'rpc-screener') {
    const { tab, release } = await open(tag, 'en', 360);
    await new Promise((r) => setTimeout(r, 10500));
    const state = () =>
      tab.evaluate((tag) => {
        const el = document.querySelector(tag);
        const root = el.shadowRoot;
        return {
          defined: !!customElements.get(tag),
          drawn: !!root.querySelector('[data-rpc-first] .intro'),
          note: root.querySelector('[data-rpc-fallback]')?.textContent ?? '',
          open: !!root.querySelector('details[open] a[href="tel:999"]'),
          exit: !!root.querySelector('[data-rpc-first-exit]')?.shadowRoot?.querySelector('button'),
          box: [...root.children].some((n) => n.hasAttribute('data-rpc-fallback')),
          question: !!root.querySelector('[data-step="question"]'),
        };
      }, tag);
    const before = await state();
    if (before.defined || !before.drawn || before.note || before.box)
      problems.push(`<${tag}>, code stalled 10 s: the drawn screen did not stay as it was (${JSON.stringify(before)})`);
    await tab.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelector('.intro button').click(), tag);
    await new Promise((r) => setTimeout(r, 300));
    const pressed = await state();
    if (
      pressed.note !== 'This tool did not load. You can still call the helplines below.' ||
      !pressed.open ||
      !pressed.exit
    )
      problems.push(`<${tag}>, code stalled, Start pressed: ${JSON.stringify(pressed)}`);
    const a11y = await tab.evaluate(async () => (await window.axe.run(document)).violations.map((v) => v.id));
    if (a11y.length) problems.push(`<${tag}>, code stalled, Start pressed: axe ${a11y.join(', ')}`);
    release();
    // The person was sent to the helplines: the element takes over there (its introduction, "Need
    // help now?" still open), not on a first question.
    await tab
      .waitForFunction(
        (tag) => customElements.get(tag) && !document.querySelector(tag).shadowRoot.querySelector('[data-rpc-first]'),
        { timeout: 15000 },
        tag,
      )
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 300));
    const after = await state();
    if (!after.defined || after.note || after.box || after.question || !after.open)
      problems.push(`<${tag}>, code stalled then let through: ${JSON.stringify(after)}`);
    await tab.close();
  }

  // The quick exit on the first screen, before any chunk has come.
  const { tab, release } = await open(tag, 'en', 360);
  const historyLength = await tab.evaluate(() => history.length);
  const left = tab.waitForNavigation();
  await tab.evaluate(
    (tag) =>
      document
        .querySelector(tag)
        .shadowRoot.querySelector('[data-rpc-first-exit]')
        .shadowRoot.querySelector('button')
        .click(),
    tag,
  );
  await left;
  const there = await tab.evaluate(() => ({
    url: location.href,
    history: history.length,
    referrer: document.referrer,
  }));
  if (there.url !== `${EXIT}` || there.history !== historyLength || there.referrer)
    problems.push(
      `<${tag}>: the quick exit on the first screen went to ${JSON.stringify(there)} (history ${historyLength} before)`,
    );
  release();
  await tab.close();
}

await browser.close();
server.close();
if (problems.length) {
  console.error(`First screen check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `First screen check passed: ${elements
    .filter((e) => e.firstScreen)
    .map((e) => `<${e.tag}>`)
    .join(
      ', ',
    )} from their CDN files, with the chunks held back, show the heading, Start, the quick exit and 999 first in "Need help now?" (axe clean, strict CSP, with Trusted Types too, with a nonce-only policy too, English at 360 and 1280 px, Welsh at 320 px; scrolled before the code came, the quick exit stays at the top of the window, where a tap presses it); the element takes the screen over with everything in the same place (an open "Need help now?" too) and a Start pressed before reaches the first question; with the code stalled 10 s, Start pressed says the tool did not load with 999 and the helplines open, and the code, when it comes, takes over there; a config-src the page's policy refuses is named as refused by it; the quick exit leaves at once with the history entry replaced and no referrer.`,
);

// An outside check of the quick exit in real Chromium, side by side with GOV.UK Frontend's own
// built "Exit this page" (installed from npm, served from a fixture page). The RPC Kit side is the
// demo page with two elements from two separately built files (dist/cdn/rpc-screener.js and
// rpc-help-finder.js, each with its own copy of the shared code).
//
// Pages are served without `Cache-Control: no-store` and without a Referrer-Policy header, as many
// council sites are: the browser may keep them for Back, and sends the page's address by default.
// The exit site is a second local server on another origin; it records what reaches it. A
// `204 No Content` exit leaves the page as it is, to look behind the cover.
//
// Prints "RPC Kit vs GOV.UK" for each behaviour, and fails if RPC Kit fails any of them.
// Run after `npm run build`: node test/e2e/check-quick-exit.mjs
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { STRICT_CSP, TYPES, resolveFile } from '../../scripts/static-files.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const NEUTRAL = 'https://www.bbc.co.uk/weather';
const started = Date.now();

const listen = (server, host) =>
  new Promise((done) => server.listen(0, host, () => done(`http://${host}:${server.address().port}`)));

// The exit site, on another origin (127.0.0.1; the pages are on localhost).
const arrivals = [];
const exitSite = createServer((req, res) => {
  if (req.url.startsWith('/weather') || req.url.startsWith('/nocontent'))
    arrivals.push({ path: req.url, referer: req.headers.referer ?? null });
  if (req.url.startsWith('/nocontent')) {
    res.writeHead(204);
    res.end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(
    '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Weather</title><h1>Weather</h1></html>',
  );
});
const exitOrigin = await listen(exitSite, '127.0.0.1');

const MOUNTS = [
  { prefix: '/cdn/', dir: join(root, 'dist', 'cdn') },
  { prefix: '/govuk/', dir: join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk') },
  { prefix: '/assets/', dir: join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'assets') },
  { prefix: '/fixtures/', dir: join(root, 'test', 'e2e', 'fixtures') },
  { prefix: '/', dir: join(root, 'docs') },
];
const pages = createServer(async (req, res) => {
  let path = new URL(req.url ?? '/', 'http://localhost').pathname;
  // Under /nc/ the exit site answers 204 No Content: the page stays, covered, to be looked at.
  const target = path.startsWith('/nc/') ? `${exitOrigin}/nocontent` : `${exitOrigin}/weather`;
  if (path.startsWith('/nc/')) path = path.slice(3);
  const file = await resolveFile(MOUNTS, path);
  if (file) {
    let body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // The council's exit address (config, links, GOV.UK's href) points at the local exit site.
    if (/html|json/.test(type)) body = String(body).replaceAll(NEUTRAL, target);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': STRICT_CSP,
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('Not found');
});
const origin = await listen(pages, 'localhost');

/** The two sides: what each page is, how to give its tool something to forget, and whether it still holds it. */
const SIDES = [
  {
    key: 'rpc',
    name: 'RPC Kit',
    path: '/domestic-abuse.html',
    button: 'pierce/button.exit',
    skipLink: 'a.skip-link[href="#main"]',
    link: '.demo-banner a[href="support.html"]',
    cover: '#rpc-quick-exit-overlay',
    // Both elements shown, and the council's config applied (until then the exit goes to the
    // default). An exit button not yet upgraded (the screener's drawn first screen has one) has
    // no exitUrl at all: wait for the element's own, with the council's address.
    ready: (page) =>
      page.waitForFunction(
        (neutral) =>
          document.querySelector('rpc-screener')?.shadowRoot?.querySelector('.intro button') &&
          document.querySelector('rpc-help-finder')?.shadowRoot?.querySelector('#filter-text') &&
          [...document.querySelectorAll('rpc-screener, rpc-help-finder')].every((el) => {
            const url = el.shadowRoot.querySelector('rpc-quick-exit')?.exitUrl;
            return typeof url === 'string' && url !== neutral;
          }),
        { timeout: 10000 },
        NEUTRAL,
      ),
    async fill(page) {
      await page.evaluate(async () => {
        const tick = () => new Promise((r) => setTimeout(r, 30));
        const s = document.querySelector('rpc-screener').shadowRoot;
        // Each question as a person waits for it: on a busy machine the questions' code can take
        // longer than a tick to come after Start ("Loading the questions." shows meanwhile).
        const find = async (selector) => {
          for (let i = 0; i < 300 && !s.querySelector(selector); i++) await tick();
          return s.querySelector(selector);
        };
        const answer = async (question, value) => {
          (await find(`fieldset[data-question-id="${question}"] input[value="${value}"]`)).click();
          s.querySelector('button[type="submit"]').click();
          await tick();
        };
        s.querySelector('.intro button').click();
        await answer('safe-to-continue', 'yes');
        await answer('danger-now', 'no');
        (await find('fieldset[data-question-id="afraid"] input[value="yes"]')).click(); // chosen, not yet sent
      });
      await page.type('pierce/#filter-text', 'refuge for me and my kids');
    },
    holds: (page) =>
      page.evaluate(() => {
        const s = document.querySelector('rpc-screener')?.shadowRoot;
        const f = document.querySelector('rpc-help-finder')?.shadowRoot;
        const screener = !!s && (!s.querySelector('.intro') || s.querySelectorAll('input:checked').length > 0);
        const finder = !!f && (f.querySelector('#filter-text')?.value ?? '') !== '';
        return screener || finder;
      }),
  },
  {
    key: 'govuk',
    name: 'GOV.UK',
    path: '/fixtures/govuk-exit-this-page.html',
    button: '.govuk-exit-this-page__button',
    skipLink: '.govuk-skip-link',
    link: 'a.govuk-link[href="/support.html"]',
    cover: '.govuk-exit-this-page-overlay',
    ready: (page) => page.waitForSelector('.govuk-exit-this-page__indicator', { timeout: 10000 }),
    async fill(page) {
      await page.click('#afraid');
      await page.type('#need', 'refuge for me and my kids');
    },
    holds: (page) =>
      page.evaluate(() => !!(document.querySelector('#afraid')?.checked || document.querySelector('#need')?.value)),
  },
];

const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
const notes = [];
const foreign = { rpc: [], govuk: [] };
const restored = { rpc: [], govuk: [] };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Opens a side's page after a first, neutral page, so Back has somewhere to go. */
async function open(side, { nocontent = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 800 });
  page.on('pageerror', (e) => notes.push(`${side.name}: page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    const exit = url.origin === exitOrigin && r.isNavigationRequest();
    if (url.origin !== origin && url.protocol !== 'data:' && !exit) foreign[side.key].push(r.url());
  });
  await page.evaluateOnNewDocument(() => {
    window.__shows = [];
    addEventListener('pageshow', (e) => window.__shows.push(e.persisted));
  });
  await page.goto(`${origin}/fixtures/start.html`);
  await page.goto(`${origin}${nocontent ? '/nc' : ''}${side.path}`);
  await side.ready(page);
  return page;
}

/** Waits for the exit site to be reached, and returns what reached it. */
async function arrival(from, path) {
  for (let i = 0; i < 100; i++) {
    const found = arrivals.slice(from).find((a) => a.path.startsWith(path));
    if (found) return found;
    await sleep(50);
  }
  return undefined;
}

const ACTIONS = {
  click: (page, side) => page.click(side.button),
  shift: async (page) => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  },
  enter: async (page, side) => {
    await page.focus(side.button);
    await page.keyboard.press('Enter');
  },
  space: async (page, side) => {
    await page.focus(side.button);
    await page.keyboard.press('Space');
  },
};

/** Leaves by an action; with `nocontent` the page stays, covered. Returns what reached the exit site. */
async function leave(page, side, action = 'click', { nocontent = false } = {}) {
  const from = arrivals.length;
  if (nocontent) {
    await ACTIONS[action](page, side);
    const got = await arrival(from, '/nocontent');
    await sleep(100);
    return got;
  }
  const navigated = page.waitForNavigation({ timeout: 5000 }).catch(() => undefined);
  await ACTIONS[action](page, side);
  const got = await arrival(from, '/weather');
  await navigated;
  return got;
}

/** Back, whether the page comes from the back-forward cache (no load event) or loads again. */
async function back(page, side) {
  await Promise.race([page.goBack({ waitUntil: 'domcontentloaded' }).catch(() => undefined), sleep(3000)]);
  await sleep(250);
  const state = await page.evaluate(() => ({ url: location.href, persisted: window.__shows?.at(-1) ?? false }));
  restored[side.key].push(state.persisted);
  return state;
}

/** The element that has focus, through shadow roots, as a short description. */
const deepActive = (page) =>
  page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a && a !== document.body && a !== document.documentElement
      ? `${a.localName}${a.id ? `#${a.id}` : ''} ${a.textContent.trim().slice(0, 30)}`
      : null;
  });

const flatten = (node, out = []) => {
  if (!node) return out;
  out.push(node);
  for (const child of node.children ?? []) flatten(child, out);
  return out;
};

const exitButtons = async (page, words = /Exit this page|Gadael y dudalen hon/) =>
  flatten(await page.accessibility.snapshot()).filter((n) => n.role === 'button' && words.test(n.name ?? ''));

function contrast(fg, bg) {
  const lum = (c) => {
    const [r, g, b] = c
      .match(/\d+(\.\d+)?/g)
      .slice(0, 3)
      .map(Number)
      .map((v) => v / 255);
    const f = (v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

const ROWS = [
  [
    'one exit button on the page (RPC Kit: two elements, two files)',
    async (side) => {
      const page = await open(side);
      const buttons = await exitButtons(page);
      if (side.key === 'rpc') {
        const files = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
        for (const f of ['rpc-screener.js', 'rpc-help-finder.js'])
          if (!files.some((n) => n.endsWith(`/cdn/${f}`))) notes.push(`RPC Kit: ${f} was not loaded`);
      }
      await page.close();
      return buttons.length === 1;
    },
  ],
  ...Object.entries({ click: 'a click', shift: 'Shift pressed 3 times', enter: 'Enter', space: 'Space' }).map(
    ([action, label]) => [
      `${label} leaves for the exit site`,
      async (side) => {
        const page = await open(side);
        const got = await leave(page, side, action);
        await page.close();
        return !!got;
      },
    ],
  ),
  [
    'no Referer reaches the exit site',
    async (side) => {
      const page = await open(side);
      const got = await leave(page, side);
      await page.close();
      if (got?.referer) notes.push(`${side.name}: the exit site got Referer: ${got.referer}`);
      return !!got && got.referer === null;
    },
  ],
  [
    'the cover shows at once, readable (contrast at least 4.5:1)',
    async (side) => {
      const page = await open(side, { nocontent: true });
      await page.click(side.button);
      const cover = await page.evaluate((sel) => {
        const c = document.querySelector(sel);
        if (!c) return undefined;
        const s = getComputedStyle(c);
        return { text: c.textContent.trim(), color: s.color, background: s.backgroundColor };
      }, side.cover);
      await page.close();
      return !!cover?.text && contrast(cover.color, cover.background) >= 4.5;
    },
  ],
  [
    'nothing behind the cover reachable by Tab',
    async (side) => {
      const page = await open(side, { nocontent: true });
      await leave(page, side, 'click', { nocontent: true });
      const reached = [];
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        const active = await deepActive(page);
        if (active) reached.push(active);
      }
      await page.close();
      if (reached.length) notes.push(`${side.name}: Tab reached ${[...new Set(reached)].join(' | ')}`);
      return reached.length === 0;
    },
  ],
  [
    'nothing behind the cover in the accessibility tree',
    async (side) => {
      const page = await open(side, { nocontent: true });
      await leave(page, side, 'click', { nocontent: true });
      const coverText = await page.evaluate((sel) => document.querySelector(sel)?.textContent.trim(), side.cover);
      const names = flatten(await page.accessibility.snapshot())
        .slice(1)
        .map((n) => n.name)
        .filter(Boolean);
      await page.close();
      const behind = names.filter((n) => n !== coverText);
      if (behind.length)
        notes.push(`${side.name}: behind the cover, a screen reader finds: ${behind.slice(0, 4).join(' | ')}`);
      return behind.length === 0;
    },
  ],
  [
    'every element on the page wiped on exit',
    async (side) => {
      const page = await open(side, { nocontent: true });
      await side.fill(page);
      if (!(await side.holds(page))) notes.push(`${side.name}: the answers were not filled in`);
      await leave(page, side, 'click', { nocontent: true });
      await sleep(100);
      const holds = await side.holds(page);
      await page.close();
      return !holds;
    },
  ],
  [
    'Back after the exit never shows the tool with answers',
    async (side) => {
      const page = await open(side);
      await side.fill(page);
      await leave(page, side);
      const { url } = await back(page, side);
      const holds = url.startsWith(origin) && (await side.holds(page));
      await page.close();
      return !holds;
    },
  ],
  [
    'same-page entries (#main, pushState), exit, Back: no answers',
    async (side) => {
      const page = await open(side);
      await side.fill(page);
      await page.evaluate(() => {
        location.hash = 'main';
        history.pushState(null, '', `${location.pathname}?step=2#main`);
      });
      await leave(page, side);
      const first = await back(page, side);
      const holds = first.url.startsWith(origin) && (await side.holds(page));
      await page.close();
      return !holds;
    },
  ],
  [
    'an ordinary link, then Back: no answers',
    async (side) => {
      const page = await open(side);
      await side.fill(page);
      await Promise.all([page.waitForNavigation(), page.click(side.link)]);
      const { url } = await back(page, side);
      const holds = url.startsWith(origin) && (await side.holds(page));
      await page.close();
      return !holds;
    },
  ],
  [
    'follows a Welsh page: "Gadael y dudalen hon" with no setup',
    async (side) => {
      const page = await open(side);
      await page.evaluate(() => (document.documentElement.lang = 'cy'));
      await sleep(200);
      const buttons = await exitButtons(page);
      await page.close();
      return buttons.length === 1 && buttons[0].name.includes('Gadael y dudalen hon');
    },
  ],
  [
    '320 px, a header with Menu on top, the tool further down: Menu not under the button, nor anything Tab reaches',
    (side) => focusUnderTheButton(side),
  ],
  [
    '320 px, the header stuck to the top, the tool scrolled past: Menu not under the button, nor anything Tab reaches',
    (side) => focusUnderTheButton(side, true),
  ],
];

/**
 * RPC Kit only: on a 320 px screen, walks every question of the screener by keyboard (Continue
 * focused, Enter), as a person would, and counts the new questions whose heading sits under the
 * pinned button.
 */
async function headingsUnderTheButton(lang) {
  const page = await open(SIDES[0]);
  await page.setViewport({ width: 320, height: 640 });
  await page.evaluate((lang) => (document.documentElement.lang = lang), lang);
  await page.evaluate(() => document.querySelector('rpc-screener').shadowRoot.querySelector('.intro button').click());
  await sleep(100);
  let steps = 0;
  const covered = [];
  for (let i = 0; i < 30; i++) {
    const id = await page.evaluate(() => {
      const s = document.querySelector('rpc-screener').shadowRoot;
      const fieldsets = [...s.querySelectorAll('fieldset')];
      if (!fieldsets.length) return undefined;
      // A step may ask several questions: answer each.
      for (const fieldset of fieldsets) {
        const yes = ['safe-to-continue', 'can-disagree-safely'].includes(fieldset.dataset.questionId);
        const radios = [...fieldset.querySelectorAll('input[type="radio"]')];
        const pick = yes
          ? fieldset.querySelector('input[value="yes"]')
          : (fieldset.querySelector('input[value="no"]') ?? radios.at(-1));
        pick.click();
      }
      return fieldsets[0].dataset.questionId;
    });
    if (!id) break;
    await page.focus('pierce/button[type="submit"]');
    await page.keyboard.press('Enter');
    await sleep(150);
    const m = await page.evaluate(() => {
      const s = document.querySelector('rpc-screener').shadowRoot;
      const heading = s.querySelector('[data-focus-target]')?.getBoundingClientRect();
      const bar = s.querySelector('rpc-quick-exit').shadowRoot.querySelector('.bar.pinned')?.getBoundingClientRect();
      return {
        id: s.querySelector('fieldset')?.dataset.questionId ?? 'result',
        covered: !!(heading && bar && heading.top < bar.bottom && heading.bottom > bar.top && heading.right > bar.left),
      };
    });
    steps += 1;
    if (m.covered) covered.push(m.id);
  }
  await page.close();
  if (covered.length) notes.push(`RPC Kit (${lang}, 320 px): headings under the button: ${covered.join(', ')}`);
  return { steps, covered: covered.length };
}

/**
 * Both sides, on a 320 px screen with a council's header on top (its Menu button at the top
 * right, where phone headers put it) and the page's content pushed below the first screen:
 * Tab from the top of the page, as a keyboard user would, and count the controls that, once
 * focused, sit under the exit button (WCAG 2.4.11), and whether the Menu button can be tapped. With
 * `sticky`, the header stays at the top of the window (as many council sites' do): checked again
 * once the page has scrolled past the tool's start.
 */
async function focusUnderTheButton(side, sticky = false) {
  const page = await open(side);
  await page.setViewport({ width: 320, height: 640 });
  await page.evaluate((sticky) => {
    const header = document.createElement('div');
    header.style.cssText = `display:flex;justify-content:space-between;padding:8px;background:#1d4f91${
      sticky ? ';position:sticky;top:0;z-index:10' : ''
    }`;
    header.innerHTML =
      '<a href="#top" style="color:#fff">Northshire Council</a><button type="button" id="menu">Menu</button>';
    const spacer = document.createElement('div');
    spacer.style.height = '700px';
    document.body.prepend(header, spacer);
    scrollTo(0, 0);
    document.activeElement?.blur();
  }, sticky);
  await sleep(300);
  const covered = [];
  const menuFree = () =>
    page.evaluate(() => {
      // Its middle and both ends: none of it under the button.
      const m = document.querySelector('#menu').getBoundingClientRect();
      const hits = [m.left + 2, m.left + m.width / 2, m.right - 2].map((x) =>
        document.elementFromPoint(x, m.top + m.height / 2),
      );
      const hit = hits.find((h) => h?.id !== 'menu');
      return !hit || `under ${hit.localName}`;
    });
  let menu = await menuFree();
  if (sticky && menu === true) {
    // Past the start of the first tool, still in it (the button pinned to the top, if it pins);
    // then back to the top of the page, for the keyboard.
    await page.evaluate(() => {
      const first =
        document.querySelector('rpc-screener') ??
        document.querySelector('.govuk-exit-this-page') ??
        document.querySelector('main');
      scrollTo(0, first.getBoundingClientRect().top + scrollY + 500);
    });
    await sleep(800);
    menu = await menuFree();
    await page.evaluate(() => scrollTo(0, 0));
    await sleep(300);
  }
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    await sleep(120);
    const seen = await page.evaluate((selector) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const pierce = (root) => {
        const found = [...root.querySelectorAll(selector.replace('pierce/', ''))];
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...pierce(el.shadowRoot));
        return found;
      };
      const button = pierce(document).find((b) => b.getBoundingClientRect().width > 0);
      if (!active || active === document.body || !button || active === button || active.closest?.('.skip')) return;
      const r = active.getBoundingClientRect();
      const b = button.getBoundingClientRect();
      const overlaps = r.top < b.bottom && r.bottom > b.top && r.left < b.right && r.right > b.left;
      return { name: (active.id || active.textContent || active.localName).trim().slice(0, 30), overlaps };
    }, side.button);
    if (seen?.overlaps) covered.push(seen.name);
  }
  await page.close();
  if (covered.length) notes.push(`${side.name} (320 px): focused under the button: ${covered.join(', ')}`);
  if (menu !== true) notes.push(`${side.name} (320 px): the header's Menu button is ${menu}`);
  return covered.length === 0 && menu === true;
}

const results = [];
try {
  for (const [name, run] of ROWS) {
    const row = { name };
    for (const side of SIDES) {
      try {
        row[side.key] = await run(side);
      } catch (error) {
        row[side.key] = false;
        notes.push(`${side.name} / ${name}: ${error.message.split('\n')[0]}`);
      }
    }
    results.push(row);
  }
  for (const lang of ['en', 'cy']) {
    const { steps, covered } = await headingsUnderTheButton(lang);
    results.push({
      name: `320 px, ${lang === 'cy' ? 'Welsh' : 'English'}: no new question's heading under the button (${covered} of ${steps})`,
      // Every step of the plain conflict route (docs/journeys.md: 17 screens), each heading checked.
      rpc: steps >= 16 && covered === 0,
      govuk: undefined,
    });
  }
  results.push({
    name: 'no request to another origin (but the exit itself)',
    rpc: foreign.rpc.length === 0,
    govuk: foreign.govuk.length === 0,
  });
  for (const side of SIDES) if (foreign[side.key].length) notes.push(`${side.name}: requests to ${foreign[side.key]}`);
} finally {
  await browser.close();
  pages.close();
  exitSite.close();
}

const mark = (ok) => (ok === undefined ? 'n/a' : ok ? 'pass' : 'FAIL');
const width = Math.max(...results.map((r) => r.name.length));
console.log(`\n${'behaviour'.padEnd(width)}  RPC Kit  GOV.UK`);
for (const r of results) console.log(`${r.name.padEnd(width)}  ${mark(r.rpc).padEnd(7)}  ${mark(r.govuk)}`);
const yes = (list) => (list.length ? list.map((p) => (p ? 'yes' : 'no')).join(', ') : 'n/a');
console.log(
  `\nBack restored from the back-forward cache: RPC Kit ${yes(restored.rpc)}; GOV.UK ${yes(restored.govuk)}` +
    ` (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
for (const n of notes) console.log(`  note: ${n}`);

const worse = results.filter((r) => !r.rpc && r.govuk).map((r) => r.name);
const failed = results.filter((r) => !r.rpc).map((r) => r.name);
if (!restored.govuk.includes(true)) {
  console.error('\nThe back-forward cache never restored a page: the Back rows prove nothing. Is it switched off?');
  process.exit(1);
}
if (failed.length) {
  console.error(
    `\nQuick exit check failed: ${failed.join('; ')}${worse.length ? ` (worse than GOV.UK: ${worse.join('; ')})` : ''}`,
  );
  process.exit(1);
}
console.log('\nQuick exit check passed: RPC Kit passes every row, and is nowhere worse than GOV.UK’s Exit this page.');

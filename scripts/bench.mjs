// The comparison benchmark: the built <rpc-screener> beside the other ways a council could ask the
// same questions, and the help finder with a county-sized Open Referral UK feed, in one Chromium,
// printed as tables with the targets of the performance issue beside our figures.
//
//   npm run build && npm run bench              25 loads of each page (several minutes)
//   node scripts/bench.mjs --quick              2 loads each, one feed run: checks it all still works (CI)
//   node scripts/bench.mjs --loads 10 --json out.json
//   node scripts/bench.mjs --feed-page /bench/my-page.html --feed-element my-finder
//                                               the help finder rows for another page too
//   node scripts/bench.mjs --cdn /elsewhere/cdn the element files of another build (say, before a change)
//   node scripts/bench.mjs --before /elsewhere/cdn   that build's screener as one more page, in the same
//                                               run (interleaved with the others), to compare a change
//
// Every page is served from this machine on a random port; a request to any other origin is
// refused, and fails the run. Each load is a fresh browser context with the cache off, and the
// pages are loaded in turn (interleaved, the order rotating every round), so a slow moment of the
// machine falls on all of them; the tables give medians.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { feedItems } from './bench/feed.mjs';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { TYPES, resolveFile } from './static-files.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const QUICK = args.includes('--quick');
const LOADS = Number(option('--loads') ?? (QUICK ? 2 : 25));
const FEED_RUNS = Number(option('--feed-runs') ?? (QUICK ? 1 : 5));
const SLOWDOWN = 4;
const TYPED = QUICK ? 'relationship' : 'relationship support kelby';
const TIMEOUT = 60_000;

// The pages compared. `find` is where the first question's words are (selectors, each inside the
// previous one's shadow root when it has one) and a piece of its text: "first question painted"
// is the first frame in which that element is laid out and visible with its words in it.
const CONTENDERS = [
  {
    name: 'rpc-screener.js',
    page: '/bench/screener.html',
    // The screener's first screen: its heading and Start (the first question is one tap away).
    find: { path: ['rpc-screener', 'h2'], text: 'Find the right help' },
    what: 'the heading of its first screen, with a config from config-src',
  },
  {
    name: 'SurveyJS, same 13 questions',
    page: '/bench/surveyjs.html',
    find: { path: ['.sd-question__title'], text: 'in danger right now' },
    what: 'the first question’s title',
  },
  {
    name: 'minimal Lit element, one question',
    page: '/bench/lit.html',
    find: { path: ['bench-question', 'legend'], text: 'in danger right now' },
    what: 'the question’s legend',
  },
  {
    name: 'GOV.UK Frontend radios page',
    page: '/bench/govuk.html',
    find: { path: ['legend h1'], text: 'in danger right now' },
    what: 'the question’s legend',
  },
  {
    // The floor: what the browser itself costs, with no script and no style sheet.
    name: 'page with no script (the floor)',
    page: '/bench/blank.html',
    find: { path: ['h1'], text: 'in danger right now' },
    what: 'the question as a heading',
  },
];

// Another build's screener, loaded in turn with the rest: a change measured in one run.
const BEFORE = option('--before') && resolve(option('--before'));
if (BEFORE)
  CONTENDERS.push({
    name: 'rpc-screener.js, --before build',
    page: '/bench/screener-before.html',
    find: CONTENDERS[0].find,
    what: 'the same, from the build given with --before',
  });

// The help finder pages: a page, the element, and where its list and search box are. Another
// page can be added from the command line (--feed-page, --feed-element).
const FEED_VARIANTS = [
  { name: '`<rpc-help-finder>` (rpc-help-finder.js)', page: '/bench/help-finder.html', element: 'rpc-help-finder' },
  { name: 'plain page, streamOrukFeed slices', page: '/bench/feed-list.html', element: 'bench-feed-list' },
  // The floor: the same page, a keystroke only writing what was typed into one line.
  { name: 'the same, a key only echoed (the floor)', page: '/bench/feed-echo.html', element: 'bench-feed-list' },
];
if (option('--feed-page'))
  FEED_VARIANTS.push({
    name: option('--feed-page'),
    page: option('--feed-page'),
    element: option('--feed-element') ?? 'rpc-help-finder',
  });

const TARGETS = {
  bytes: { limit: 20_000, text: '≤ 20 kB' },
  bytesAll: { limit: 30_000, text: '≤ 30 kB per element' },
  paintRatio: { limit: 1.1, text: '≤ 1.1× the Lit element' },
  cls: { limit: 0, text: '0' },
  task: { limit: 50, text: 'no task over 50 ms' },
  firstList1: { limit: 150, text: '≤ 150 ms' },
  firstList4: { limit: 400, text: '≤ 400 ms' },
  key1: { limit: 16, text: '< 16 ms' },
  key4: { limit: 50, text: '< 50 ms' },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const ms = (n) => `${Math.round(n)} ms`;
const met = (ok) => (ok ? 'met' : 'not met');

// --- What is served -------------------------------------------------------------------------

const CDN = resolve(option('--cdn') ?? join(ROOT, 'dist/cdn'));
if (!existsSync(join(CDN, 'rpc-screener.js')) || !existsSync(join(ROOT, 'packages/rules/dist/lean.js'))) {
  console.error('bench: run `npm run build` first (it measures the built files in dist/cdn/).');
  process.exit(1);
}
const rules = await import('../packages/rules/dist/lean.js');

const built = mkdtempSync(join(tmpdir(), 'rpc-bench-'));
await build({
  entryPoints: {
    'lit-question': join(ROOT, 'test/bench/lit-question.ts'),
    'feed-list': join(ROOT, 'test/bench/feed-list.ts'),
  },
  outdir: built,
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['@rpc-kit/source'],
  legalComments: 'none',
  logLevel: 'error',
});

const safety = rules
  .questionBank({ tool: 'screener', audience: 'parent', locale: 'en' })
  .filter((q) => q.group === 'safety');
const feed = JSON.stringify(feedItems(rules.parseOrukPage));
const GENERATED = {
  '/bench/council.json': readFileSync(join(ROOT, 'docs/examples/northshire.config.json'), 'utf8'),
  '/bench/feed.json': feed,
  '/bench/survey-questions.js': `window.BENCH_QUESTIONS = ${JSON.stringify(safety)};\n`,
};
if (BEFORE)
  GENERATED['/bench/screener-before.html'] = readFileSync(join(ROOT, 'test/bench/screener.html'), 'utf8').replace(
    '/cdn/rpc-screener.js',
    '/cdn-before/rpc-screener.js',
  );
const MOUNTS = [
  { prefix: '/cdn/', dir: CDN },
  ...(BEFORE ? [{ prefix: '/cdn-before/', dir: BEFORE }] : []),
  { prefix: '/bench-built/', dir: built },
  { prefix: '/bench/', dir: join(ROOT, 'test/bench') },
  { prefix: '/survey-core/', dir: join(ROOT, 'node_modules/survey-core') },
  { prefix: '/survey-js-ui/', dir: join(ROOT, 'node_modules/survey-js-ui') },
  { prefix: '/govuk/', dir: join(ROOT, 'node_modules/govuk-frontend/dist/govuk') },
];

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const headers = { 'Cache-Control': 'no-store' };
  if (Object.hasOwn(GENERATED, path)) {
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)], ...headers });
    res.end(GENERATED[path]);
    return;
  }
  const file = await resolveFile(MOUNTS, path);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain', ...headers });
    res.end('Not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
  res.end(await readFile(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- In the page ----------------------------------------------------------------------------

/**
 * Installed before any script of the page: layout shifts, the first paint of an element (watched
 * from the start when `find` is given: a page may paint before its load event), keystrokes.
 */
function inPage(find) {
  const bench = (window.__bench = { shifts: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) bench.shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });

  const locate = (path) => {
    let node = document;
    for (const selector of path) {
      node = (node.shadowRoot ?? node).querySelector(selector);
      if (!node) return null;
    }
    return node;
  };
  const visible = (el) =>
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().height > 0;
  /** Calls back after the frame now being drawn has been painted. */
  const afterPaint = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  };

  /** When an element at `path` with `text` in it is first painted, visible (ms from navigation). */
  bench.painted = (path, text = '') =>
    new Promise((resolve) => {
      const frame = () => {
        const el = locate(path);
        if (el && el.textContent.includes(text) && visible(el)) afterPaint(resolve);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });

  if (find) bench.firstPainted = bench.painted(find.path, find.text);

  /** When a resource whose URL ends so had arrived (its responseEnd). */
  bench.arrived = (end) =>
    new Promise((resolve) => {
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntries().find((e) => e.name.endsWith(end));
        if (entry) {
          observer.disconnect();
          resolve(entry.responseEnd);
        }
      }).observe({ type: 'resource', buffered: true });
    });

  /** Resolves once nothing in the element's shadow root has changed for `quietMs`. */
  bench.quiet = (path, quietMs) =>
    new Promise((resolve) => {
      let last = performance.now();
      const observer = new MutationObserver(() => (last = performance.now()));
      observer.observe(locate(path).shadowRoot, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      const check = () => {
        if (performance.now() - last >= quietMs) {
          observer.disconnect();
          resolve(last);
        } else setTimeout(check, 50);
      };
      setTimeout(check, 50);
    });

  /**
   * The next keystroke, from the key event to the paint that shows its result: the first frame
   * after which nothing in the element changed any more (the first frame, if nothing changed).
   */
  bench.nextKey = (path) => {
    bench.key = new Promise((resolve) => {
      const root = locate(path).shadowRoot;
      let start;
      let changed = -Infinity;
      const observer = new MutationObserver(() => (changed = performance.now()));
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      addEventListener('keydown', (e) => (start = e.timeStamp), { capture: true, once: true });
      let previous; // { frame, painted } of the last frame after the key
      const frame = () => {
        if (start === undefined) return requestAnimationFrame(frame);
        const at = performance.now();
        afterPaint((painted) => {
          if (previous && changed < previous.frame) {
            observer.disconnect();
            resolve({ start, painted: previous.painted });
          } else {
            previous = { frame: at, painted };
            requestAnimationFrame(frame);
          }
        });
      };
      requestAnimationFrame(frame);
    });
  };

  /** A mark in the page's trace, to line the trace up with the page's clock. */
  bench.sync = () => performance.mark('bench:sync').startTime;
  bench.locate = locate;
}

// --- Loading a page ------------------------------------------------------------------------

const executablePath = findBrowser();
if (!executablePath) {
  console.error('bench: no Chromium found (set CHROME_PATH).');
  process.exit(1);
}
const browser = await puppeteer.launch({
  executablePath,
  args: [...BROWSER_ARGS, '--window-size=360,800'],
  headless: true,
});
const problems = [];
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  '__metadata',
  // RenderFrameImpl::CommitNavigation: the browser's task that commits the page and starts parsing it.
  'navigation',
];

/** A fresh context and page, the cache off, the CPU slowed, other origins refused. */
async function openPage(slowdown, record, find) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 360, height: 800 });
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) request.continue();
    else {
      problems.push(`a request to another origin: ${url}`);
      request.abort();
    }
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  const bodies = [];
  if (record)
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || type === 'stylesheet')
        bodies.push(
          response.buffer().then((body) => ({ url: response.url(), type, gzip: gzipSync(body, { level: 9 }).length })),
        );
    });
  await page.evaluateOnNewDocument(inPage, find);
  return { context, page, bodies };
}

/** The tasks on the page's main thread in a trace, and a clock from the page's times to the trace's. */
function mainThread(traceBuffer, sync) {
  const events = JSON.parse(Buffer.from(traceBuffer).toString()).traceEvents;
  const mark = events.find((e) => e.name === 'bench:sync');
  if (!mark) throw new Error('the trace has no sync mark');
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === mark.pid && e.args.name === 'CrRendererMain',
  );
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === main.tid);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const within = (task, e) => e.ts >= task.ts && e.ts <= task.ts + task.dur;
  // The browser's own task for the page: it commits the navigation (a frame swapped in, a script
  // context made, the parser started), as long on a page with no script. Counted as the page's if
  // any of the page's script ran in it (an inline script would).
  const navigation = onMain.find((e) => e.name === 'RenderFrameImpl::CommitNavigation');
  const commit = navigation && tasks.find((t) => within(t, navigation));
  const pageScript = (t) =>
    onMain.some(
      (e) =>
        within(t, e) &&
        ['EvaluateScript', 'v8.evaluateModule', 'v8.compileModule', 'FunctionCall'].includes(e.name) &&
        String(e.args?.data?.url ?? '').startsWith(origin),
    );
  return { tasks, commit: commit && !pageScript(commit) ? commit : undefined, at: (t) => mark.ts + (t - sync) * 1000 };
}

/**
 * The longest task on the page's main thread between two times of the page's clock, and how many
 * were over 50 ms; with `own`, not counting the browser's navigation commit (see mainThread).
 */
function longestTask(thread, from = -Infinity, to = Infinity, own = false) {
  const durations = thread.tasks
    .filter((e) => e.ts + e.dur >= thread.at(from) && e.ts <= thread.at(to) && !(own && e === thread.commit))
    .map((e) => e.dur / 1000);
  return { longest: Math.max(0, ...durations), over50: durations.filter((d) => d > 50).length };
}

/** How long the main thread was busy between two times of the page's clock. */
function busy(thread, from, to) {
  const [a, b] = [thread.at(from), thread.at(to)];
  return thread.tasks.reduce((sum, e) => sum + Math.max(0, Math.min(b, e.ts + e.dur) - Math.max(a, e.ts)), 0) / 1000;
}

async function loadContender(contender, record) {
  const { context, page, bodies } = await openPage(SLOWDOWN, record, contender.find);
  try {
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(origin + contender.page, { waitUntil: 'load', timeout: TIMEOUT });
    const painted = await page.evaluate(() => window.__bench.firstPainted);
    await page.waitForNetworkIdle({ idleTime: 500, timeout: TIMEOUT });
    await new Promise((r) => setTimeout(r, 500));
    const { cls, sync } = await page.evaluate(() => ({
      cls: window.__bench.shifts.reduce((a, b) => a + b, 0),
      sync: window.__bench.sync(),
    }));
    const trace = await page.tracing.stop();
    const thread = mainThread(trace, sync);
    const tasks = longestTask(thread);
    const ownLongest = longestTask(thread, -Infinity, Infinity, true).longest;
    const commit = thread.commit ? thread.commit.dur / 1000 : NaN;
    // After the first screen: what loads beside it (config validation, the questions) and runs.
    const afterPaint = longestTask(thread, painted).longest;
    // When each file had arrived (page clock), to count the bytes in before the first paint.
    const arrivedAt = new Map(
      await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name, e.responseEnd])),
    );
    const files = (await Promise.all(bodies)).map((f) => ({
      ...f,
      before: (arrivedAt.get(f.url) ?? Infinity) <= painted,
    }));
    return { painted, cls, ...tasks, ownLongest, commit, afterPaint, files };
  } finally {
    await context.close();
  }
}

async function feedRun(variant, slowdown) {
  const { context, page } = await openPage(slowdown, false);
  const root = [variant.element];
  try {
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(origin + variant.page, { waitUntil: 'load', timeout: TIMEOUT });
    const loaded = await page.evaluate(async (root) => {
      const b = window.__bench;
      const [arrived, listed] = await Promise.all([b.arrived('/bench/feed.json'), b.painted([...root, '.service'])]);
      const settled = await b.quiet(root, 1000);
      return { arrived, listed, settled };
    }, root);
    // Type a search, a key at a time, each measured until the list shows its result.
    await page.evaluate((root) => window.__bench.locate([...root, '#filter-text']).focus(), root);
    const keys = [];
    const typingFrom = await page.evaluate(() => performance.now());
    for (const key of TYPED) {
      await page.evaluate((root) => window.__bench.nextKey(root), root);
      await page.keyboard.type(key);
      keys.push(await page.evaluate(() => window.__bench.key));
    }
    const typingTo = await page.evaluate(() => performance.now());
    const sync = await page.evaluate(() => window.__bench.sync());
    const thread = mainThread(await page.tracing.stop(), sync);
    return {
      firstList: loaded.listed - loaded.arrived,
      afterFeed: longestTask(thread, loaded.arrived, loaded.settled),
      typing: longestTask(thread, typingFrom, typingTo),
      keys: keys.map((k) => k.painted - k.start),
      keyWork: keys.map((k) => busy(thread, k.start, k.painted)),
    };
  } finally {
    await context.close();
  }
}

// --- Running ---------------------------------------------------------------------------------

const started = Date.now();
const results = Object.fromEntries(CONTENDERS.map((c) => [c.name, { loads: [], files: [] }]));
let failed = false;
try {
  for (let round = 0; round < LOADS; round++) {
    const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length]);
    for (const contender of order) {
      const load = await loadContender(contender, true);
      if (round === 0) results[contender.name].files = load.files;
      results[contender.name].loads.push(load);
    }
    process.stderr.write(`\rloads: ${round + 1}/${LOADS}`);
  }
  process.stderr.write('\n');

  const feedResults = Object.fromEntries(FEED_VARIANTS.map((v) => [v.name, { 1: [], [SLOWDOWN]: [] }]));
  for (let run = 0; run < FEED_RUNS; run++) {
    for (const slowdown of [1, SLOWDOWN])
      for (const variant of run % 2 ? [...FEED_VARIANTS].reverse() : FEED_VARIANTS)
        feedResults[variant.name][slowdown].push(await feedRun(variant, slowdown));
    process.stderr.write(`\rfeed runs: ${run + 1}/${FEED_RUNS}`);
  }
  process.stderr.write('\n');

  // --- The tables ----------------------------------------------------------------------------

  const summary = Object.fromEntries(
    CONTENDERS.map((c) => {
      const { loads, files } = results[c.name];
      return [
        c.name,
        {
          bytes: files.reduce((n, f) => n + f.gzip, 0),
          bytesBefore: median(loads.map((l) => l.files.filter((f) => f.before).reduce((n, f) => n + f.gzip, 0))),
          files: files.map((f) => ({ file: f.url.slice(origin.length), gzip: f.gzip, beforePaint: f.before })),
          painted: median(loads.map((l) => l.painted)),
          cls: median(loads.map((l) => l.cls)),
          shiftedLoads: loads.filter((l) => l.cls > 0).length,
          longest: median(loads.map((l) => l.longest)),
          over50: median(loads.map((l) => l.over50)),
          ownLongest: median(loads.map((l) => l.ownLongest)),
          // A load whose trace had no commit task (none seen so far) is left out.
          commit: median(loads.map((l) => l.commit).filter(Number.isFinite)),
          afterPaint: median(loads.map((l) => l.afterPaint)),
        },
      ];
    }),
  );
  const us = summary[CONTENDERS[0].name];
  const lit = summary[CONTENDERS[2].name];
  const ratio = (s) => {
    const r = s.painted / us.painted;
    return s === us ? '1' : r >= 1 ? `${r.toFixed(2)}× slower` : `${(1 / r).toFixed(2)}× faster`;
  };
  const row = (label, cells, target, ok) =>
    `| ${label} | ${cells.join(' | ')} | ${target} | ${typeof ok === 'string' ? ok : met(ok)} |`;
  const names = CONTENDERS.map((c) => c.name);
  const lines = [
    `Pages compared: ${LOADS} loads each, CPU slowed ${SLOWDOWN}×, cache off, interleaved; medians. Chromium ${await browser.version()}.`,
    '',
    `| | ${names.join(' | ')} | target for rpc-screener.js | |`,
    `| --- | ${names.map(() => '---').join(' | ')} | --- | --- |`,
    row(
      'bytes before the first question is painted, gzip (JS + CSS)',
      names.map((n) => kB(summary[n].bytesBefore)),
      TARGETS.bytes.text,
      us.bytesBefore <= TARGETS.bytes.limit,
    ),
    row(
      'bytes in all, gzip (JS + CSS)',
      names.map((n) => kB(summary[n].bytes)),
      TARGETS.bytesAll.text,
      us.bytes <= TARGETS.bytesAll.limit,
    ),
    row(
      `first question painted, CPU ${SLOWDOWN}× (ratio to us)`,
      names.map((n) => `${ms(summary[n].painted)} (${ratio(summary[n])})`),
      TARGETS.paintRatio.text,
      us.painted <= lit.painted * TARGETS.paintRatio.limit,
    ),
    row(
      'layout shift on load (loads with any shift)',
      names.map((n) => `${summary[n].cls.toFixed(3)} (${summary[n].shiftedLoads} of ${LOADS})`),
      TARGETS.cls.text,
      us.cls <= TARGETS.cls.limit,
    ),
    row(
      `longest main-thread task on load, CPU ${SLOWDOWN}×`,
      names.map((n) => ms(summary[n].longest)),
      TARGETS.task.text,
      us.longest <= TARGETS.task.limit,
    ),
    row(
      `the browser’s own task committing the page, CPU ${SLOWDOWN}× (the same with no script)`,
      names.map((n) => ms(summary[n].commit)),
      'none (the browser’s)',
      'for reference',
    ),
    row(
      `longest task of the page’s own on load, CPU ${SLOWDOWN}× (every other task)`,
      names.map((n) => ms(summary[n].ownLongest)),
      TARGETS.task.text,
      us.ownLongest <= TARGETS.task.limit,
    ),
    row(
      `the same, once the first question is painted, CPU ${SLOWDOWN}×`,
      names.map((n) => ms(summary[n].afterPaint)),
      TARGETS.task.text,
      us.afterPaint <= TARGETS.task.limit,
    ),
    '',
    '"First question painted": from navigation to the frame after which the element with the question’s words is laid out and visible: ' +
      CONTENDERS.map((c) => `${c.name}, ${c.what}`).join('; ') +
      '. Tasks: RunTask on the page’s main thread in a Chromium trace; "committing the page" is the task in which the browser commits the navigation (RenderFrameImpl::CommitNavigation: a frame swapped in, a script context made, the parser started), which runs as long on the page with no script; it is counted as the page’s own if any of the page’s scripts ran in it' +
      '. Bytes: every script and stylesheet the page loaded, each gzipped at level 9 (the screener’s config and GOV.UK’s fonts are not counted); "before": those whose response had ended by that paint (the median load; every load records when each file arrived).',
  ];

  const feedSummary = Object.fromEntries(
    FEED_VARIANTS.map((v) => {
      const at = (slowdown) => {
        const runs = feedResults[v.name][slowdown];
        const keys = runs.flatMap((r) => r.keys);
        const work = runs.flatMap((r) => r.keyWork);
        return {
          workMedian: median(work),
          workMax: Math.max(...work),
          firstList: median(runs.map((r) => r.firstList)),
          afterFeed: median(runs.map((r) => r.afterFeed.longest)),
          keyMedian: median(keys),
          keyMax: Math.max(...keys),
          keysOver: keys.filter((k) => k > (slowdown === 1 ? TARGETS.key1.limit : TARGETS.key4.limit)).length,
          keys: keys.length,
          typingTask: median(runs.map((r) => r.typing.longest)),
        };
      };
      return [v.name, { 1: at(1), [SLOWDOWN]: at(SLOWDOWN) }];
    }),
  );
  const feedNames = FEED_VARIANTS.map((v) => v.name);
  // Met or not for each page, in the order of the columns.
  const feedRow = (label, get, target, ok) =>
    `| ${label} | ${feedNames.map((n) => get(feedSummary[n])).join(' | ')} | ${target} | ${feedNames.map((n) => met(ok(feedSummary[n]))).join(' · ')} |`;
  if (FEED_RUNS === 0) lines.push('', 'The help finder with a feed: not run (--feed-runs 0).');
  else
    lines.push(
      '',
      `The help finder with a ${(5000).toLocaleString('en-GB')}-service Open Referral UK feed (${(feed.length / 1e6).toFixed(1)} MB): ${FEED_RUNS} runs at each speed, medians; a search typed a key at a time ("${TYPED}").`,
      '',
      `| | ${feedNames.join(' | ')} | target for the help finder | ${feedNames.length > 1 ? 'each page, in order' : ''} |`,
      `| --- | ${feedNames.map(() => '---').join(' | ')} | --- | --- |`,
      feedRow(
        'feed arrived → first list painted, CPU 1×',
        (s) => ms(s[1].firstList),
        TARGETS.firstList1.text,
        (s) => s[1].firstList <= TARGETS.firstList1.limit,
      ),
      feedRow(
        `feed arrived → first list painted, CPU ${SLOWDOWN}×`,
        (s) => ms(s[SLOWDOWN].firstList),
        TARGETS.firstList4.text,
        (s) => s[SLOWDOWN].firstList <= TARGETS.firstList4.limit,
      ),
      feedRow(
        'longest task once the feed arrived, CPU 1×',
        (s) => ms(s[1].afterFeed),
        TARGETS.task.text,
        (s) => s[1].afterFeed <= TARGETS.task.limit,
      ),
      feedRow(
        `longest task once the feed arrived, CPU ${SLOWDOWN}×`,
        (s) => ms(s[SLOWDOWN].afterFeed),
        TARGETS.task.text,
        (s) => s[SLOWDOWN].afterFeed <= TARGETS.task.limit,
      ),
      feedRow(
        'keystroke to list painted, CPU 1×: median, slowest (keys over 16 ms)',
        (s) => `${ms(s[1].keyMedian)}, ${ms(s[1].keyMax)} (${s[1].keysOver} of ${s[1].keys})`,
        TARGETS.key1.text,
        (s) => s[1].keyMax < TARGETS.key1.limit,
      ),
      feedRow(
        `keystroke to list painted, CPU ${SLOWDOWN}×: median, slowest (keys over 50 ms)`,
        (s) =>
          `${ms(s[SLOWDOWN].keyMedian)}, ${ms(s[SLOWDOWN].keyMax)} (${s[SLOWDOWN].keysOver} of ${s[SLOWDOWN].keys})`,
        TARGETS.key4.text,
        (s) => s[SLOWDOWN].keyMax < TARGETS.key4.limit,
      ),
      feedRow(
        'main-thread work per keystroke, CPU 1×: median, most',
        (s) => `${ms(s[1].workMedian)}, ${ms(s[1].workMax)}`,
        TARGETS.key1.text,
        (s) => s[1].workMax < TARGETS.key1.limit,
      ),
      feedRow(
        `main-thread work per keystroke, CPU ${SLOWDOWN}×: median, most`,
        (s) => `${ms(s[SLOWDOWN].workMedian)}, ${ms(s[SLOWDOWN].workMax)}`,
        TARGETS.key4.text,
        (s) => s[SLOWDOWN].workMax < TARGETS.key4.limit,
      ),
      feedRow(
        `longest task while typing, CPU ${SLOWDOWN}×`,
        (s) => ms(s[SLOWDOWN].typingTask),
        TARGETS.task.text,
        (s) => s[SLOWDOWN].typingTask <= TARGETS.task.limit,
      ),
      '',
      '"Feed arrived": the feed response’s responseEnd. "First list painted": the frame after which the first service card is visible. ' +
        'A keystroke: from the key event to the paint after which the element stopped changing; at 60 frames a second, waiting for the next frame alone takes 8 ms on average, so under 16 ms needs under about 8 ms of work. ' +
        'The work per keystroke: the time the page’s main thread was busy in that span (events, drawing, style, layout, paint). Tasks: RunTask on the page’s main thread in a Chromium trace.',
    );
  lines.push(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  console.log(lines.join('\n'));
  const jsonOut = option('--json');
  if (jsonOut) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      jsonOut,
      `${JSON.stringify({ loads: LOADS, summary, feed: feedSummary, raw: { results, feedResults } }, null, 2)}\n`,
    );
  }
} catch (error) {
  failed = true;
  console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  await browser.close();
  server.close();
  rmSync(built, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`bench: ${problems.length} problem(s):\n${[...new Set(problems)].map((p) => `  ${p}`).join('\n')}`);
  failed = true;
}
process.exit(failed ? 1 : 0);

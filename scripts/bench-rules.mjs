// Benchmarks of the rules, printed as tables: how long a decision and a config check take, how
// fast the help finder's directory maps and filters a large Open Referral UK feed, and the
// practice audit with 10,000 records. Run after `npm run build`: npm run bench:rules
// (`npm run bench` is the comparison of the elements with other ways of asking a question.)
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { feedItems } from './bench/feed.mjs';
import {
  createDirectory,
  foldText,
  evaluate,
  exportAuditCsv,
  importAuditCsv,
  summarise,
  summaryText,
  mapOrukService,
  parseOrukPage,
  resolveConfig,
  validateConfig,
  SAFETY_QUESTIONS,
} from '../packages/rules/dist/index.js';
import { quickValidate } from '../packages/rules/dist/quick-validate.js';
import { validateWithSchema } from '../packages/rules/dist/validate.js';

const example = JSON.parse(readFileSync(new URL('../docs/examples/northshire.config.json', import.meta.url), 'utf8'));
const config = resolveConfig(example);
// A council's own directory in its config, as large as the schema allows (5,000 services).
const bigConfig = {
  ...example,
  services: Array.from({ length: 5000 }, (_, i) => ({
    ...example.services[i % example.services.length],
    id: `service-${i}`,
  })),
};
const values = ['yes', 'no', 'unsure'];
const inputs = Array.from({ length: 1000 }, (_, i) => ({
  answers: Object.fromEntries(SAFETY_QUESTIONS.map((q, j) => [q.id, values[(i * 7 + j * 13) % 3]])),
  situation: {
    relationship: ['together', 'separating', 'separated'][i % 3],
    conflict: ['low', 'moderate', 'high'][i % 3],
  },
}));

function measure(name, runs, fn) {
  for (let i = 0; i < Math.min(runs, 200); i++) fn(i); // warm up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn(i);
  const total = performance.now() - start;
  return { name, runs, 'mean (µs)': ((total / runs) * 1000).toFixed(1), 'total (ms)': total.toFixed(1) };
}

console.table([
  measure('evaluate (defaults)', 20000, (i) => evaluate(inputs[i % inputs.length])),
  measure('evaluate (council config)', 20000, (i) => evaluate(inputs[i % inputs.length], config)),
  measure('validateConfig (example council)', 2000, () => validateConfig(example)),
  // A page's check of a valid config (no zod), and the schema's check of the same config.
  measure('quickValidate (example council)', 2000, () => quickValidate(example)),
  measure('validateWithSchema (example council)', 2000, () => validateWithSchema(example)),
  measure('quickValidate (5,000 services in the config)', 20, () => quickValidate(bigConfig)),
  measure('validateWithSchema (5,000 services in the config)', 20, () => validateWithSchema(bigConfig)),
  measure('validateConfig (invalid)', 2000, () => validateConfig({ nation: 'mars', pathways: { custm: [] } })),
]);

// The help finder's directory: an Open Referral UK feed of 5,000 services, mapped, indexed and
// filtered on every keystroke.
const raws = feedItems(parseOrukPage);

function timed(runs, fn) {
  for (let i = 0; i < Math.min(runs, 5); i++) fn(); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { mean: times.reduce((a, b) => a + b, 0) / runs, max: Math.max(...times) };
}

const services = raws.map(mapOrukService).filter(Boolean);
const directory = createDirectory(services);
const typed = 'relationship support kelby';
const keystrokes = Array.from(typed, (_, i) => typed.slice(0, i + 1));

/** Each keystroke of a search typed 205 times over (the first 5 warm up); typing on scans only what the last key found. */
function typing(name, extra, method = 'filter') {
  const times = [];
  for (let round = 0; round < 205; round++) {
    for (const text of keystrokes) {
      const start = performance.now();
      directory[method]({ ...extra, text });
      if (round >= 5) times.push(performance.now() - start); // the first rounds warm up
    }
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return {
    name,
    runs: times.length,
    mean: `${(mean * 1000).toFixed(1)} µs`,
    max: `${(Math.max(...times) * 1000).toFixed(1)} µs`,
    result: `${directory.filter({ ...extra, text: typed }).length} matches`,
  };
}

const mapping = timed(20, () => raws.map(mapOrukService));
const indexing = timed(20, () => createDirectory(services));
// What indexing folds: each service's names, description and who it is for (then cached per service).
const folding = timed(20, () => {
  for (const s of services) foldText(`${s.name.en} ${s.description?.en ?? ''} ${s.whoFor?.en ?? ''}`);
});
const growing = timed(20, () => {
  const d = createDirectory([]);
  for (let i = 0; i < services.length; i += 100) d.add(services.slice(i, i + 100));
});
console.log('Help finder directory: 5,000 services');
console.table([
  {
    name: 'mapOrukService × 5,000 (one full run)',
    runs: 20,
    mean: `${mapping.mean.toFixed(1)} ms`,
    max: `${mapping.max.toFixed(1)} ms`,
    result: `${services.length} services`,
  },
  {
    name: 'createDirectory (5,000 services)',
    runs: 20,
    mean: `${indexing.mean.toFixed(1)} ms`,
    max: `${indexing.max.toFixed(1)} ms`,
    result: `${directory.areas.length} areas`,
  },
  {
    name: 'foldText of every service’s words (5,000)',
    runs: 20,
    mean: `${folding.mean.toFixed(1)} ms`,
    max: `${folding.max.toFixed(1)} ms`,
    result: 'folded once, when a service is added',
  },
  {
    name: 'the same directory built 100 services at a time (add)',
    runs: 20,
    mean: `${growing.mean.toFixed(1)} ms`,
    max: `${growing.max.toFixed(1)} ms`,
    result: `${(growing.mean / 50).toFixed(2)} ms a slice`,
  },
  typing(`filter per keystroke, typing "${typed}"`, {}),
  typing('filter per keystroke, with need: conflict-together', { need: 'conflict-together' }),
  typing('sections per keystroke (what the help finder shows)', {}, 'sections'),
]);

// The practice audit: 10,000 records of each kind, summarised round by round (with every interval,
// the teams, and a comparison), worded, and read from and written to CSV.
const TEAMS = ['early-help', 'family-hub', 'school', 'health-visiting', 'social-care', 'voluntary'];
const ROUNDS = ['2023-03 baseline', '2023-09 follow-up', '2024-03 follow-up', '2024-09 follow-up'];
const AUDIT = {
  assessments: Array.from({ length: 10000 }, (_, i) => ({
    round: ROUNDS[i % 4],
    team: TEAMS[(i * 7) % 6],
    score: (i * 13) % 6,
    prompts: ['relationship-asked', 'child-impact', 'action-in-plan'].slice(0, i % 4),
    ...(i % 3 ? { ref: `EH-${i}` } : {}),
  })),
  referrals: Array.from({ length: 10000 }, (_, i) => ({
    round: ROUNDS[i % 4],
    team: TEAMS[(i * 5) % 6],
    pathway: ['arguing-better', 'cope', 'getting-on-better', 'parenting-when-separated'][i % 4],
    screened: i % 5 ? 'yes' : 'no',
    ...(i % 5 ? { screenRoute: i % 11 ? 'conflict' : 'unclear' } : {}),
    finding: ['appropriate', 'appropriate', 'appropriate', 'inappropriate-abuse', 'inappropriate-other'][i % 5],
    ...(i % 5 === 4 ? { reason: 'higher-need' } : {}),
    tookUp: ['yes', 'no', 'pending'][i % 3],
  })),
  uptake: Array.from({ length: 10000 }, (_, i) => ({
    round: ROUNDS[i % 4],
    programme: ['arguing-better', 'cope', 'getting-on-better', 'parenting-when-separated'][(i * 3) % 4],
    stage: ['enrolled', 'started', 'retained', 'milestone'][(i * 7) % 4],
  })),
};
const auditRows = [];
for (const [kind, records] of Object.entries(AUDIT)) {
  const csv = exportAuditCsv(kind, records);
  for (const [name, fn] of [
    [`summarise ${kind} × 10,000`, () => summarise(kind, records)],
    [`summarise and word ${kind} × 10,000`, () => summaryText(summarise(kind, records))],
    [`read CSV ${kind} × 10,000 (${(csv.length / 1024).toFixed(0)} KB)`, () => importAuditCsv(csv)],
    [`write CSV ${kind} × 10,000`, () => exportAuditCsv(kind, records)],
  ]) {
    const t = timed(30, fn);
    auditRows.push({ name, runs: 30, mean: `${t.mean.toFixed(1)} ms`, max: `${t.max.toFixed(1)} ms` });
  }
}
console.log('Practice audit: 10,000 records of each kind, four rounds');
console.table(auditRows);

// The practice audit element in a real Chromium, from the built CDN file. Skipped when no browser
// is found.
const { findBrowser, BROWSER_ARGS } = await import('./find-browser.mjs');
let executablePath;
try {
  executablePath = findBrowser();
} catch {
  executablePath = undefined;
}
if (!executablePath) {
  console.log('No Chromium found: the in-browser measures are skipped.');
} else {
  const { spawn } = await import('node:child_process');
  const { default: puppeteer } = await import('puppeteer-core');
  const server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname], {
    env: { ...process.env, PORT: String(19000 + Math.floor(Math.random() * 500)) },
  });
  const origin = await new Promise((resolve) =>
    server.stdout.on('data', (d) => {
      const m = /http:\/\/localhost:\d+/.exec(String(d));
      if (m) resolve(m[0]);
    }),
  );
  const browser = await puppeteer.launch({ executablePath, args: BROWSER_ARGS, headless: true });
  try {
    // The practice audit element: a file of 10,000 referrals opened, then records added one by one
    // (each addition re-summarises all of them and redraws the report).
    const auditRowsBrowser = [];
    const referralsCsv = exportAuditCsv('referrals', AUDIT.referrals);
    for (const slowdown of [1, 4]) {
      const page = await browser.newPage();
      await page.emulateCPUThrottling(slowdown);
      await page.goto(`${origin}/audit.html?mode=referrals`, { waitUntil: 'networkidle0' });
      const result = await page.evaluate(async (csv) => {
        const el = document.querySelector('rpc-practice-audit');
        await el.updateComplete;
        let start = performance.now();
        el.loadCsv(csv);
        await el.updateComplete;
        const opened = performance.now() - start;
        const root = el.shadowRoot;
        const set = (name, value) => {
          const node = root.querySelector(`[name="${name}"]`);
          node.value = value;
          node.dispatchEvent(new Event(node.localName === 'select' ? 'change' : 'input'));
        };
        set('round', '2024-09 follow-up');
        await el.updateComplete;
        const times = [];
        for (let i = 0; i < 10; i++) {
          for (const [name, value] of [
            ['team', 'school'],
            ['pathway', 'cope'],
            ['screened', 'no'],
            ['finding', 'appropriate'],
            ['took-up', 'yes'],
          ])
            set(name, value);
          await el.updateComplete;
          start = performance.now();
          root.querySelector('button.add').click();
          await el.updateComplete;
          times.push(performance.now() - start);
        }
        return { opened, times, records: el.records.length };
      }, referralsCsv);
      const mean = result.times.reduce((a, b) => a + b, 0) / result.times.length;
      auditRowsBrowser.push({
        name: `<rpc-practice-audit> in Chromium, CPU ÷${slowdown}`,
        'open 10,000 records (ms)': result.opened.toFixed(0),
        'add one, summary redrawn, mean (ms)': mean.toFixed(1),
        'max (ms)': Math.max(...result.times).toFixed(1),
        records: result.records,
      });
      await page.close();
    }
    console.log('Practice audit element: a file of 10,000 referrals, then records added');
    console.table(auditRowsBrowser);
  } finally {
    await browser.close();
    server.kill();
  }
}

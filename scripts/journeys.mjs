// Screens to a result, per journey and route, worked out from the rules' planner (the built
// @rpc-kit/rules), so the table in docs/journeys.md cannot drift from what the elements show.
//
//   node scripts/journeys.mjs          write docs/journeys.md
//   node scripts/journeys.mjs --check  fail if docs/journeys.md is not up to date
//
// "Before" is one question to a screen (how every journey was planned until the quality and
// situation questions were put a few to a screen): the number of questions the journey asks.
// It reads the built rules (run `npm run build` first).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = 'docs/journeys.md';

/**
 * The routes a family can take, as how each question is answered: `safe` says whether it is safe
 * to go on, `danger` answers danger now, `safety` the other safety questions (a sign of abuse on
 * the first, or "not sure", or every one clear), and every other question gets its first answer.
 */
const ROUTES = [
  { name: 'Not safe to answer now', safe: 'no' },
  { name: 'Danger now (999)', safe: 'yes', danger: 'yes' },
  { name: 'A sign of abuse', safe: 'yes', danger: 'no', safety: 'sign' },
  { name: '"Not sure" to a safety question', safe: 'yes', danger: 'no', safety: 'unsure' },
  { name: 'No sign of abuse (conflict support)', safe: 'yes', danger: 'no', safety: 'clear' },
];
const JOURNEYS = [
  { tool: 'screener', label: '`<rpc-screener>`' },
  { tool: 'signposter', label: '`<rpc-signposter>` (questions)' },
  { tool: 'da-check', label: '`<rpc-da-check>`' },
];

/** The answers a route gives to one question. */
function answerFor(route, q, firstSafety) {
  if (q.id === 'safe-to-continue') return route.safe;
  if (q.id === 'danger-now') return route.danger;
  if (q.group === 'safety') {
    const clear = q.options.find((o) => o.value !== q.indicator && o.value !== 'unsure')?.value;
    if (route.safety === 'sign' && q.id === firstSafety) return q.indicator;
    if (route.safety === 'unsure' && q.id === firstSafety) return 'unsure';
    return clear;
  }
  return q.options[0].value;
}

/** Walks a route through the planner as a person would: the screens shown and the questions asked. */
export function walk(rules, tool, route) {
  const answers = {};
  let plan = rules.planJourney(tool, answers, { audience: 'parent' });
  const firstSafety = rules.SAFETY_QUESTIONS.find((q) => q.id !== 'danger-now')?.id;
  for (let guard = 0; plan.status === 'asking' && plan.next && guard < 100; guard++) {
    for (const q of plan.next.questions) answers[q.id] = answerFor(route, q, firstSafety);
    plan = rules.planJourney(tool, answers, { audience: 'parent' });
  }
  const questions = plan.steps.flatMap((s) => s.questions).length;
  return { screens: plan.steps.length, questions, status: plan.status };
}

/** The table of screens per journey and route, now and with one question to a screen. */
export function table(rules) {
  const rows = [];
  for (const j of JOURNEYS)
    for (const route of ROUTES) {
      const { screens, questions } = walk(rules, j.tool, route);
      rows.push({ journey: j.label, route: route.name, before: questions, after: screens });
    }
  return rows;
}

export function render(rows) {
  const lines = [
    '# Screens to a result',
    '',
    '<!-- Written by `node scripts/journeys.mjs` from the rules’ planner; CI checks it is up to date. -->',
    '',
    'How many question screens a parent goes through before the result, for each journey and the way',
    'the answers go, worked out from the rules’ planner (`planJourney` in',
    '`packages/rules/src/journey/planner.ts`), so it cannot drift from what the elements show. The',
    'introduction and the result are not counted.',
    '',
    '- **Before**: one question to a screen, as every journey was planned until now: the number of',
    '  questions asked.',
    '- **Now**: the safety questions stay one to a screen, danger now first, and none is dropped or',
    '  moved; the relationship-quality questions are on two screens (how you argue; the children and',
    '  being heard) and the family questions on one. Where there is a sign of abuse or "not sure",',
    '  the quality questions are never asked (as before).',
    '',
    'Every question screen also has "Need help now?" with 999 and the national helplines.',
    '',
    '| journey | route | screens before | screens now |',
    '| --- | --- | ---: | ---: |',
    ...rows.map((r) => `| ${r.journey} | ${r.route} | ${r.before} | ${r.after} |`),
    '',
    'To see it again: `npm run build && node scripts/journeys.mjs`.',
    '',
  ];
  return lines.join('\n');
}

async function main(args) {
  const rules = await import(pathToFileURL(resolve(ROOT, 'packages/rules/dist/index.js')).href);
  const doc = render(table(rules));
  if (args.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(resolve(ROOT, DOC), 'utf8');
    } catch {
      // Missing: not up to date.
    }
    if (current !== doc) {
      console.error(`${DOC} is not up to date: run node scripts/journeys.mjs`);
      process.exitCode = 1;
    } else console.log(`${DOC} is up to date.`);
  } else {
    writeFileSync(resolve(ROOT, DOC), doc);
    console.log(doc);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}

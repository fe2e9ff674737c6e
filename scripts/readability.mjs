// The readability check: scores every parent-facing English string of the sources listed in
// scripts/readability/sources.mjs (Flesch-Kincaid grade per string, SMOG per group), prints a
// report, writes docs/readability.md and fails when the words are over budget.
//
//   node scripts/readability.mjs             write docs/readability.md; exit 1 if over budget
//   node scripts/readability.mjs --check     the same, but fail if docs/readability.md is not up to date
//   node scripts/readability.mjs --baseline  record today's figures as the "before" of the report
//
// It reads the built packages (run `npm run build` first).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract } from './readability/extract.mjs';
import { counts, fleschKincaid, smog, words } from './readability/measure.mjs';
import { SOURCES } from './readability/sources.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = 'docs/readability.md';
const EXCEPTIONS = 'docs/readability-exceptions.json';
const BASELINE = 'scripts/readability/baseline.json';

/**
 * The budget, set from measurement (see docs/readability.md; the rules' words measured a mean of
 * grade 3.5 with 13% above grade 6, from 6.4 and 52% before they were rewritten): each prose
 * string at most grade 9 unless docs/readability-exceptions.json gives the reason; all prose
 * strings together at most grade 5 on average (the aim is grade 6 or below, with room for the
 * elements' words); at most a fifth of them above grade 6.
 */
export const BUDGET = { maxGrade: 9, meanGrade: 5, shareAbove6: 0.2 };
/** A string with at least this many words is prose, scored on its own; shorter ones are labels. */
export const PROSE_WORDS = 5;

const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** Scores a list of entries ({ id, group, text }): each prose entry's grade, and figures per group and overall. */
export function score(entries) {
  const scored = entries.map((e) => {
    const n = words(e.text).length;
    return { ...e, words: n, prose: n >= PROSE_WORDS, grade: round(fleschKincaid(e.text)) };
  });
  const summarise = (list) => {
    const prose = list.filter((e) => e.prose);
    const grades = prose.map((e) => e.grade);
    const c = counts(list.map((e) => e.text));
    return {
      strings: list.length,
      prose: prose.length,
      words: c.words,
      meanGrade: grades.length ? round(grades.reduce((a, b) => a + b, 0) / grades.length) : 0,
      maxGrade: grades.length ? Math.max(...grades) : 0,
      above6: prose.length ? round(prose.filter((e) => e.grade > 6).length / prose.length, 2) : 0,
      groupGrade: round(fleschKincaid(list.map((e) => e.text))),
      smog: round(smog(list.map((e) => e.text))),
    };
  };
  const groups = [...new Set(scored.map((e) => e.group))].map((group) => ({
    group,
    ...summarise(scored.filter((e) => e.group === group)),
  }));
  return { entries: scored, groups, overall: summarise(scored) };
}

/** What is over budget: strings above the maximum with no recorded reason, and the overall figures. */
export function overBudget(result, exceptions, budget = BUDGET) {
  const problems = [];
  for (const e of result.entries)
    if (e.prose && e.grade > budget.maxGrade && !Object.hasOwn(exceptions, e.id))
      problems.push(`${e.id}: grade ${e.grade} (at most ${budget.maxGrade}): "${e.text}"`);
  const ids = new Set(result.entries.map((e) => e.id));
  for (const id of Object.keys(exceptions))
    if (!ids.has(id)) problems.push(`${EXCEPTIONS}: "${id}" is not a string the check reads: remove it`);
  if (result.overall.meanGrade > budget.meanGrade)
    problems.push(`mean grade ${result.overall.meanGrade} (at most ${budget.meanGrade})`);
  if (result.overall.above6 > budget.shareAbove6)
    problems.push(
      `${Math.round(result.overall.above6 * 100)}% of prose strings above grade 6 (at most ${budget.shareAbove6 * 100}%)`,
    );
  return problems;
}

const pct = (n) => `${Math.round(n * 100)}%`;
const row = (cells) => `| ${cells.join(' | ')} |`;

function groupTable(figures) {
  return [
    row(['group', 'strings', 'prose', 'mean grade', 'reading age', 'hardest', 'above grade 6', 'SMOG']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...[...figures.groups, { group: '**all**', ...figures.overall }].map((g) =>
      row([g.group, g.strings, g.prose, g.meanGrade, round(g.meanGrade + 5), g.maxGrade, pct(g.above6), g.smog]),
    ),
  ];
}

/** The Markdown report. Deterministic: the same words give the same file. */
export function report(result, { baseline, exceptions, problems }) {
  const byId = new Map(result.entries.map((e) => [e.id, e]));
  const hardest = result.entries
    .filter((e) => e.prose)
    .sort((a, b) => b.grade - a.grade || a.id.localeCompare(b.id))
    .slice(0, 10);
  const compare = baseline
    ? [
        row(['group', 'mean grade before', 'now', 'above grade 6 before', 'now', 'SMOG before', 'now']),
        row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
        ...[...result.groups, { group: '**all**', ...result.overall }].map((g) => {
          const b = g.group === '**all**' ? baseline.overall : baseline.groups.find((x) => x.group === g.group);
          return b
            ? row([g.group, b.meanGrade, g.meanGrade, pct(b.above6), pct(g.above6), b.smog, g.smog])
            : row([g.group, '(new)', g.meanGrade, '', pct(g.above6), '', g.smog]);
        }),
      ]
    : ['No baseline recorded.'];
  return [
    '# Readability: what parents read',
    '',
    `Generated by \`node scripts/readability.mjs\` from the built packages; do not edit by hand. CI runs`,
    '`node scripts/readability.mjs --check`, which fails when these figures are over budget or this file',
    'is out of date.',
    '',
    'The target is a reading age of 9 to 11 (US grade 4 to 6) for everything a parent reads. The check',
    'scores every parent-facing English string of the sources in `scripts/readability/sources.mjs` (the',
    'questions, their hints and answers, the "why we ask" texts, what was said, the pathway and contact',
    "texts, the rules' messages in their parent wording, and the elements' own words: what every element",
    "shares, the journey's and each element's `*_MESSAGES`, less the words for the website editor). A",
    'source is a built module and the table it exports, so more words are added by adding a source.',
    '',
    '## How it is measured',
    '',
    `- **Flesch-Kincaid grade** per string: 0.39 x words per sentence + 11.8 x syllables per word - 15.59. The`,
    `  reading age is the grade + 5. Only prose is scored per string: a text of ${PROSE_WORDS} words or more.`,
    '  Shorter labels ("Most weeks", "Workshop") count in the group figures only, where one long word',
    '  cannot make a label look like a university text.',
    '- **SMOG grade** per group (all its strings together): 1.043 x sqrt(words of 3 or more syllables x',
    '  30 / sentences) + 3.1291. SMOG is made for 30 sentences or more, so it is not given per string.',
    '- Syllables are counted by rules written for this check (vowel groups, silent endings, the common',
    '  exceptions), tested on words whose count is known (`scripts/readability/measure.test.mjs`); a',
    '  number counts as one short word; a sentence ends with ".", "!" or "?".',
    "- Mean grade: the mean of the prose strings' grades. Hardest: the highest.",
    '',
    '## Budget',
    '',
    `- No prose string above grade ${BUDGET.maxGrade}, unless \`${EXCEPTIONS}\` records why (one reason per id).`,
    `- All prose strings together: a mean grade of at most ${BUDGET.meanGrade}, and at most ${pct(BUDGET.shareAbove6)} of them above grade 6.`,
    '',
    problems.length ? `**Over budget:**\n\n${problems.map((p) => `- ${p}`).join('\n')}` : 'Within budget.',
    '',
    '## Now',
    '',
    ...groupTable(result),
    '',
    '## Before and after',
    '',
    baseline
      ? `Before: the words as they were at ${baseline.measuredAt}, measured the same way.`
      : 'No baseline recorded.',
    '',
    ...compare,
    '',
    '## The hardest strings now',
    '',
    row(['id', 'grade', 'text']),
    row(['---', '---:', '---']),
    ...hardest.map((e) => row([`\`${e.id}\``, e.grade, e.text.replace(/\|/g, '\\|')])),
    '',
    '## Exceptions',
    '',
    Object.keys(exceptions).length
      ? [
          row(['id', 'grade', 'why it stays']),
          row(['---', '---:', '---']),
          ...Object.entries(exceptions).map(([id, why]) => row([`\`${id}\``, byId.get(id)?.grade ?? '?', why])),
        ].join('\n')
      : 'None.',
    '',
  ].join('\n');
}

async function load() {
  const modules = new Map();
  const entries = [];
  for (const source of SOURCES) {
    if (!modules.has(source.module)) {
      try {
        modules.set(source.module, await import(pathToFileURL(resolve(ROOT, source.module)).href));
      } catch (error) {
        throw new Error(`cannot load ${source.module} (run npm run build first): ${error.message}`, { cause: error });
      }
    }
    entries.push(...extract(source, modules.get(source.module)));
  }
  return entries;
}

const readJson = (path, fallback) => {
  try {
    return JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
  } catch {
    return fallback;
  }
};

async function main(args) {
  const result = score(await load());
  if (args.includes('--baseline')) {
    const measuredAt = args[args.indexOf('--baseline') + 1] ?? 'the time of recording';
    writeFileSync(
      resolve(ROOT, BASELINE),
      `${JSON.stringify({ measuredAt, groups: result.groups, overall: result.overall }, null, 2)}\n`,
    );
    console.log(`Baseline written to ${BASELINE}.`);
  }
  const exceptions = readJson(EXCEPTIONS, {});
  const problems = overBudget(result, exceptions);
  const doc = report(result, { baseline: readJson(BASELINE, undefined), exceptions, problems });

  console.log('Readability of parent-facing English (Flesch-Kincaid grade; reading age = grade + 5)');
  for (const g of [...result.groups, { group: 'all', ...result.overall }])
    console.log(
      `  ${g.group.padEnd(38)} mean ${String(g.meanGrade).padStart(4)}  hardest ${String(g.maxGrade).padStart(4)}  above 6: ${pct(g.above6).padStart(4)}  SMOG ${g.smog}`,
    );
  let failed = problems.length > 0;
  if (args.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(resolve(ROOT, DOC), 'utf8');
    } catch {
      // missing: out of date
    }
    if (current !== doc) {
      console.error(`${DOC} is out of date: run node scripts/readability.mjs and commit it.`);
      failed = true;
    }
  } else writeFileSync(resolve(ROOT, DOC), doc);
  if (problems.length) console.error(`Over budget:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  else console.log('Within budget.');
  process.exitCode = failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}

// The content snapshot: every string the rules' public API gives for the default content, in
// English and Welsh, for parents and for practitioners. Written once from the content as it was
// before the Welsh and the practitioners' words moved into packs (see
// packages/rules/src/content/packs/), and compared by packages/rules/test/packs.test.ts, so the
// split gives exactly the same words. Rerun after a deliberate change of wording, and review the
// diff of the fixture. The elements' interface words, which moved beside each element after the
// snapshot was taken, are compared by packages/kit/test/words.test.ts where the snapshot has them;
// a rerun keeps them as they are.
//
//   npm run build && node scripts/content-snapshot.mjs
//
// It reads the built rules package.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as rules from '../packages/rules/dist/index.js';

const OUT = new URL('../packages/rules/test/fixtures/content-snapshot.json', import.meta.url);
const COMBOS = [
  ['en', 'parent'],
  ['cy', 'parent'],
  ['en', 'practitioner'],
  ['cy', 'practitioner'],
];

if (rules.loadContent) {
  await rules.loadContent({ locale: 'cy', audience: 'practitioner' });
  await rules.loadContent({ locale: 'en', audience: 'practitioner' });
}

/** Four strings (en, cy; parent then practitioner), or two when the audience changes nothing. */
function four(get) {
  const [a, b, c, d] = COMBOS.map(([locale, audience]) => get(locale, audience));
  return a === c && b === d ? [a, b] : [a, b, c, d];
}

const isText = (v) => typeof v === 'object' && v !== null && (typeof v.en === 'string' || 'parent' in v);

/** Every text in a value, by where it is: array items by their id or value when they have one. */
function walk(value, path, out) {
  if (typeof value !== 'object' || value === null) return;
  if (isText(value)) {
    out[path] = four((locale, audience) => rules.localise(rules.worded(value, audience), locale));
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${item?.id ?? item?.value ?? i}]`, out));
    return;
  }
  for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, out);
}

const ROOTS = [
  'SAFETY_QUESTIONS',
  'SAFETY_OPTIONS',
  'QUALITY_QUESTIONS',
  'SITUATION_QUESTIONS',
  'SAFE_TO_CONTINUE',
  'SCREENED_CONFIRM',
  'DEFAULT_PATHWAYS',
  'NATION_PATHWAY_TEXT',
  'NATIONAL_CONTACTS',
  'RULE_MESSAGES',
  'LABEL_MESSAGES',
  'ASSESSMENT_RUBRIC',
  'PROMPT_LABELS',
  'TEAM_LABELS',
  'SCREENED_LABELS',
  'SCREEN_ROUTE_LABELS',
  'FINDING_LABELS',
  'REASON_LABELS',
  'TOOK_UP_LABELS',
  'STAGE_LABELS',
  'KIND_TITLES',
];
const texts = {};
for (const name of ROOTS) walk(rules[name], name, texts);
for (const nation of rules.NATIONS) walk(rules.defaultPathwaysFor(nation), `defaultPathwaysFor(${nation})`, texts);

const messages = Object.fromEntries(
  Object.keys(rules.MESSAGES).map((id) => [id, four((locale, audience) => rules.message(id, audience, locale))]),
);

const questions = Object.fromEntries(
  COMBOS.map(([locale, audience]) => [`${locale} ${audience}`, rules.questionBank({ audience, locale })]),
);

const contacts = Object.fromEntries(
  ['en', 'cy'].map((locale) => [locale, rules.NATIONAL_CONTACTS.map((c) => rules.localiseContact(c, locale))]),
);

/** Where each default pathway may show: derived from its words too, so it must not change. */
const classes = Object.fromEntries(
  rules.NATIONS.map((nation) => [
    nation,
    Object.fromEntries(rules.defaultPathwaysFor(nation).map((p) => [p.id, rules.safetyClass(p)])),
  ]),
);

// Decisions and journey results: one for each route, with the defaults and with a council's config.
const no = Object.fromEntries(rules.SAFETY_IDS.map((id) => [id, id === 'can-disagree-safely' ? 'yes' : 'no']));
const quality = Object.fromEntries(rules.QUALITY_IDS.map((id) => [id, 'often']));
const INPUTS = {
  emergency: { answers: { ...no, 'danger-now': 'yes' } },
  'domestic-abuse': { answers: { ...no, controlling: 'yes', strangled: 'unsure', monitoring: 'yes' } },
  'using-harm': { answers: { ...no, 'own-behaviour': 'yes' } },
  unclear: { answers: { ...no, afraid: 'unsure', 'can-disagree-safely': 'unsure' } },
  conflict: {
    answers: { ...no, ...quality },
    situation: { relationship: 'separated', stage: 'child', childArrangementsDispute: true, conflict: 'high' },
  },
  'no-concern': { answers: no, situation: { relationship: 'together', stage: 'baby', conflict: 'low' } },
};
const northshire = rules.resolveConfig(
  JSON.parse(readFileSync(new URL('../docs/examples/northshire.config.json', import.meta.url), 'utf8')),
);
const wales = rules.resolveConfig({ nation: 'wales' });
const decisions = {};
for (const [route, input] of Object.entries(INPUTS)) {
  const configs = [['defaults', undefined]];
  if (route === 'conflict') configs.push(['northshire', northshire]);
  if (route === 'domestic-abuse' || route === 'unclear') configs.push(['wales', wales]);
  for (const [locale, audience] of COMBOS) {
    for (const [name, config] of configs)
      decisions[`${route} ${locale} ${audience} ${name}`] = rules.evaluate({ ...input, locale, audience }, config);
  }
}

const JOURNEY_ANSWERS = {
  'safe-to-continue': 'yes',
  ...no,
  'danger-now': 'no',
  afraid: 'yes',
};
const journeys = {};
for (const tool of rules.TOOLS) {
  for (const [locale, audience] of COMBOS) {
    const result = rules.journeyResult(tool, { ...JOURNEY_ANSWERS, 'danger-now': 'yes' }, { locale, audience });
    journeys[`${tool} ${locale} ${audience}`] = {
      notAsked: result.notAsked,
      summary: rules.referralSummary(result, {}, new Date(2026, 10, 24)),
    };
  }
}

const audits = {};
for (const kind of rules.AUDIT_KINDS) {
  const csv = readFileSync(new URL(`../docs/examples/audit-${kind}.csv`, import.meta.url), 'utf8');
  const { records } = rules.importAuditCsv(csv);
  for (const locale of ['en', 'cy'])
    audits[`${kind} ${locale}`] = rules.summaryText(rules.summarise(kind, records), { locale });
}

// The elements' interface words are no longer the rules' (they moved beside each element), so
// the rules do not give them: they are kept as the fixture has them, in its order, for
// packages/kit/test/words.test.ts. (An entry gone for good is deleted from the fixture by hand.)
const before = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : {};
const kept = (name, entries) => {
  const old = before[name] ?? {};
  const keys = [...new Set([...Object.keys(old), ...Object.keys(entries)])];
  return Object.fromEntries(keys.map((k) => [k, Object.hasOwn(entries, k) ? entries[k] : old[k]]));
};

// One entry a line, so that a change of wording is one line of the diff.
const sections = {
  texts: kept('texts', texts),
  messages: kept('messages', messages),
  questions,
  contacts,
  classes,
  decisions,
  journeys,
  audits,
};
const body = Object.entries(sections)
  .map(([name, entries]) => {
    const lines = Object.entries(entries).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    return ` ${JSON.stringify(name)}: {\n${lines.join(',\n')}\n }`;
  })
  .join(',\n');
writeFileSync(OUT, `{\n${body}\n}\n`);
console.log(`Wrote ${OUT.pathname}: ${Object.keys(texts).length} texts, ${Object.keys(messages).length} messages.`);

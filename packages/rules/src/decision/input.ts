/**
 * Checking an evaluate input strictly (for the CLI and for hosts that pass answers in).
 * `evaluate` itself is forgiving (a missing safety answer counts as "unsure", a contradiction is
 * settled cautiously); this is the gate that refuses to decide on incomplete, misspelt or
 * contradictory answers, naming each field.
 */
import { QUALITY_QUESTIONS } from '../content/quality.js';
import { SAFETY_QUESTIONS } from '../content/safety.js';
import { SITUATION_QUESTIONS } from '../content/situation.js';
import { AUDIENCES, CONFLICT_BANDS, RELATIONSHIPS, STAGES, type Situation } from '../types.js';
import { checkShape } from '../util/bounds.js';
import { LOCALE_TAG } from '../util/patterns.js';
import { problemAt, shorten, type Problem } from '../util/problems.js';
import { qualityScores } from './quality.js';
import { declinedAnswers, readSituation } from './situation.js';
import type { EvaluateInput } from './types.js';

export type InputResult =
  { readonly ok: true; readonly input: EvaluateInput } | { readonly ok: false; readonly problems: readonly Problem[] };

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value as a message shows it: short, on one line, whatever it is. */
const show = (v: unknown) =>
  typeof v === 'string'
    ? JSON.stringify(shorten(v, 40))
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object' && v !== null
        ? 'an object'
        : String(v);

const SITUATION_FIELDS: ReadonlyMap<keyof Situation, readonly (string | boolean)[]> = /* @__PURE__ */ new Map<
  keyof Situation,
  readonly (string | boolean)[]
>([
  ['relationship', RELATIONSHIPS],
  ['stage', STAGES],
  ['childArrangementsDispute', [true, false]],
  ['conflict', CONFLICT_BANDS],
]);

const QUESTIONS = /* @__PURE__ */ new Map(
  /* @__PURE__ */ SAFETY_QUESTIONS.concat(QUALITY_QUESTIONS, SITUATION_QUESTIONS).map((q) => [q.id, q]),
);
const FIELDS = ['audience', 'locale', 'answers', 'situation', 'screenedByPractitioner'];

/** What the contradicting answers are called, for a message naming both fields. */
const ANSWER_FIELD: Readonly<Record<keyof Situation, string>> = {
  relationship: 'answers.relationship',
  stage: 'answers.stage',
  childArrangementsDispute: 'answers.child-arrangements-dispute',
  conflict: 'the relationship-quality answers (or answers.conflict)',
};

export function parseEvaluateInput(raw: unknown): InputResult {
  const shape = checkShape(raw, { maxDepth: 4, maxItems: 100, maxText: 200, maxValues: 1000 });
  if (shape.length) return { ok: false, problems: shape };
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push(problemAt(path, message));
  if (!isObject(raw)) {
    at([], 'must be an object like {"audience": "parent", "answers": {...}, "situation": {...}}');
    return { ok: false, problems };
  }
  for (const key of Object.keys(raw)) if (!FIELDS.includes(key)) at([key], 'is not a known field');
  if (raw.audience !== undefined && !AUDIENCES.includes(raw.audience as never))
    at(['audience'], `must be one of: ${list(AUDIENCES)}`);
  if (raw.locale !== undefined && (typeof raw.locale !== 'string' || !LOCALE_TAG.test(raw.locale)))
    at(['locale'], 'must be a language tag such as "en" or "cy"');
  if (raw.screenedByPractitioner !== undefined) {
    if (typeof raw.screenedByPractitioner !== 'boolean') at(['screenedByPractitioner'], 'must be true or false');
    else if (raw.screenedByPractitioner && raw.audience !== 'practitioner')
      at(['screenedByPractitioner'], 'only a practitioner can confirm a screen: set "audience": "practitioner"');
  }

  const answers = raw.answers;
  if (!isObject(answers)) {
    at(['answers'], 'is required: an object of question id -> answer value');
    return { ok: false, problems };
  }
  const screened = raw.screenedByPractitioner === true;
  for (const q of SAFETY_QUESTIONS) {
    if (!screened && !Object.hasOwn(answers, q.id))
      at(['answers', q.id], `missing safety answer "${q.id}" (expected "yes", "no" or "unsure")`);
  }
  for (const [id, value] of Object.entries(answers)) {
    const q = QUESTIONS.get(id);
    if (!q) {
      at(['answers', id], `unknown question id "${shorten(id, 40)}"`);
      continue;
    }
    const values = q.options.map((o) => o.value);
    if (typeof value !== 'string' || !values.includes(value))
      at(['answers', id], `unknown answer ${show(value)} for "${id}" (expected ${list(values)})`);
  }

  const situation = raw.situation;
  if (situation !== undefined) {
    if (!isObject(situation)) at(['situation'], 'must be an object');
    else {
      for (const [key, value] of Object.entries(situation)) {
        const allowed = SITUATION_FIELDS.get(key as keyof Situation);
        if (!allowed) at(['situation', key], `is not a known field (expected ${list([...SITUATION_FIELDS.keys()])})`);
        else if (!allowed.includes(value as string | boolean))
          at(['situation', key], `must be one of: ${list(allowed)}`);
      }
    }
  }
  if (problems.length) return { ok: false, problems };

  // Answers and situation that disagree: refuse, naming both fields (the library settles them
  // cautiously, but a program asking for a decision should fix its input).
  const typed = answers as Record<string, string>;
  // "Prefer not to say" beside a value for the same field: the library reads it as unknown, but
  // a program asking for a decision should say one or the other.
  const given = isObject(situation) ? situation : {};
  const named = new Set<string>();
  for (const id of declinedAnswers(typed)) {
    const field = QUALITY_QUESTIONS.some((q) => q.id === id) ? 'conflict' : QUESTIONS.get(id)?.field;
    if (field && Object.hasOwn(given, field) && !named.has(field) && named.add(field))
      at(
        ['situation', field],
        `${JSON.stringify(given[field])} disagrees with answers.${id} ("prefer-not-to-say", read as unknown): give one`,
      );
  }
  if (problems.length) return { ok: false, problems };
  const { contradictions } = readSituation(typed, situation, qualityScores(typed));
  for (const c of contradictions) {
    at(
      ['situation', c.field],
      `${JSON.stringify(c.given)} disagrees with ${ANSWER_FIELD[c.field]} (${JSON.stringify(c.fromAnswers)}): give one or make them agree`,
    );
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, input: raw as unknown as EvaluateInput };
}

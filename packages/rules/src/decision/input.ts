/**
 * Checking an evaluate input strictly (for the CLI and for hosts that pass answers in).
 * `evaluate` itself is forgiving (a missing safety answer counts as "unsure"); this is the
 * gate that refuses to decide on incomplete or misspelt answers.
 */
import { formatPath, type Problem } from '../util/problems.js';
import { LOCALE_TAG } from '../util/patterns.js';
import { QUALITY_QUESTIONS } from '../content/quality.js';
import { SAFETY_QUESTIONS } from '../content/safety.js';
import { SITUATION_QUESTIONS } from '../content/situation.js';
import type { EvaluateInput } from './evaluate.js';
import { AUDIENCES, CONFLICT_BANDS, RELATIONSHIPS, STAGES, type Situation } from '../types.js';

export type InputResult =
  { readonly ok: true; readonly input: EvaluateInput } | { readonly ok: false; readonly problems: readonly Problem[] };

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const SITUATION_FIELDS: Record<keyof Situation, readonly (string | boolean)[]> = {
  relationship: RELATIONSHIPS,
  stage: STAGES,
  childArrangementsDispute: [true, false],
  conflict: CONFLICT_BANDS,
};

/** Situation fields given as answers to the situation questions (`"relationship": "together"`). */
export function situationFromAnswers(answers: Readonly<Record<string, string>>): Situation {
  const out: Record<string, unknown> = {};
  for (const q of SITUATION_QUESTIONS) {
    const value = answers[q.id];
    if (value === undefined || !q.field) continue;
    out[q.field] = q.field === 'childArrangementsDispute' ? value === 'yes' : value;
  }
  return out as Situation;
}

export function parseEvaluateInput(raw: unknown): InputResult {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push({ path: formatPath(path), message });
  if (!isObject(raw)) {
    at([], 'must be an object like {"audience": "parent", "answers": {...}, "situation": {...}}');
    return { ok: false, problems };
  }
  for (const key of Object.keys(raw)) {
    if (!['audience', 'locale', 'answers', 'situation'].includes(key)) at([key], 'is not a known field');
  }
  if (raw.audience !== undefined && !AUDIENCES.includes(raw.audience as never))
    at(['audience'], `must be one of: ${list(AUDIENCES)}`);
  if (raw.locale !== undefined && (typeof raw.locale !== 'string' || !LOCALE_TAG.test(raw.locale)))
    at(['locale'], 'must be a language tag such as "en" or "cy"');

  const answers = raw.answers;
  if (!isObject(answers)) {
    at(['answers'], 'is required: an object of question id -> answer value');
    return { ok: false, problems };
  }
  const byId = new Map([...SAFETY_QUESTIONS, ...QUALITY_QUESTIONS, ...SITUATION_QUESTIONS].map((q) => [q.id, q]));
  for (const q of SAFETY_QUESTIONS) {
    if (answers[q.id] === undefined)
      at(['answers', q.id], `missing safety answer "${q.id}" (expected "yes", "no" or "unsure")`);
  }
  for (const [id, value] of Object.entries(answers)) {
    const q = byId.get(id);
    if (!q) {
      at(['answers', id], `unknown question id "${id}"`);
      continue;
    }
    const values = q.options.map((o) => o.value);
    if (typeof value !== 'string' || !values.includes(value)) {
      at(['answers', id], `unknown answer ${JSON.stringify(value)} for "${id}" (expected ${list(values)})`);
    }
  }

  const situation = raw.situation;
  if (situation !== undefined) {
    if (!isObject(situation)) at(['situation'], 'must be an object');
    else {
      for (const [key, value] of Object.entries(situation)) {
        const allowed = SITUATION_FIELDS[key as keyof Situation] as readonly unknown[] | undefined;
        if (!allowed) at(['situation', key], `is not a known field (expected ${list(Object.keys(SITUATION_FIELDS))})`);
        else if (!allowed.includes(value))
          at(['situation', key], `must be one of: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`);
      }
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, input: raw as unknown as EvaluateInput };
}

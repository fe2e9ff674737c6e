/**
 * The family's situation, from the answers to the situation questions and from a `situation`
 * given by the host page or the CLI. Where the two disagree, the more cautious reading is used
 * and the disagreement is reported, never settled silently towards the less safe answer.
 *
 * "Prefer not to say" (`PREFER_NOT_TO_SAY`) makes its field unknown, even where the host page
 * gave a value: the person's choice not to say wins. Unknown is never read as the less cautious
 * answer: an unknown relationship gets no couple programme and counts as possibly separated for
 * urgency, an unknown dispute is never "no concern", an unknown conflict level gets neither COPE
 * nor Getting on Better (see `decision/pathways.ts` and `decision/evaluate.ts`).
 */
import { QUALITY_QUESTIONS } from '../content/quality.js';
import { SITUATION_QUESTIONS } from '../content/situation.js';
import { PREFER_NOT_TO_SAY, RELATIONSHIPS, STAGES, type ConflictBand, type Situation } from '../types.js';
import { BAND_ORDER, conflictBand } from './quality.js';
import type { Contradiction } from './types.js';

const own = (answers: Readonly<Record<string, string>>, id: string): string | undefined =>
  Object.hasOwn(answers, id) ? answers[id] : undefined;

/**
 * Situation fields given as answers to the situation questions (`"relationship": "together"`).
 * "Prefer not to say" gives no value.
 */
export function situationFromAnswers(answers: Readonly<Record<string, string>>): Situation {
  const out: Record<string, unknown> = {};
  for (const q of SITUATION_QUESTIONS) {
    const value = own(answers, q.id);
    if (value === undefined || value === PREFER_NOT_TO_SAY || !q.field || !q.options.some((o) => o.value === value))
      continue;
    out[q.field] = q.field === 'childArrangementsDispute' ? value === 'yes' : value;
  }
  return out as Situation;
}

/**
 * The ids of the quality and situation questions answered "prefer not to say", in the order they
 * are asked. A quality question declined makes the conflict level unknown.
 */
export function declinedAnswers(answers: Readonly<Record<string, string>>): string[] {
  return [...QUALITY_QUESTIONS, ...SITUATION_QUESTIONS]
    .filter((q) => own(answers, q.id) === PREFER_NOT_TO_SAY)
    .map((q) => q.id);
}

/** The Situation fields the person chose not to give (a declined quality answer: `conflict`). */
export function declinedFields(answers: Readonly<Record<string, string>>): Set<keyof Situation> {
  const declined = new Set(declinedAnswers(answers));
  const fields = new Set<keyof Situation>();
  for (const q of SITUATION_QUESTIONS) if (q.field && declined.has(q.id)) fields.add(q.field);
  if (QUALITY_QUESTIONS.some((q) => declined.has(q.id))) fields.add('conflict');
  return fields;
}

/** Only the fields of the Situation contract, with valid values: anything else is left out. */
export function knownSituation(given: unknown): Situation {
  if (typeof given !== 'object' || given === null) return {};
  const g = given as Record<string, unknown>;
  const pick = <T>(key: string, allowed: readonly T[]): T | undefined => {
    const v = Object.hasOwn(g, key) ? g[key] : undefined;
    return allowed.includes(v as T) ? (v as T) : undefined;
  };
  const out: Record<string, unknown> = {
    relationship: pick('relationship', RELATIONSHIPS),
    stage: pick('stage', STAGES),
    childArrangementsDispute: pick('childArrangementsDispute', [true, false]),
    conflict: pick('conflict', BAND_ORDER),
  };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out as Situation;
}

/** Further along separation is more cautious: it rules out couple programmes. */
const SEPARATION_ORDER = ['together', 'separating', 'separated'] as const;

export interface SituationReading {
  readonly situation: Situation;
  readonly contradictions: readonly Contradiction[];
}

/**
 * Reads the situation: the answers, the given `situation` and the band the quality scores give.
 * A field the person would rather not give is unknown (a quality answer declined: the conflict
 * level). Otherwise a field known from only one source is taken from it. Where two sources disagree:
 * - relationship: the one further along separation (no couple programmes);
 * - conflict: the higher band (no lighter support than the answers show);
 * - a dispute over child arrangements: yes (never "no concern");
 * - the youngest child's age: what the person answered.
 */
export function readSituation(
  answers: Readonly<Record<string, string>>,
  given: unknown,
  scores: readonly number[] | null,
): SituationReading {
  const said = situationFromAnswers(answers);
  const host = knownSituation(given);
  const derived: ConflictBand | undefined = scores ? conflictBand(scores) : undefined;
  const contradictions: Contradiction[] = [];
  const out: Record<string, unknown> = { ...host, ...said };
  // A field the person chose not to give is unknown, whatever else the answers or the host page
  // say: unknown never gets an offer that a known value would not.
  const declined = declinedFields(answers);
  for (const field of declined) delete out[field];

  const settle = <T extends string | boolean>(
    field: keyof Situation,
    fromAnswers: T | undefined,
    fromHost: T | undefined,
    cautious: (a: T, b: T) => T,
  ) => {
    if (declined.has(field)) return;
    if (fromAnswers === undefined) {
      if (fromHost !== undefined) out[field] = fromHost;
      return;
    }
    if (fromHost === undefined || fromHost === fromAnswers) {
      out[field] = fromAnswers;
      return;
    }
    const used = cautious(fromAnswers, fromHost);
    out[field] = used;
    contradictions.push({ field, fromAnswers, given: fromHost, used });
  };
  const later =
    <T extends string>(order: readonly T[]) =>
    (a: T, b: T) =>
      order.indexOf(a) >= order.indexOf(b) ? a : b;

  settle('relationship', said.relationship, host.relationship, later(SEPARATION_ORDER));
  settle('stage', said.stage, host.stage, (a) => a);
  settle('childArrangementsDispute', said.childArrangementsDispute, host.childArrangementsDispute, () => true);
  // The level of arguing from the answers: the quality answers' band and the answer to the
  // signposter's question on it, the higher of the two when both are given.
  const fromAnswers = derived && said.conflict ? later(BAND_ORDER)(derived, said.conflict) : (derived ?? said.conflict);
  settle('conflict', fromAnswers, host.conflict, later(BAND_ORDER));
  return { situation: out as Situation, contradictions };
}

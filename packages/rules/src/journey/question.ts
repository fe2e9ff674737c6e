/**
 * One question as plain, localised data. Its own module, without the question tables: an element
 * draws the question the planner gives it with this, and loads the tables with the planner (after
 * its first screen), not before.
 */
import { worded } from '../i18n/messages.js';
import { localise } from '../i18n/text.js';
import type { ActCategory, Audience, Question, QuestionGroup, SafetyAnswer, Tool } from '../types.js';

export interface BankQuestion {
  readonly id: string;
  readonly group: QuestionGroup;
  readonly tools: readonly Tool[];
  readonly text: string;
  readonly hint?: string;
  readonly why?: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly indicator?: SafetyAnswer;
  readonly category?: ActCategory;
}

/** One question, localised and worded for the audience. */
export function localiseQuestion(q: Question, audience: Audience = 'parent', locale = 'en'): BankQuestion {
  const out: BankQuestion = {
    id: q.id,
    group: q.group,
    tools: q.tools,
    text: localise(worded(q.text, audience), locale),
    ...(q.hint ? { hint: localise(worded(q.hint, audience), locale) } : {}),
    ...(q.why ? { why: localise(q.why, locale) } : {}),
    options: q.options.map((o) => ({ value: o.value, label: localise(worded(o.label, audience), locale) })),
    ...(q.indicator ? { indicator: q.indicator } : {}),
    ...(q.category ? { category: q.category } : {}),
  };
  return out;
}

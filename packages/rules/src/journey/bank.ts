/** The question bank as plain, localised data: what `rpc-kit questions` prints and elements render. */
import { QUALITY_QUESTIONS } from '../content/quality.js';
import { SAFETY_QUESTIONS } from '../content/safety.js';
import { SITUATION_QUESTIONS } from '../content/situation.js';
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

export interface BankOptions {
  readonly tool?: Tool;
  readonly audience?: Audience;
  readonly locale?: string;
}

/** Every question, in the order asked: safety first, then quality, then situation. */
export const ALL_QUESTIONS: readonly Question[] = /* @__PURE__ */ SAFETY_QUESTIONS.concat(
  QUALITY_QUESTIONS,
  SITUATION_QUESTIONS,
);

/** The questions a tool asks, in order. Without a tool, every question. */
export function questionsFor(tool?: Tool): readonly Question[] {
  return tool ? ALL_QUESTIONS.filter((q) => q.tools.includes(tool)) : ALL_QUESTIONS;
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

/** The question bank for a tool, audience and locale, in the order asked. */
export function questionBank(options: BankOptions = {}): BankQuestion[] {
  return questionsFor(options.tool).map((q) =>
    localiseQuestion(q, options.audience ?? 'parent', options.locale ?? 'en'),
  );
}

/** The question bank as plain, localised data: what `rpc-kit questions` prints and elements render. */
import { QUALITY_QUESTIONS } from '../content/quality.js';
import { SAFETY_QUESTIONS } from '../content/safety.js';
import { SITUATION_QUESTIONS } from '../content/situation.js';
import { localiseQuestion, type BankQuestion } from './question.js';
import type { Audience, Question, Tool } from '../types.js';

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

/** The question bank for a tool, audience and locale, in the order asked. */
export function questionBank(options: BankOptions = {}): BankQuestion[] {
  return questionsFor(options.tool).map((q) =>
    localiseQuestion(q, options.audience ?? 'parent', options.locale ?? 'en'),
  );
}

import { SAFETY_QUESTIONS } from '../src/content/safety.js';
import type { SafetyAnswer } from '../src/types.js';

/** Safety answers with no indicator at all: every question "no", except can-disagree-safely "yes". */
export function safeAnswers(overrides: Record<string, string> = {}): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const q of SAFETY_QUESTIONS) answers[q.id] = q.indicator === 'no' ? 'yes' : 'no';
  return { ...answers, ...overrides };
}

/** The answer to a safety question that is its indicator. */
export function indicatorAnswer(id: string): SafetyAnswer {
  const q = SAFETY_QUESTIONS.find((x) => x.id === id);
  if (!q?.indicator) throw new Error(`no indicator for ${id}`);
  return q.indicator;
}

export const VICTIM_IDS = SAFETY_QUESTIONS.filter((q) => q.concerns === 'victim').map((q) => q.id);
export const JOINT_DEFAULT_IDS = ['me-you-and-baby-too', 'arguing-better', 'getting-on-better', 'cope', 'mediation'];
export const CONFLICT_DEFAULT_IDS = [
  'me-you-and-baby-too',
  'arguing-better',
  'getting-it-right-for-children',
  'parenting-when-separated',
  'getting-on-better',
  'cope',
  'mediation',
];

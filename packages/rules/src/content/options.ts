import { PREFER_NOT_TO_SAY, type QuestionOption } from '../types.js';

/**
 * "I would rather not say": the last option of every relationship-quality and situation question.
 * It has no score: the rules read it as unknown, never as a less cautious answer.
 */
export const PREFER_NOT_TO_SAY_OPTION: QuestionOption = {
  value: PREFER_NOT_TO_SAY,
  label: { en: 'I would rather not say' },
};

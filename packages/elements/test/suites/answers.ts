/** Answers for every question a journey can ask, none of them a sign of abuse: a calm, ordinary family. */
import { NO_ABUSE } from '../harness.js';

/** The relationship-quality answers of a family with some conflict (moderate). */
export const SOME_CONFLICT = {
  frequency: 'weekly',
  intensity: 'raised',
  resolution: 'sometimes',
  children: 'occasionally',
  heard: 'sometimes',
} as const;

/** The family's situation. */
export const FAMILY = {
  relationship: 'together',
  stage: 'child',
  'child-arrangements-dispute': 'no',
  conflict: 'moderate',
} as const;

/** An answer to every question: a journey with these ends on the conflict route. */
export const EVERY_ANSWER: Readonly<Record<string, string>> = { ...NO_ABUSE, ...SOME_CONFLICT, ...FAMILY };

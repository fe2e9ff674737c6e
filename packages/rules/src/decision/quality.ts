/** The relationship-quality answers as a conflict band: a guide, not a diagnosis. */
import { QUALITY_QUESTIONS } from '../content/quality.js';
import type { ConflictBand } from '../types.js';

export const BAND_ORDER: readonly ConflictBand[] = ['low', 'moderate', 'high'];

/** The conflict band from quality scores (each 0 to 3). */
export function conflictBand(scores: readonly number[]): ConflictBand {
  const total = scores.reduce((a, b) => a + b, 0);
  const band: ConflictBand = total >= 10 ? 'high' : total >= 5 ? 'moderate' : 'low';
  // One answer at the top of its scale is never "low".
  return band === 'low' && scores.some((s) => s >= 3) ? 'moderate' : band;
}

/** Scores the quality answers; null unless every quality question has a known answer. */
export function qualityScores(answers: Readonly<Record<string, string>>): number[] | null {
  const scores: number[] = [];
  for (const q of QUALITY_QUESTIONS) {
    const value = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const option = q.options.find((o) => o.value === value);
    if (option?.score === undefined) return null;
    scores.push(option.score);
  }
  return scores;
}

/** True when the scores show little, mild, resolved arguing: every answer at 0 or 1, 3 at most in all. */
export function isCalm(scores: readonly number[]): boolean {
  return scores.reduce((a, b) => a + b, 0) <= 3 && Math.max(...scores) <= 1;
}

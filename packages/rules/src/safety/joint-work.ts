/** Does a text say an offer is couple or joint work, or mediation? */
import { JOINT_WORK_WORDS } from '../content/joint-work-words.js';
import { foldText } from '../directory/fold.js';
import type { PathwayFormat } from '../types.js';

const PADDED = /* @__PURE__ */ JOINT_WORK_WORDS.map((w) => ` ${foldText(w).trim()} `);

/** True when any of the texts (in any language) names couple or joint work, or mediation. */
export function readsLikeJointWork(
  ...texts: readonly (Readonly<Record<string, string>> | string | undefined)[]
): boolean {
  const hay = ` ${texts
    .flatMap((t) => (t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t)))
    .map(foldText)
    .join(' ')} `;
  return PADDED.some((w) => hay.includes(w));
}

/** True for a service or offer delivered as mediation. */
export const isMediationFormat = (formats: readonly PathwayFormat[] | undefined): boolean =>
  formats?.includes('mediation') ?? false;

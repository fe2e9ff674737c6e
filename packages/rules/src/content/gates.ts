import { withIds, type PackSource } from '../i18n/packs.js';
import type { Question } from '../types.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/gates.js'),
  practitioner: () => import('./packs/practitioner/gates.js'),
  'cy-practitioner': () => import('./packs/cy-practitioner/gates.js'),
};

/**
 * The questions that open a journey before any safety question: is it safe to go on now, and,
 * on a practitioner's page where the family has already been screened, a confirmation. They are
 * part of the journey (see `journey/planner.ts`), not of the question bank.
 */
export const SAFE_TO_CONTINUE: Question = /* @__PURE__ */ withIds(
  'gate.safe-to-continue',
  {
    id: 'safe-to-continue',
    group: 'gate',
    tools: ['screener', 'da-check', 'signposter'],
    text: { en: 'Is it safe for you to answer these questions now?' },
    hint: { en: 'Check that no one can see your screen or hear you, including the other parent.' },
    options: [
      { value: 'yes', label: { en: 'Yes, it is safe now' } },
      { value: 'no', label: { en: 'No, not right now' } },
    ],
  },
  PACKS,
);

/** Only on a practitioner's page that sets `screened`, and only for the practitioner audience. */
export const SCREENED_CONFIRM: Question = /* @__PURE__ */ withIds(
  'gate.screened-confirm',
  {
    id: 'screened-confirm',
    group: 'gate',
    tools: ['signposter'],
    text: { en: 'Have you screened this family for domestic abuse today, with no signs of abuse or danger?' },
    hint: { en: 'If not, or if you are not sure, the safety questions come next.' },
    options: [
      {
        value: 'yes',
        label: { en: 'Yes, screened today with no concerns' },
      },
      { value: 'no', label: { en: 'No, or there were concerns' } },
      { value: 'unsure', label: { en: 'Not sure' } },
    ],
  },
  PACKS,
);

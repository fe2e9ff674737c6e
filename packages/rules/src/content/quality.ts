import { withIds, type PackSource } from '../i18n/packs.js';
import type { Question } from '../types.js';
import { PREFER_NOT_TO_SAY_OPTION } from './options.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/quality.js'),
  practitioner: () => import('./packs/practitioner/quality.js'),
  'cy-practitioner': () => import('./packs/cy-practitioner/quality.js'),
};

/**
 * A short relationship-quality check in RPC Kit's own words. It is not a validated measure and
 * not a diagnosis: it only helps choose between lighter and more intensive conflict support.
 * Each option scores 0 to 3; the total (0 to 15) gives the conflict band (see `conflictBand`).
 */
export const QUALITY_QUESTIONS: readonly Question[] = /* @__PURE__ */ withIds(
  'quality',
  [
    {
      id: 'frequency',
      group: 'quality',
      tools: ['screener'],
      text: { en: 'How often do you and the other parent argue?' },
      options: [
        {
          value: 'rarely',
          score: 0,
          label: { en: 'Rarely' },
        },
        {
          value: 'sometimes',
          score: 1,
          label: { en: 'Now and then, a few times a month' },
        },
        {
          value: 'weekly',
          score: 2,
          label: { en: 'Most weeks' },
        },
        {
          value: 'daily',
          score: 3,
          label: { en: 'Most days' },
        },
        PREFER_NOT_TO_SAY_OPTION,
      ],
    },
    {
      id: 'intensity',
      group: 'quality',
      tools: ['screener'],
      text: { en: 'When you argue, how heated does it get?' },
      options: [
        {
          value: 'calm',
          score: 0,
          label: { en: 'We stay calm' },
        },
        {
          value: 'raised',
          score: 1,
          label: { en: 'Voices get raised sometimes' },
        },
        {
          value: 'shouting',
          score: 2,
          label: { en: 'There is shouting or slamming of doors' },
        },
        {
          value: 'very-heated',
          score: 3,
          label: { en: 'It gets very heated and goes on for a long time' },
        },
        PREFER_NOT_TO_SAY_OPTION,
      ],
    },
    {
      id: 'resolution',
      group: 'quality',
      tools: ['screener'],
      text: { en: 'After an argument, do you sort things out?' },
      options: [
        {
          value: 'usually',
          score: 0,
          label: { en: 'Usually' },
        },
        {
          value: 'sometimes',
          score: 1,
          label: { en: 'Sometimes' },
        },
        {
          value: 'rarely',
          score: 2,
          label: { en: 'Rarely' },
        },
        {
          value: 'never',
          score: 3,
          label: { en: 'Never: the same arguments keep coming back' },
        },
        PREFER_NOT_TO_SAY_OPTION,
      ],
    },
    {
      id: 'children',
      group: 'quality',
      tools: ['screener'],
      text: { en: 'Do the children see or hear the arguments?' },
      hint: {
        en: 'Children notice more than we think, even from another room. Think too about whether they get caught in the middle.',
      },
      options: [
        {
          value: 'never',
          score: 0,
          label: { en: 'No, never' },
        },
        {
          value: 'occasionally',
          score: 1,
          label: { en: 'Now and then' },
        },
        {
          value: 'often',
          score: 2,
          label: { en: 'Often' },
        },
        {
          value: 'in-the-middle',
          score: 3,
          label: { en: 'Often, and they get caught in the middle' },
        },
        PREFER_NOT_TO_SAY_OPTION,
      ],
    },
    {
      id: 'heard',
      group: 'quality',
      tools: ['screener'],
      text: { en: 'Do you feel the other parent listens to you?' },
      options: [
        {
          value: 'usually',
          score: 0,
          label: { en: 'Usually' },
        },
        {
          value: 'sometimes',
          score: 1,
          label: { en: 'Sometimes' },
        },
        {
          value: 'rarely',
          score: 2,
          label: { en: 'Rarely' },
        },
        {
          value: 'never',
          score: 3,
          label: { en: 'Never' },
        },
        PREFER_NOT_TO_SAY_OPTION,
      ],
    },
  ],
  PACKS,
);

export const QUALITY_IDS: readonly string[] = /* @__PURE__ */ QUALITY_QUESTIONS.map((q) => q.id);

import { withIds, type PackSource } from '../i18n/packs.js';
import type { Question } from '../types.js';
import { PREFER_NOT_TO_SAY_OPTION } from './options.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/situation.js'),
  practitioner: () => import('./packs/practitioner/situation.js'),
  'cy-practitioner': () => import('./packs/cy-practitioner/situation.js'),
};

/** Situation questions: each fills one field of the Situation contract. */
export const SITUATION_QUESTIONS: readonly Question[] = /* @__PURE__ */ withIds(
  'situation',
  [
    {
      id: 'relationship',
      field: 'relationship',
      group: 'situation',
      tools: ['screener', 'signposter'],
      // Parents who were never a couple answer "separated": for what fits them and for urgency they
      // are parents apart (see docs/rules.md).
      text: { en: 'Are you and the other parent a couple now?' },
      options: [
        {
          value: 'together',
          label: { en: 'Yes, we are together' },
        },
        {
          value: 'separating',
          label: { en: 'We are splitting up' },
        },
        {
          value: 'separated',
          label: { en: 'No, we have split up, or we were never a couple' },
        },
        PREFER_NOT_TO_SAY_OPTION,
      ],
    },
    {
      id: 'stage',
      field: 'stage',
      group: 'situation',
      tools: ['screener', 'signposter'],
      text: { en: 'How old is your youngest child?' },
      options: [
        {
          value: 'expecting',
          label: { en: 'We are expecting a baby' },
        },
        {
          value: 'baby',
          label: { en: 'A baby or toddler (under 2)' },
        },
        {
          value: 'child',
          label: { en: 'A child (2 to 12)' },
        },
        {
          value: 'teen',
          label: { en: 'A teenager (13 to 18)' },
        },
        PREFER_NOT_TO_SAY_OPTION,
      ],
    },
    {
      id: 'child-arrangements-dispute',
      field: 'childArrangementsDispute',
      group: 'situation',
      tools: ['screener', 'signposter'],
      text: { en: 'Do you and the other parent disagree about plans for the children?' },
      hint: { en: 'For example, where they live, or when they see each of you.' },
      options: [{ value: 'yes', label: { en: 'Yes' } }, { value: 'no', label: { en: 'No' } }, PREFER_NOT_TO_SAY_OPTION],
    },
    {
      id: 'conflict',
      field: 'conflict',
      group: 'situation',
      tools: ['signposter'],
      text: { en: 'How bad is the arguing at the moment?' },
      options: [
        {
          value: 'low',
          label: { en: 'We disagree sometimes, but we usually sort it out' },
        },
        {
          value: 'moderate',
          label: { en: 'We argue often and it gets heated' },
        },
        {
          value: 'high',
          label: { en: 'We argue most days, it is very heated and it affects the children' },
        },
        PREFER_NOT_TO_SAY_OPTION,
      ],
    },
  ],
  PACKS,
);

import type { Question } from '../types.js';

/** Situation questions: each fills one field of the Situation contract. */
export const SITUATION_QUESTIONS: readonly Question[] = [
  {
    id: 'relationship',
    field: 'relationship',
    group: 'situation',
    tools: ['screener', 'signposter'],
    text: {
      parent: { en: 'Are you and the other parent together at the moment?' },
      practitioner: { en: 'Are the parents together at the moment?' },
    },
    options: [
      {
        value: 'together',
        label: { parent: { en: 'Yes, we are together' }, practitioner: { en: 'Yes, they are together' } },
      },
      {
        value: 'separating',
        label: { parent: { en: 'We are separating' }, practitioner: { en: 'They are separating' } },
      },
      {
        value: 'separated',
        label: { parent: { en: 'No, we have separated' }, practitioner: { en: 'No, they have separated' } },
      },
    ],
  },
  {
    id: 'stage',
    field: 'stage',
    group: 'situation',
    tools: ['screener', 'signposter'],
    text: {
      parent: { en: 'How old is your youngest child?' },
      practitioner: { en: 'How old is the youngest child?' },
    },
    options: [
      {
        value: 'expecting',
        label: { parent: { en: 'We are expecting a baby' }, practitioner: { en: 'They are expecting a baby' } },
      },
      { value: 'baby', label: { parent: { en: 'A baby or toddler (under 2)' }, practitioner: { en: 'A baby or toddler (under 2)' } } },
      { value: 'child', label: { parent: { en: 'A child (2 to 12)' }, practitioner: { en: 'A child (2 to 12)' } } },
      { value: 'teen', label: { parent: { en: 'A teenager (13 to 18)' }, practitioner: { en: 'A teenager (13 to 18)' } } },
    ],
  },
  {
    id: 'child-arrangements-dispute',
    field: 'childArrangementsDispute',
    group: 'situation',
    tools: ['screener', 'signposter'],
    text: {
      parent: {
        en: 'Do you and the other parent disagree about where the children live or when they see each of you?',
      },
      practitioner: {
        en: 'Do the parents disagree about where the children live or when they see each parent?',
      },
    },
    options: [
      { value: 'yes', label: { parent: { en: 'Yes' }, practitioner: { en: 'Yes' } } },
      { value: 'no', label: { parent: { en: 'No' }, practitioner: { en: 'No' } } },
    ],
  },
  {
    id: 'conflict',
    field: 'conflict',
    group: 'situation',
    tools: ['signposter'],
    text: {
      parent: { en: 'How bad is the arguing at the moment?' },
      practitioner: { en: 'How bad is the arguing between the parents at the moment?' },
    },
    options: [
      {
        value: 'low',
        label: {
          parent: { en: 'We disagree sometimes, but we usually sort it out' },
          practitioner: { en: 'They disagree sometimes, but usually sort it out' },
        },
      },
      {
        value: 'moderate',
        label: {
          parent: { en: 'We argue often and it gets heated' },
          practitioner: { en: 'They argue often and it gets heated' },
        },
      },
      {
        value: 'high',
        label: {
          parent: { en: 'We argue most days, it is very heated and it affects the children' },
          practitioner: { en: 'They argue most days, it is very heated and it affects the children' },
        },
      },
    ],
  },
];

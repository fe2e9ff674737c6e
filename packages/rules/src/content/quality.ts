import type { Question } from '../types.js';

/**
 * A short relationship-quality check in RPC Kit's own words. It is not a validated measure and
 * not a diagnosis: it only helps choose between lighter and more intensive conflict support.
 * Each option scores 0 to 3; the total (0 to 15) gives the conflict band (see `conflictBand`).
 */
export const QUALITY_QUESTIONS: readonly Question[] = [
  {
    id: 'frequency',
    group: 'quality',
    tools: ['screener'],
    text: {
      parent: { en: 'How often do you and the other parent argue?' },
      practitioner: { en: 'How often do the parents argue?' },
    },
    options: [
      { value: 'rarely', score: 0, label: { parent: { en: 'Rarely' }, practitioner: { en: 'Rarely' } } },
      {
        value: 'sometimes',
        score: 1,
        label: { parent: { en: 'Now and then, a few times a month' }, practitioner: { en: 'Now and then, a few times a month' } },
      },
      { value: 'weekly', score: 2, label: { parent: { en: 'Most weeks' }, practitioner: { en: 'Most weeks' } } },
      { value: 'daily', score: 3, label: { parent: { en: 'Most days' }, practitioner: { en: 'Most days' } } },
    ],
  },
  {
    id: 'intensity',
    group: 'quality',
    tools: ['screener'],
    text: {
      parent: { en: 'When you argue, how heated does it get?' },
      practitioner: { en: 'When they argue, how heated does it get?' },
    },
    options: [
      { value: 'calm', score: 0, label: { parent: { en: 'We stay calm' }, practitioner: { en: 'They stay calm' } } },
      {
        value: 'raised',
        score: 1,
        label: { parent: { en: 'Voices get raised sometimes' }, practitioner: { en: 'Voices get raised sometimes' } },
      },
      {
        value: 'shouting',
        score: 2,
        label: { parent: { en: 'There is shouting or slamming doors' }, practitioner: { en: 'There is shouting or slamming doors' } },
      },
      {
        value: 'very-heated',
        score: 3,
        label: {
          parent: { en: 'It gets very heated and goes on for a long time' },
          practitioner: { en: 'It gets very heated and goes on for a long time' },
        },
      },
    ],
  },
  {
    id: 'resolution',
    group: 'quality',
    tools: ['screener'],
    text: {
      parent: { en: 'After an argument, do you sort things out?' },
      practitioner: { en: 'After an argument, do they sort things out?' },
    },
    options: [
      { value: 'usually', score: 0, label: { parent: { en: 'Usually' }, practitioner: { en: 'Usually' } } },
      { value: 'sometimes', score: 1, label: { parent: { en: 'Sometimes' }, practitioner: { en: 'Sometimes' } } },
      { value: 'rarely', score: 2, label: { parent: { en: 'Rarely' }, practitioner: { en: 'Rarely' } } },
      {
        value: 'never',
        score: 3,
        label: {
          parent: { en: 'Never: the same arguments keep coming back' },
          practitioner: { en: 'Never: the same arguments keep coming back' },
        },
      },
    ],
  },
  {
    id: 'children',
    group: 'quality',
    tools: ['screener'],
    text: {
      parent: { en: 'Do the children see or hear the arguments, or get caught in the middle?' },
      practitioner: { en: 'Do the children see or hear the arguments, or get caught in the middle?' },
    },
    hint: {
      parent: { en: 'Children notice more than we think, even from another room.' },
      practitioner: { en: 'Children notice more than adults think, even from another room.' },
    },
    options: [
      { value: 'never', score: 0, label: { parent: { en: 'No, never' }, practitioner: { en: 'No, never' } } },
      { value: 'occasionally', score: 1, label: { parent: { en: 'Occasionally' }, practitioner: { en: 'Occasionally' } } },
      { value: 'often', score: 2, label: { parent: { en: 'Often' }, practitioner: { en: 'Often' } } },
      {
        value: 'in-the-middle',
        score: 3,
        label: {
          parent: { en: 'Yes, they are often in the middle of it' },
          practitioner: { en: 'Yes, they are often in the middle of it' },
        },
      },
    ],
  },
  {
    id: 'heard',
    group: 'quality',
    tools: ['screener'],
    text: {
      parent: { en: 'Do you feel the other parent listens to you?' },
      practitioner: { en: 'Does the parent feel the other parent listens to them?' },
    },
    options: [
      { value: 'usually', score: 0, label: { parent: { en: 'Usually' }, practitioner: { en: 'Usually' } } },
      { value: 'sometimes', score: 1, label: { parent: { en: 'Sometimes' }, practitioner: { en: 'Sometimes' } } },
      { value: 'rarely', score: 2, label: { parent: { en: 'Rarely' }, practitioner: { en: 'Rarely' } } },
      { value: 'never', score: 3, label: { parent: { en: 'Never' }, practitioner: { en: 'Never' } } },
    ],
  },
];

export const QUALITY_IDS: readonly string[] = QUALITY_QUESTIONS.map((q) => q.id);

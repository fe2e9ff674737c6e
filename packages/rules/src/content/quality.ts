import type { Question } from '../types.js';
import { PREFER_NOT_TO_SAY_OPTION } from './options.js';

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
      parent: {
        en: 'How often do you and the other parent argue?',
        cy: 'Pa mor aml ydych chi a’r rhiant arall yn dadlau?',
      },
      practitioner: { en: 'How often do the parents argue?', cy: 'Pa mor aml mae’r rhieni’n dadlau?' },
    },
    options: [
      {
        value: 'rarely',
        score: 0,
        label: { en: 'Rarely', cy: 'Anaml' },
      },
      {
        value: 'sometimes',
        score: 1,
        label: { en: 'Now and then, a few times a month', cy: 'Bob hyn a hyn, ychydig o weithiau’r mis' },
      },
      {
        value: 'weekly',
        score: 2,
        label: { en: 'Most weeks', cy: 'Y rhan fwyaf o wythnosau' },
      },
      {
        value: 'daily',
        score: 3,
        label: { en: 'Most days', cy: 'Y rhan fwyaf o ddyddiau' },
      },
      PREFER_NOT_TO_SAY_OPTION,
    ],
  },
  {
    id: 'intensity',
    group: 'quality',
    tools: ['screener'],
    text: {
      parent: {
        en: 'When you argue, how heated does it get?',
        cy: 'Pan fyddwch chi’n dadlau, pa mor danbaid mae pethau’n mynd?',
      },
      practitioner: {
        en: 'When they argue, how heated does it get?',
        cy: 'Pan fyddan nhw’n dadlau, pa mor danbaid mae pethau’n mynd?',
      },
    },
    options: [
      {
        value: 'calm',
        score: 0,
        label: {
          parent: { en: 'We stay calm', cy: 'Rydyn ni’n aros yn bwyllog' },
          practitioner: { en: 'They stay calm', cy: 'Maen nhw’n aros yn bwyllog' },
        },
      },
      {
        value: 'raised',
        score: 1,
        label: { en: 'Voices get raised sometimes', cy: 'Mae lleisiau’n codi weithiau' },
      },
      {
        value: 'shouting',
        score: 2,
        label: { en: 'There is shouting or slamming of doors', cy: 'Mae gweiddi neu gau drysau’n glep' },
      },
      {
        value: 'very-heated',
        score: 3,
        label: {
          en: 'It gets very heated and goes on for a long time',
          cy: 'Mae’n mynd yn danbaid iawn ac yn para am amser hir',
        },
      },
      PREFER_NOT_TO_SAY_OPTION,
    ],
  },
  {
    id: 'resolution',
    group: 'quality',
    tools: ['screener'],
    text: {
      parent: { en: 'After an argument, do you sort things out?', cy: 'Ar ôl dadl, ydych chi’n datrys pethau?' },
      practitioner: { en: 'After an argument, do they sort things out?', cy: 'Ar ôl dadl, ydyn nhw’n datrys pethau?' },
    },
    options: [
      {
        value: 'usually',
        score: 0,
        label: { en: 'Usually', cy: 'Fel arfer' },
      },
      {
        value: 'sometimes',
        score: 1,
        label: { en: 'Sometimes', cy: 'Weithiau' },
      },
      {
        value: 'rarely',
        score: 2,
        label: { en: 'Rarely', cy: 'Anaml' },
      },
      {
        value: 'never',
        score: 3,
        label: {
          en: 'Never: the same arguments keep coming back',
          cy: 'Byth: mae’r un dadleuon yn dod yn ôl o hyd',
        },
      },
      PREFER_NOT_TO_SAY_OPTION,
    ],
  },
  {
    id: 'children',
    group: 'quality',
    tools: ['screener'],
    text: {
      parent: {
        en: 'Do the children see or hear the arguments?',
        cy: 'Ydy’r plant yn gweld neu’n clywed y dadleuon?',
      },
      practitioner: {
        en: 'Do the children see or hear the arguments, or get caught in the middle?',
        cy: 'Ydy’r plant yn gweld neu’n clywed y dadleuon, neu’n cael eu dal yn y canol?',
      },
    },
    hint: {
      parent: {
        en: 'Children notice more than we think, even from another room. Think too about whether they get caught in the middle.',
        cy: 'Mae plant yn sylwi ar fwy nag rydyn ni’n ei feddwl, hyd yn oed o ystafell arall. Meddyliwch hefyd a ydyn nhw’n cael eu dal yn y canol.',
      },
      practitioner: {
        en: 'Children notice more than adults think, even from another room.',
        cy: 'Mae plant yn sylwi ar fwy nag y mae oedolion yn ei feddwl, hyd yn oed o ystafell arall.',
      },
    },
    options: [
      {
        value: 'never',
        score: 0,
        label: { en: 'No, never', cy: 'Nac ydyn, byth' },
      },
      {
        value: 'occasionally',
        score: 1,
        label: { en: 'Now and then', cy: 'Ambell waith' },
      },
      {
        value: 'often',
        score: 2,
        label: { en: 'Often', cy: 'Yn aml' },
      },
      {
        value: 'in-the-middle',
        score: 3,
        label: {
          en: 'Often, and they get caught in the middle',
          cy: 'Yn aml, ac maen nhw’n cael eu dal yn y canol',
        },
      },
      PREFER_NOT_TO_SAY_OPTION,
    ],
  },
  {
    id: 'heard',
    group: 'quality',
    tools: ['screener'],
    text: {
      parent: {
        en: 'Do you feel the other parent listens to you?',
        cy: 'Ydych chi’n teimlo bod y rhiant arall yn gwrando arnoch chi?',
      },
      practitioner: {
        en: 'Does the parent feel the other parent listens to them?',
        cy: 'Ydy’r rhiant yn teimlo bod y rhiant arall yn gwrando arno?',
      },
    },
    options: [
      {
        value: 'usually',
        score: 0,
        label: { en: 'Usually', cy: 'Fel arfer' },
      },
      {
        value: 'sometimes',
        score: 1,
        label: { en: 'Sometimes', cy: 'Weithiau' },
      },
      {
        value: 'rarely',
        score: 2,
        label: { en: 'Rarely', cy: 'Anaml' },
      },
      {
        value: 'never',
        score: 3,
        label: { en: 'Never', cy: 'Byth' },
      },
      PREFER_NOT_TO_SAY_OPTION,
    ],
  },
];

export const QUALITY_IDS: readonly string[] = /* @__PURE__ */ QUALITY_QUESTIONS.map((q) => q.id);

import type { Question } from '../types.js';
import { PREFER_NOT_TO_SAY_OPTION } from './options.js';

/** Situation questions: each fills one field of the Situation contract. */
export const SITUATION_QUESTIONS: readonly Question[] = [
  {
    id: 'relationship',
    field: 'relationship',
    group: 'situation',
    tools: ['screener', 'signposter'],
    // Parents who were never a couple answer "separated": for what fits them and for urgency they
    // are parents apart (see docs/rules.md).
    text: {
      parent: {
        en: 'Are you and the other parent a couple now?',
        cy: 'Ydych chi a’r rhiant arall yn gwpl nawr?',
      },
      practitioner: { en: 'Are the parents a couple now?', cy: 'Ydy’r rhieni’n gwpl nawr?' },
    },
    options: [
      {
        value: 'together',
        label: {
          parent: { en: 'Yes, we are together', cy: 'Ydyn, rydyn ni gyda’n gilydd' },
          practitioner: { en: 'Yes, they are together', cy: 'Ydyn, maen nhw gyda’i gilydd' },
        },
      },
      {
        value: 'separating',
        label: {
          parent: { en: 'We are splitting up', cy: 'Rydyn ni’n gwahanu' },
          practitioner: { en: 'They are splitting up', cy: 'Maen nhw’n gwahanu' },
        },
      },
      {
        value: 'separated',
        label: {
          parent: {
            en: 'No, we have split up, or we were never a couple',
            cy: 'Nac ydyn, rydyn ni wedi gwahanu, neu doedden ni erioed yn gwpl',
          },
          practitioner: {
            en: 'No, they have split up, or were never a couple',
            cy: 'Nac ydyn, maen nhw wedi gwahanu, neu doedden nhw erioed yn gwpl',
          },
        },
      },
      PREFER_NOT_TO_SAY_OPTION,
    ],
  },
  {
    id: 'stage',
    field: 'stage',
    group: 'situation',
    tools: ['screener', 'signposter'],
    text: {
      parent: { en: 'How old is your youngest child?', cy: 'Faint yw oed eich plentyn ieuengaf?' },
      practitioner: { en: 'How old is the youngest child?', cy: 'Faint yw oed y plentyn ieuengaf?' },
    },
    options: [
      {
        value: 'expecting',
        label: {
          parent: { en: 'We are expecting a baby', cy: 'Rydyn ni’n disgwyl babi' },
          practitioner: { en: 'They are expecting a baby', cy: 'Maen nhw’n disgwyl babi' },
        },
      },
      {
        value: 'baby',
        label: { en: 'A baby or toddler (under 2)', cy: 'Babi neu blentyn bach (o dan 2 oed)' },
      },
      {
        value: 'child',
        label: { en: 'A child (2 to 12)', cy: 'Plentyn (2 i 12 oed)' },
      },
      {
        value: 'teen',
        label: { en: 'A teenager (13 to 18)', cy: 'Person ifanc yn ei arddegau (13 i 18 oed)' },
      },
      PREFER_NOT_TO_SAY_OPTION,
    ],
  },
  {
    id: 'child-arrangements-dispute',
    field: 'childArrangementsDispute',
    group: 'situation',
    tools: ['screener', 'signposter'],
    text: {
      parent: {
        en: 'Do you and the other parent disagree about plans for the children?',
        cy: 'Ydych chi a’r rhiant arall yn anghytuno am drefniadau’r plant?',
      },
      practitioner: {
        en: 'Do the parents disagree about where the children live or when they see each parent?',
        cy: 'Ydy’r rhieni’n anghytuno ynghylch ble mae’r plant yn byw neu pryd maen nhw’n gweld pob rhiant?',
      },
    },
    hint: {
      parent: {
        en: 'For example, where they live, or when they see each of you.',
        cy: 'Er enghraifft, ble maen nhw’n byw, neu pryd maen nhw’n gweld pob un ohonoch chi.',
      },
      practitioner: {
        en: 'Child arrangements: where the children live, and when they spend time with each parent.',
        cy: 'Trefniadau plant: ble mae’r plant yn byw, a phryd maen nhw’n treulio amser gyda phob rhiant.',
      },
    },
    options: [
      { value: 'yes', label: { en: 'Yes', cy: 'Ydyn' } },
      { value: 'no', label: { en: 'No', cy: 'Nac ydyn' } },
      PREFER_NOT_TO_SAY_OPTION,
    ],
  },
  {
    id: 'conflict',
    field: 'conflict',
    group: 'situation',
    tools: ['signposter'],
    text: {
      parent: { en: 'How bad is the arguing at the moment?', cy: 'Pa mor ddrwg yw’r dadlau ar hyn o bryd?' },
      practitioner: {
        en: 'How bad is the arguing between the parents at the moment?',
        cy: 'Pa mor ddrwg yw’r dadlau rhwng y rhieni ar hyn o bryd?',
      },
    },
    options: [
      {
        value: 'low',
        label: {
          parent: {
            en: 'We disagree sometimes, but we usually sort it out',
            cy: 'Rydyn ni’n anghytuno weithiau, ond fel arfer rydyn ni’n datrys pethau',
          },
          practitioner: {
            en: 'They disagree sometimes, but usually sort it out',
            cy: 'Maen nhw’n anghytuno weithiau, ond fel arfer maen nhw’n datrys pethau',
          },
        },
      },
      {
        value: 'moderate',
        label: {
          parent: { en: 'We argue often and it gets heated', cy: 'Rydyn ni’n dadlau’n aml ac mae’n mynd yn danbaid' },
          practitioner: {
            en: 'They argue often and it gets heated',
            cy: 'Maen nhw’n dadlau’n aml ac mae’n mynd yn danbaid',
          },
        },
      },
      {
        value: 'high',
        label: {
          parent: {
            en: 'We argue most days, it is very heated and it affects the children',
            cy: 'Rydyn ni’n dadlau y rhan fwyaf o ddyddiau, mae’n danbaid iawn ac mae’n effeithio ar y plant',
          },
          practitioner: {
            en: 'They argue most days, it is very heated and it affects the children',
            cy: 'Maen nhw’n dadlau y rhan fwyaf o ddyddiau, mae’n danbaid iawn ac mae’n effeithio ar y plant',
          },
        },
      },
      PREFER_NOT_TO_SAY_OPTION,
    ],
  },
];

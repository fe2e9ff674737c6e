import type { Question } from '../types.js';

/**
 * The questions that open a journey before any safety question: is it safe to go on now, and,
 * on a practitioner's page where the family has already been screened, a confirmation. They are
 * part of the journey (see `journey/planner.ts`), not of the question bank.
 */
export const SAFE_TO_CONTINUE: Question = {
  id: 'safe-to-continue',
  group: 'gate',
  tools: ['screener', 'da-check', 'signposter'],
  text: {
    parent: {
      en: 'Is it safe for you to answer these questions now?',
      cy: 'Ydy hi’n ddiogel i chi ateb y cwestiynau hyn nawr?',
    },
    practitioner: {
      en: 'Is it safe to talk with the parent now, alone, with no one else listening?',
      cy: 'Ydy hi’n ddiogel siarad â’r rhiant nawr, ar ei ben ei hun, heb i neb arall wrando?',
    },
  },
  hint: {
    parent: {
      en: 'Check that no one can see your screen or hear you, including the other parent.',
      cy: 'Gwnewch yn siŵr na all neb weld eich sgrin na’ch clywed, gan gynnwys y rhiant arall.',
    },
    practitioner: {
      en: 'Agree a safe way to contact the parent before you go on.',
      cy: 'Cytunwch ar ffordd ddiogel o gysylltu â’r rhiant cyn mynd ymlaen.',
    },
  },
  options: [
    { value: 'yes', label: { en: 'Yes, it is safe now', cy: 'Ydy, mae’n ddiogel nawr' } },
    { value: 'no', label: { en: 'No, not right now', cy: 'Nac ydy, ddim ar hyn o bryd' } },
  ],
};

/** Only on a practitioner's page that sets `screened`, and only for the practitioner audience. */
export const SCREENED_CONFIRM: Question = {
  id: 'screened-confirm',
  group: 'gate',
  tools: ['signposter'],
  text: {
    parent: {
      en: 'Have you screened this family for domestic abuse today, with no signs of abuse or danger?',
      cy: 'Ydych chi wedi sgrinio’r teulu hwn am gam-drin domestig heddiw, heb unrhyw arwyddion o gam-drin na pherygl?',
    },
    practitioner: {
      en: 'Have you screened this family for domestic abuse today, with no signs of abuse or danger?',
      cy: 'Ydych chi wedi sgrinio’r teulu hwn am gam-drin domestig heddiw, heb unrhyw arwyddion o gam-drin na pherygl?',
    },
  },
  hint: {
    parent: {
      en: 'If not, or if you are not sure, the safety questions come next.',
      cy: 'Os na, neu os nad ydych chi’n siŵr, daw’r cwestiynau diogelwch nesaf.',
    },
    practitioner: {
      en: 'If not, or if you are not sure, the safety questions come next.',
      cy: 'Os na, neu os nad ydych chi’n siŵr, daw’r cwestiynau diogelwch nesaf.',
    },
  },
  options: [
    {
      value: 'yes',
      label: { en: 'Yes, screened today with no concerns', cy: 'Ydw, wedi’u sgrinio heddiw heb bryderon' },
    },
    { value: 'no', label: { en: 'No, or there were concerns', cy: 'Nac ydw, neu roedd pryderon' } },
    { value: 'unsure', label: { en: 'Not sure', cy: 'Ddim yn siŵr' } },
  ],
};

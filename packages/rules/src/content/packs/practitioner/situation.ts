/** Practitioners’ English: only the texts worded differently for a practitioner: the situation questions (`content/situation.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SITUATION_QUESTIONS
  'situation.relationship.text': 'Are the parents a couple now?',
  'situation.relationship.options.together.label': 'Yes, they are together',
  'situation.relationship.options.separating.label': 'They are splitting up',
  'situation.relationship.options.separated.label': 'No, they have split up, or were never a couple',
  'situation.relationship.options.prefer-not-to-say.label': 'They would rather not say',
  'situation.stage.text': 'How old is the youngest child?',
  'situation.stage.options.expecting.label': 'They are expecting a baby',
  'situation.child-arrangements-dispute.text':
    'Do the parents disagree about where the children live or when they see each parent?',
  'situation.child-arrangements-dispute.hint':
    'Child arrangements: where the children live, and when they spend time with each parent.',
  'situation.conflict.text': 'How bad is the arguing between the parents at the moment?',
  'situation.conflict.options.low.label': 'They disagree sometimes, but usually sort it out',
  'situation.conflict.options.moderate.label': 'They argue often and it gets heated',
  'situation.conflict.options.high.label': 'They argue most days, it is very heated and it affects the children',
};

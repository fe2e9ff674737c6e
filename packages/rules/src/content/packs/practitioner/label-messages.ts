/** Practitioners’ English: only the texts worded differently for a practitioner: the rules’ labels and notes (`content/label-messages.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // LABEL_MESSAGES
  'note.not-diagnosis': 'This is a guide to help find support. It is not a diagnosis or a risk assessment.',
  'note.call-history':
    'Calls to 999 and helplines show in the phone’s call history and can show on the bill: agree a safe phone and a safe time with the parent.',
  'referral.practitioner': 'Through a practitioner’s referral',
  'referral.self-or-practitioner': 'Self-referral, or a practitioner’s referral',
};

import { withIds, type PackSource } from '../i18n/packs.js';
import type { Message } from '../types.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/label-messages.js'),
  practitioner: () => import('./packs/practitioner/label-messages.js'),
  'cy-practitioner': () => import('./packs/cy-practitioner/label-messages.js'),
};

/**
 * The rules' messages an element shows before any result: the notes (not a diagnosis; calls in the
 * phone's call history, beside every helpline) and the labels of a pathway's or a service's formats
 * and ways in. Apart from the rest of the rules' messages (`RULE_MESSAGES`: reasons, urgency,
 * categories), which only a result needs, so that an element's first load carries these alone.
 * Councils may override them as any other (`strings`), except the protected notes.
 */
export const LABEL_MESSAGES = /* @__PURE__ */ withIds(
  '',
  {
    // Notes
    'note.not-diagnosis': {
      en: 'This is a guide to help you find support. It is not a diagnosis or a risk assessment.',
    },
    /** Shown beside every phone number (`tel:` link) of a helpline or 999. */
    'note.call-history': {
      en: 'Calls to 999 and helplines show in your call history, and can show on the phone bill. If that is not safe, use a phone no one else checks.',
    },
    'format.digital': { en: 'Online course' },
    'format.group': { en: 'Group' },
    'format.one-to-one': { en: 'One-to-one' },
    'format.workshop': { en: 'Workshop' },
    'format.mediation': { en: 'Mediation' },
    'format.phone': { en: 'Phone' },
    'referral.self': { en: 'You can sign up yourself' },
    'referral.practitioner': { en: 'A family worker can refer you' },
    'referral.self-or-practitioner': { en: 'Sign up yourself, or ask a family worker to refer you' },
  } as const satisfies Record<string, Message>,
  PACKS,
);

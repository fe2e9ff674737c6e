import { withIds, type PackSource } from '../i18n/packs.js';
import type { Message } from '../types.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/ui-da-check.js'),
  practitioner: () => import('./packs/practitioner/ui-da-check.js'),
  'cy-practitioner': () => import('./packs/cy-practitioner/ui-da-check.js'),
};

/**
 * The words only <rpc-da-check> uses. The element registers them when it loads, so other elements do not
 * carry them; a council can still override any of them in config (`strings`).
 */
export const DA_CHECK_MESSAGES = /* @__PURE__ */ withIds(
  '',
  {
    'ui.da-check.title': { en: 'Is it arguing, or is it abuse?' },
    'ui.da-check.intro': {
      en: 'Every couple argues sometimes, but some behaviour is abuse. These questions help you tell the difference and find the right help.',
    },
    'ui.da-check.before': { en: 'Before you start' },
    'ui.da-check.enquiry-1': { en: 'Make sure you are somewhere private and no one can see your screen or hear you.' },
    'ui.da-check.enquiry-2': { en: 'If you need to leave quickly, use “Exit this page”.' },
    'ui.da-check.enquiry-3': { en: 'You can say “not sure” to any question. It is never taken as no.' },
    'ui.da-check.not-risk-assessment': {
      en: 'This is not a diagnosis or a risk assessment. It helps you find the right kind of help.',
    },
    'ui.da-check.found': { en: 'What was found, by the Domestic Abuse Act’s categories' },
    'ui.da-check.nothing-found': { en: 'No signs of abuse were described.' },
    'ui.da-check.not-asked': {
      en: 'Help came first, so these questions were not asked: {topics}. Ask them when it is safe.',
    },
    'ui.da-check.not-sure': { en: 'Not sure' },
    'ui.da-check.next': { en: 'What to do next' },
    'ui.da-check.dont': { en: 'What not to do' },
    'ui.da-check.next.emergency': { en: 'Call 999 now if you are in danger.' },
    'ui.da-check.next.domestic-abuse': {
      en: 'Talk to a domestic abuse helpline. It is free and confidential, and they can help you stay safe.',
    },
    'ui.da-check.next.using-harm': {
      en: 'Call the Respect Phoneline: they help people who want to change their behaviour.',
    },
    'ui.da-check.next.unclear': { en: 'Talk it through in confidence with a helpline or a Family Hub practitioner.' },
    'ui.da-check.next.conflict': { en: 'Support with arguing could help. This is what your council offers:' },
    'ui.da-check.dont.abuse': {
      en: 'Couple programmes, joint sessions and mediation are not safe where there may be abuse.',
    },
    'ui.da-check.referral-route': { en: 'Local referral route' },
    'ui.da-check.marac': { en: 'High risk: MARAC referral route' },
  } as const satisfies Record<string, Message>,
  PACKS,
);

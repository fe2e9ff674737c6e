import { withIds, type PackSource } from '../i18n/packs.js';
import type { Message } from '../types.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/ui.js'),
  practitioner: () => import('./packs/practitioner/ui.js'),
  'cy-practitioner': () => import('./packs/cy-practitioner/ui.js'),
};

/**
 * The words of the elements' interface. Like every message, a council can override any of
 * them per locale in config (`strings`).
 */
export const UI_MESSAGES = /* @__PURE__ */ withIds(
  '',
  {
    'ui.continue': { en: 'Continue' },
    'ui.back': { en: 'Back' },
    'ui.start': { en: 'Start' },
    'ui.start-again': { en: 'Start again' },
    'ui.step-of': { en: 'Question {n} of {total}' },
    'ui.choose-answer': { en: 'Select an answer to continue' },
    'ui.error-prefix': { en: 'Error:' },
    'ui.why-we-ask': { en: 'Why we ask this' },
    'ui.section.safety': { en: 'Safety' },
    'ui.section.quality': { en: 'How things are between you' },
    'ui.section.situation': { en: 'Your family' },
    // Quick exit. Its accessible name always holds the standard words ("Exit this page"), whatever
    // a council shows instead, so the contract and voice control still find it.
    'ui.quick-exit': { en: 'Exit this page' },
    'ui.quick-exit-prefix': { en: 'Emergency' },
    'ui.quick-exit-countdown': { en: 'Shift, press {n} more times to exit.' },
    'ui.quick-exit-countdown-one': { en: 'Shift, press 1 more time to exit.' },
    'ui.quick-exit-timeout': { en: 'Exit this page expired.' },
    'ui.quick-exit-reset': {
      en: 'Exit this page reset: another key was pressed. Press Shift 3 times in a row to exit.',
    },
    'ui.quick-exit-loading': { en: 'Loading.' },
    'ui.quick-exit-note': {
      en: 'To leave this page quickly, select “Exit this page” or press the Shift key 3 times. Another website opens at once and your answers here are wiped. It cannot erase your browsing history, your call log (calls to 999 and to helplines show on your phone and your bill) or what your accounts sync to other devices. If you can, use a device that nobody else uses.',
    },
    'ui.safe-browsing': { en: 'How to browse more safely' },
    // Configuration problems: for the website team
    'ui.config-error-title': { en: 'This tool is not set up correctly' },
    'ui.config-error-intro': {
      en: 'For the website team: fix these problems in the RPC Kit config. Until then, the national helplines are shown.',
    },
    'ui.config-loading-failed': { en: 'The config at {src} could not be loaded ({reason}).' },
    'ui.helplines-title': { en: 'If you need help now' },
    'ui.call': { en: 'Call' },
    'ui.website': { en: 'Website' },
    'ui.email': { en: 'Email' },
    'ui.hours': { en: 'Hours' },
    'ui.not-safe.title': { en: 'Come back when it is safe' },
    'ui.not-safe.body': {
      en: 'You can leave this page quickly with “Exit this page”. If you are in danger, call 999. The helplines below are free and confidential.',
    },
    // Results
    'ui.result.title.emergency': { en: 'Call 999 now' },
    'ui.result.title.domestic-abuse': { en: 'What you describe is domestic abuse. Help is available.' },
    'ui.result.title.using-harm': { en: 'Help to change is available' },
    'ui.result.title.unclear': { en: 'Talk it through in confidence' },
    'ui.result.title.conflict': { en: 'Help that fits your family' },
    'ui.result.title.no-concern': { en: 'Things sound manageable' },
    'ui.result.urgent': { en: 'This is urgent' },
    'ui.result.why': { en: 'Why we suggest this' },
    'ui.result.contacts': { en: 'Who to contact' },
    'ui.result.pathways': { en: 'Support you can get' },
    'ui.result.not-offered': {
      en: 'Couple programmes, joint sessions and mediation are not suggested, because they are not safe where there may be abuse.',
    },
    'ui.pathway.who-for': { en: 'Who it is for' },
    'ui.pathway.format': { en: 'Format' },
    'ui.pathway.cost': { en: 'Cost' },
    'ui.pathway.duration': { en: 'How long' },
    'ui.pathway.how': { en: 'How to get it' },
    'ui.pathway.why': { en: 'Why this was suggested' },
    'ui.pathway.link': { en: 'Go to {name}' },
    // Referral summary (practitioners)
    'ui.summary.title': { en: 'Referral summary' },
    'ui.summary.note': {
      en: 'Nothing is stored or sent. Copy or print this now: it is wiped when you start again or leave the page.',
    },
    'ui.summary.copy': { en: 'Copy summary' },
    'ui.summary.copied': { en: 'Summary copied' },
    'ui.summary.print': { en: 'Print summary' },
    'ui.summary.date': { en: 'Date' },
    'ui.summary.route': { en: 'Route' },
    'ui.summary.urgent': { en: 'Urgent' },
    'ui.summary.indicators': { en: 'Indicators' },
    'ui.summary.none': { en: 'None' },
    'ui.summary.not-sure': { en: 'not sure' },
    'ui.summary.not-asked': { en: 'Not asked (help was given first)' },
    'ui.summary.contacts': { en: 'Contacts given' },
    'ui.summary.reasons': { en: 'Reasons' },
    'ui.summary.pathways': { en: 'Suggested support' },
    'ui.summary.version': { en: 'Question wording version' },
    'ui.yes': { en: 'Yes' },
    'ui.no': { en: 'No' },
    'ui.route.emergency': { en: 'Emergency' },
    'ui.route.domestic-abuse': { en: 'Domestic abuse' },
    'ui.route.using-harm': { en: 'Worried about own behaviour' },
    'ui.route.unclear': { en: 'Unclear: safety not yet known' },
    'ui.route.conflict': { en: 'Parental conflict' },
    'ui.route.no-concern': { en: 'Low conflict' },
  } as const satisfies Record<string, Message>,
  PACKS,
);

import type { Message } from '../types.js';

/**
 * The words of the practitioner's referral summary, which the rules write (`referralSummary`):
 * its headings, the route names and yes or no. Like every message, a council can override them
 * per locale in config (`strings`).
 */
export const SUMMARY_MESSAGES = {
  'ui.summary.title': { en: 'Referral summary', cy: 'Crynodeb atgyfeirio' },
  'ui.summary.date': { en: 'Date', cy: 'Dyddiad' },
  'ui.summary.route': { en: 'Route', cy: 'Llwybr' },
  'ui.summary.urgent': { en: 'Urgent', cy: 'Brys' },
  'ui.summary.indicators': { en: 'Indicators', cy: 'Arwyddion' },
  'ui.summary.none': { en: 'None', cy: 'Dim' },
  'ui.summary.not-sure': { en: 'not sure', cy: 'ddim yn siŵr' },
  'ui.summary.not-asked': {
    en: 'Not asked (help was given first)',
    cy: 'Heb ofyn (rhoddwyd help yn gyntaf)',
  },
  'ui.summary.contacts': { en: 'Contacts given', cy: 'Cysylltiadau a roddwyd' },
  'ui.summary.reasons': { en: 'Reasons', cy: 'Rhesymau' },
  'ui.summary.pathways': { en: 'Suggested support', cy: 'Cymorth a awgrymir' },
  'ui.summary.version': { en: 'Question wording version', cy: 'Fersiwn geiriad y cwestiynau' },
  'ui.yes': { en: 'Yes', cy: 'Ydy' },
  'ui.no': { en: 'No', cy: 'Nac ydy' },
  'ui.route.emergency': { en: 'Emergency', cy: 'Argyfwng' },
  'ui.route.domestic-abuse': { en: 'Domestic abuse', cy: 'Cam-drin domestig' },
  'ui.route.using-harm': { en: 'Worried about own behaviour', cy: 'Yn poeni am ymddygiad ei hun' },
  'ui.route.unclear': { en: 'Unclear: safety not yet known', cy: 'Aneglur: nid yw diogelwch yn hysbys eto' },
  'ui.route.conflict': { en: 'Parental conflict', cy: 'Gwrthdaro rhwng rhieni' },
  'ui.route.no-concern': { en: 'Low conflict', cy: 'Gwrthdaro isel' },
} as const satisfies Record<string, Message>;

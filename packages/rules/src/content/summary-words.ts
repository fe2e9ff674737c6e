import { withIds, type PackSource } from '../i18n/packs.js';
import type { Message } from '../types.js';

/** Where this module's words in Welsh are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = { cy: () => import('./packs/cy/summary-words.js') };

/**
 * The words of the practitioner's referral summary, which the rules write (`referralSummary`):
 * its headings, the route names and yes or no. A record a practitioner copies, so no council may
 * reword them (`isProtectedMessage`): "not sure" can never read as "no".
 */
export const SUMMARY_MESSAGES = /* @__PURE__ */ withIds(
  '',
  {
    'ui.summary.title': { en: 'Referral summary' },
    'ui.summary.date': { en: 'Date' },
    'ui.summary.safe-to-talk': { en: 'Safe to talk when asked' },
    'ui.summary.route': { en: 'Route' },
    'ui.summary.urgent': { en: 'Urgent' },
    'ui.summary.indicators': { en: 'Indicators' },
    'ui.summary.none': { en: 'None' },
    'ui.summary.not-sure': { en: 'not sure' },
    'ui.summary.asked-clear': { en: 'Also asked, with no concern in the answer' },
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

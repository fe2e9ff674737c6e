/** Practitioners’ English: only the texts worded differently for a practitioner: <rpc-screener>’s own messages (`content/ui-screener.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SCREENER_MESSAGES
  'ui.screener.title': 'Screen with a family before a referral',
  'ui.screener.intro':
    'Ask the parent these questions alone, in private, in your own words. Safety comes first: the result tells you whether conflict support is appropriate or the family needs domestic abuse help.',
};

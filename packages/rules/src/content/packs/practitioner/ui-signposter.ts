/** Practitioners’ English: only the texts worded differently for a practitioner: <rpc-signposter>’s own messages (`content/ui-signposter.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SIGNPOSTER_MESSAGES
  'ui.signposter.title': 'Find the right offer for a family',
  'ui.signposter.intro':
    'Answer a few questions about the family to see which offers fit, and how to refer. Safety comes first.',
};

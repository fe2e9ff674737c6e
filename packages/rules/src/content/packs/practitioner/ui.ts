/** Practitioners’ English: only the texts worded differently for a practitioner: the elements’ shared interface (`content/ui.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // UI_MESSAGES
  'ui.result.title.domestic-abuse': 'Domestic abuse is indicated',
  'ui.result.title.using-harm': 'The parent is worried about their own behaviour',
  'ui.result.title.unclear': 'Safety is not clear yet',
  'ui.result.title.conflict': 'Conflict support is appropriate',
  'ui.result.title.no-concern': 'Low conflict',
  'ui.result.not-offered': 'Do not offer joint sessions, couple programmes or mediation.',
};

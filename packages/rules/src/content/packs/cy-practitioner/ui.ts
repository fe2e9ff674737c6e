/** Practitioners’ Welsh: only the texts whose Welsh differs for a practitioner: the elements’ shared interface (`content/ui.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // UI_MESSAGES
  'ui.result.title.domestic-abuse': 'Mae arwyddion o gam-drin domestig',
  'ui.result.title.using-harm': 'Mae’r rhiant yn poeni am ei ymddygiad ei hun',
  'ui.result.title.unclear': 'Nid yw diogelwch yn glir eto',
  'ui.result.title.conflict': 'Mae cymorth gyda gwrthdaro yn briodol',
  'ui.result.title.no-concern': 'Gwrthdaro isel',
  'ui.result.not-offered': 'Peidiwch â chynnig sesiynau ar y cyd, rhaglenni cyplau na chyfryngu.',
};

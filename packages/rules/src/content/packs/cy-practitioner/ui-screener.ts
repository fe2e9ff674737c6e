/** Practitioners’ Welsh: only the texts whose Welsh differs for a practitioner: <rpc-screener>’s own messages (`content/ui-screener.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SCREENER_MESSAGES
  'ui.screener.title': 'Sgrinio gyda theulu cyn atgyfeirio',
  'ui.screener.intro':
    'Gofynnwch y cwestiynau hyn i’r rhiant ar ei ben ei hun, yn breifat, yn eich geiriau eich hun. Diogelwch sy’n dod gyntaf: mae’r canlyniad yn dweud wrthych a yw cymorth gyda gwrthdaro yn briodol neu a oes angen help gyda cham-drin domestig ar y teulu.',
};

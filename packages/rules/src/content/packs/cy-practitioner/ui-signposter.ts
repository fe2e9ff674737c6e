/** Practitioners’ Welsh: only the texts whose Welsh differs for a practitioner: <rpc-signposter>’s own messages (`content/ui-signposter.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SIGNPOSTER_MESSAGES
  'ui.signposter.title': 'Dod o hyd i’r cynnig iawn i deulu',
  'ui.signposter.intro':
    'Atebwch ychydig o gwestiynau am y teulu i weld pa gynigion sy’n addas, a sut i atgyfeirio. Diogelwch sy’n dod gyntaf.',
};

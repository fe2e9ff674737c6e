/** In Welsh: parents’ wording, and every text with one wording for everyone: <rpc-screener>’s own messages (`content/ui-screener.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SCREENER_MESSAGES
  'ui.screener.title': 'Dod o hyd i’r help iawn gyda dadleuon gartref',
  'ui.screener.intro':
    'Mae pob cwpl yn dadlau weithiau. Pan fydd dadleuon yn aml, yn danbaid neu byth yn cael eu datrys, mae plant yn teimlo hynny, ac mae help am ddim ar gael.',
  'ui.screener.private':
    'Mae’n cymryd tua 5 munud. Mae eich atebion yn aros ar y ddyfais hon ac yn cael eu dileu pan fyddwch yn gadael neu’n dechrau eto. Nid oes dim yn cael ei gadw na’i anfon.',
};

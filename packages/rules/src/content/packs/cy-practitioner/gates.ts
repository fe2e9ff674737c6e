/** Practitioners’ Welsh: only the texts whose Welsh differs for a practitioner: the questions that open a journey (`content/gates.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SAFE_TO_CONTINUE
  'gate.safe-to-continue.text': 'Ydy hi’n ddiogel siarad â’r rhiant nawr, ar ei ben ei hun, heb i neb arall wrando?',
  'gate.safe-to-continue.hint': 'Cytunwch ar ffordd ddiogel o gysylltu â’r rhiant cyn mynd ymlaen.',
};

/** Practitioners’ Welsh: only the texts whose Welsh differs for a practitioner: the rules’ labels and notes (`content/label-messages.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // LABEL_MESSAGES
  'note.not-diagnosis': 'Canllaw yw hwn i helpu i ddod o hyd i gymorth. Nid diagnosis nac asesiad risg yw hwn.',
  'note.call-history':
    'Mae galwadau i 999 a llinellau cymorth yn dangos yn hanes galwadau’r ffôn a gallan nhw ddangos ar y bil: cytunwch ar ffôn diogel ac amser diogel gyda’r rhiant.',
  'referral.practitioner': 'Drwy atgyfeiriad gan ymarferydd',
  'referral.self-or-practitioner': 'Hunanatgyfeirio, neu atgyfeiriad gan ymarferydd',
};

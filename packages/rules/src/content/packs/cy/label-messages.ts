/** In Welsh: parents’ wording, and every text with one wording for everyone: the rules’ labels and notes (`content/label-messages.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // LABEL_MESSAGES
  'note.not-diagnosis': 'Canllaw yw hwn i’ch helpu i ddod o hyd i gymorth. Nid diagnosis nac asesiad risg yw hwn.',
  'note.call-history':
    'Mae galwadau i 999 ac i linellau cymorth yn dangos yn hanes galwadau eich ffôn, a gallan nhw ddangos ar fil y ffôn. Os nad yw hynny’n ddiogel, defnyddiwch ffôn nad oes neb arall yn ei wirio.',
  'format.digital': 'Cwrs ar-lein',
  'format.group': 'Grŵp',
  'format.one-to-one': 'Un i un',
  'format.workshop': 'Gweithdy',
  'format.mediation': 'Cyfryngu',
  'format.phone': 'Ffôn',
  'referral.self': 'Gallwch chi gofrestru eich hun',
  'referral.practitioner': 'Gall gweithiwr teulu eich atgyfeirio',
  'referral.self-or-practitioner': 'Cofrestrwch eich hun, neu gofynnwch i weithiwr teulu eich atgyfeirio',
};

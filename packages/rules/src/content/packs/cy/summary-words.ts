/** In Welsh: the referral summary's words (`content/summary-words.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  'ui.summary.title': 'Crynodeb atgyfeirio',
  'ui.summary.date': 'Dyddiad',
  'ui.summary.safe-to-talk': 'Diogel i siarad pan ofynnwyd',
  'ui.summary.route': 'Llwybr',
  'ui.summary.urgent': 'Brys',
  'ui.summary.indicators': 'Arwyddion',
  'ui.summary.none': 'Dim',
  'ui.summary.not-sure': 'ddim yn siŵr',
  'ui.summary.asked-clear': 'Gofynnwyd hefyd, heb bryder yn yr ateb',
  'ui.summary.not-asked': 'Heb ofyn (rhoddwyd help yn gyntaf)',
  'ui.summary.contacts': 'Cysylltiadau a roddwyd',
  'ui.summary.reasons': 'Rhesymau',
  'ui.summary.pathways': 'Cymorth a awgrymir',
  'ui.summary.version': 'Fersiwn geiriad y cwestiynau',
  'ui.yes': 'Ydy',
  'ui.no': 'Nac ydy',
  'ui.route.emergency': 'Argyfwng',
  'ui.route.domestic-abuse': 'Cam-drin domestig',
  'ui.route.using-harm': 'Yn poeni am ymddygiad ei hun',
  'ui.route.unclear': 'Aneglur: nid yw diogelwch yn hysbys eto',
  'ui.route.conflict': 'Gwrthdaro rhwng rhieni',
  'ui.route.no-concern': 'Gwrthdaro isel',
};

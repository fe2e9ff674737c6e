/** Practitioners’ Welsh: only the texts whose Welsh differs for a practitioner: the situation questions (`content/situation.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SITUATION_QUESTIONS
  'situation.relationship.text': 'Ydy’r rhieni’n gwpl nawr?',
  'situation.relationship.options.together.label': 'Ydyn, maen nhw gyda’i gilydd',
  'situation.relationship.options.separating.label': 'Maen nhw’n gwahanu',
  'situation.relationship.options.separated.label': 'Nac ydyn, maen nhw wedi gwahanu, neu doedden nhw erioed yn gwpl',
  'situation.relationship.options.prefer-not-to-say.label': 'Byddai’n well ganddyn nhw beidio â dweud',
  'situation.stage.text': 'Faint yw oed y plentyn ieuengaf?',
  'situation.stage.options.expecting.label': 'Maen nhw’n disgwyl babi',
  'situation.child-arrangements-dispute.text':
    'Ydy’r rhieni’n anghytuno ynghylch ble mae’r plant yn byw neu pryd maen nhw’n gweld pob rhiant?',
  'situation.child-arrangements-dispute.hint':
    'Trefniadau plant: ble mae’r plant yn byw, a phryd maen nhw’n treulio amser gyda phob rhiant.',
  'situation.conflict.text': 'Pa mor ddrwg yw’r dadlau rhwng y rhieni ar hyn o bryd?',
  'situation.conflict.options.low.label': 'Maen nhw’n anghytuno weithiau, ond fel arfer maen nhw’n datrys pethau',
  'situation.conflict.options.moderate.label': 'Maen nhw’n dadlau’n aml ac mae’n mynd yn danbaid',
  'situation.conflict.options.high.label':
    'Maen nhw’n dadlau y rhan fwyaf o ddyddiau, mae’n danbaid iawn ac mae’n effeithio ar y plant',
};

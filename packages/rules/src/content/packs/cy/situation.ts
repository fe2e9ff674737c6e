/** In Welsh: parents’ wording, and every text with one wording for everyone: the situation questions (`content/situation.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SITUATION_QUESTIONS
  'situation.relationship.text': 'Ydych chi a’r rhiant arall yn gwpl nawr?',
  'situation.relationship.options.together.label': 'Ydyn, rydyn ni gyda’n gilydd',
  'situation.relationship.options.separating.label': 'Rydyn ni’n gwahanu',
  'situation.relationship.options.separated.label': 'Nac ydyn, rydyn ni wedi gwahanu, neu doedden ni erioed yn gwpl',
  'situation.relationship.options.prefer-not-to-say.label': 'Byddai’n well gen i beidio â dweud',
  'situation.stage.text': 'Faint yw oed eich plentyn ieuengaf?',
  'situation.stage.options.expecting.label': 'Rydyn ni’n disgwyl babi',
  'situation.stage.options.baby.label': 'Babi neu blentyn bach (o dan 2 oed)',
  'situation.stage.options.child.label': 'Plentyn (2 i 12 oed)',
  'situation.stage.options.teen.label': 'Person ifanc yn ei arddegau (13 i 18 oed)',
  'situation.child-arrangements-dispute.text': 'Ydych chi a’r rhiant arall yn anghytuno am drefniadau’r plant?',
  'situation.child-arrangements-dispute.hint':
    'Er enghraifft, ble maen nhw’n byw, neu pryd maen nhw’n gweld pob un ohonoch chi.',
  'situation.child-arrangements-dispute.options.yes.label': 'Ydyn',
  'situation.child-arrangements-dispute.options.no.label': 'Nac ydyn',
  'situation.conflict.text': 'Pa mor ddrwg yw’r dadlau ar hyn o bryd?',
  'situation.conflict.options.low.label': 'Rydyn ni’n anghytuno weithiau, ond fel arfer rydyn ni’n datrys pethau',
  'situation.conflict.options.moderate.label': 'Rydyn ni’n dadlau’n aml ac mae’n mynd yn danbaid',
  'situation.conflict.options.high.label':
    'Rydyn ni’n dadlau y rhan fwyaf o ddyddiau, mae’n danbaid iawn ac mae’n effeithio ar y plant',
};

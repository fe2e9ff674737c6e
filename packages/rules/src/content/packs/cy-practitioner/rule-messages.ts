/** Practitioners’ Welsh: only the texts whose Welsh differs for a practitioner: the rules’ messages (`content/rule-messages.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // RULE_MESSAGES
  'reason.emergency': 'Mae rhywun mewn perygl ar hyn o bryd: ffoniwch 999 yn gyntaf.',
  'reason.danger-unsure':
    'Nid yw’n glir a yw’r rhiant neu’r plant mewn perygl ar hyn o bryd: os gallen nhw fod, ffoniwch 999.',
  'reason.domestic-abuse':
    'Mae’r hyn a ddisgrifir yn cynnwys dangosyddion o gam-drin domestig fel y’i diffinnir gan Ddeddf Cam-drin Domestig 2021; mae un digwyddiad yn cyfrif. Peidiwch ag atgyfeirio at gymorth gyda gwrthdaro, gwaith ar y cyd neu waith gyda chyplau, na chyfryngu. Nid asesiad risg yw hwn.',
  'reason.using-harm':
    'Mae’r rhiant yn poeni bod ei ymddygiad ei hun yn dychryn neu’n brifo ei deulu: atgyfeiriwch at Linell Ffôn Respect. Peidiwch â chynnig gwaith ar y cyd na gwaith gyda chyplau.',
  'reason.also-using-harm':
    'Mae’r rhiant hefyd yn poeni am ei ymddygiad ei hun. Daw cymorth iddo fel dioddefwr yn gyntaf (mae pobl sy’n cael eu cam-drin yn aml yn beio eu hunain); mae Llinell Ffôn Respect yno os yw eisiau cymorth i newid.',
  'reason.unclear':
    'Roedd rhai atebion diogelwch yn ‘ddim yn siŵr’ neu heb eu rhoi. Nid yw ‘ddim yn siŵr’ byth yn cael ei gymryd fel ‘na’: peidiwch â chynnig gwaith ar y cyd, gwaith gyda chyplau na chyfryngu. Archwiliwch yn ddiogel gyda’r rhiant, ar ei ben ei hun, a gofynnwch am gyngor gan y gwasanaeth cam-drin domestig lleol.',
  'reason.unsure-about': 'Ddim yn siŵr neu heb ateb: {topics}.',
  'reason.conflict':
    'Ni ddisgrifiwyd unrhyw ddangosyddion cam-drin, felly mae cymorth gyda gwrthdaro yn briodol. Cadwch ddiogelwch mewn cof wrth i chi ddod i adnabod y teulu.',
  'reason.no-concern':
    'Mae’r atebion yn awgrymu gwrthdaro lefel isel sydd fel arfer yn cael ei ddatrys. Mae’r cynigion isod ar gael os bydd pethau’n newid.',
  'reason.not-said':
    'Ni roddwyd rhai atebion am y teulu (gwell peidio â dweud). Ni ddangosir cynigion sy’n dibynnu arnyn nhw: mae rhaglen i gyplau angen i’r rhieni fod gyda’i gilydd, cyfryngu angen anghydfod, a COPE a Getting on Better angen lefel hysbys o wrthdaro.',
  'reason.band': 'Mae’r atebion yn awgrymu gwrthdaro {band}. Canllaw yw hwn, nid diagnosis.',
  'reason.children-used':
    'Mae plant sy’n byw gyda cham-drin yn ddioddefwyr yn eu rhinwedd eu hunain: ystyriwch ddiogelwch y plant a’r NSPCC.',
  'urgent.strangled': 'Mae llindagu nad yw’n angheuol yn un o’r arwyddion cryfaf o niwed difrifol.',
  'urgent.stalking':
    'Gall gwirio, tracio neu ddilyn ar ôl gwahanu (neu pan nad yw’n hysbys a ydyn nhw gyda’i gilydd) fod yn stelcio, sy’n arwydd o niwed difrifol.',
  'urgent.separation':
    'Mae gwahanu (neu berthynas nad yw’n hysbys) gydag ymddygiad rheolaethol a thrais yn gyfnod o risg uwch.',
  'urgent.not-sure-marker': 'Roedd ansicrwydd ynghylch llindagu neu fygythiadau, ac ni ellir diystyru’r rhain.',
  'why.together': 'Mae’r rhieni gyda’i gilydd.',
  'why.separating': 'Mae’r rhieni’n gwahanu, wedi gwahanu neu erioed wedi bod yn gwpl.',
  'why.expecting': 'Maen nhw’n disgwyl babi neu mae ganddyn nhw fabi ifanc.',
  'why.conflict-high': 'Mae lefel y gwrthdaro’n uchel.',
  'why.conflict-low-moderate': 'Mae’n addas ar gyfer gwrthdaro isel i gymedrol.',
  'why.dispute': 'Mae’r rhieni’n anghytuno am drefniadau ar gyfer y plant.',
  'why.supported':
    'Mae ymarferydd yn helpu’r rhieni drwyddo: mae llawer o rieni’n gweld bod hyn yn helpu mwy na chwrs hunan-dywys.',
  'why.unclear': 'Gall ymarferydd archwilio’n ddiogel gyda’r rhiant, ar ei ben ei hun, cyn unrhyw gymorth arall.',
};

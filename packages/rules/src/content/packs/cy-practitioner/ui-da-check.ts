/** Practitioners’ Welsh: only the texts whose Welsh differs for a practitioner: <rpc-da-check>’s own messages (`content/ui-da-check.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // DA_CHECK_MESSAGES
  'ui.da-check.title': 'Gwrthdaro neu gam-drin domestig? Gwiriwch cyn atgyfeirio',
  'ui.da-check.intro':
    'Defnyddiwch hwn cyn atgyfeirio teulu at gymorth gyda gwrthdaro. Mae’n holi am yr hyn sy’n gwahaniaethu cam-drin oddi wrth wrthdaro: ofn, rheolaeth ac anghydbwysedd grym. Mae un digwyddiad yn cyfrif.',
  'ui.da-check.before': 'Cyn i chi ofyn',
  'ui.da-check.enquiry-1':
    'Ydy hi’n ddiogel siarad nawr? Gwnewch yn siŵr fod y rhiant ar ei ben ei hun ac na all neb glywed, gan gynnwys plant.',
  'ui.da-check.enquiry-2':
    'Cytunwch ar ffordd ddiogel o gysylltu â nhw: pa rif, pa amser, ac a yw neges neu neges llais yn ddiogel.',
  'ui.da-check.enquiry-3':
    'Peidiwch byth â gofyn o flaen y rhiant arall, a pheidiwch byth â defnyddio aelod o’r teulu i gyfieithu.',
  'ui.da-check.not-risk-assessment':
    'Nid asesiad risg yw hwn. Lle mae arwyddion o gam-drin, defnyddiwch asesiad risg a llwybr atgyfeirio eich gwasanaeth cam-drin domestig lleol.',
  'ui.da-check.next.emergency':
    'Ffoniwch 999 nawr os oes unrhyw un mewn perygl uniongyrchol. Yna atgyfeiriwch at y gwasanaeth cam-drin domestig lleol.',
  'ui.da-check.next.domestic-abuse':
    'Atgyfeiriwch at y gwasanaeth cam-drin domestig lleol, gyda chaniatâd y rhiant lle mae’n ddiogel gofyn. Lle mae’r risg yn uchel, dilynwch eich llwybr atgyfeirio MARAC.',
  'ui.da-check.next.using-harm':
    'Atgyfeiriwch y rhiant at Linell Ffôn Respect, ac ystyriwch ddiogelwch eu partner a’u plant.',
  'ui.da-check.next.unclear':
    'Peidiwch ag atgyfeirio at gymorth gyda gwrthdaro eto. Siaradwch â’r rhiant eto, ar ei ben ei hun ac yn ddiogel, a gofynnwch i’r gwasanaeth cam-drin domestig lleol am gyngor.',
  'ui.da-check.next.conflict':
    'Mae cymorth gyda gwrthdaro yn briodol. Cadwch ddiogelwch mewn cof wrth i chi ddod i adnabod y teulu. Mae’r cyngor yn cynnig:',
  'ui.da-check.dont.abuse':
    'Peidiwch â chynnig sesiynau ar y cyd, rhaglenni cyplau na chyfryngu, a pheidiwch â chodi’r pryderon hyn gyda’r rhiant arall.',
};

/** In Welsh: parents’ wording, and every text with one wording for everyone: <rpc-da-check>’s own messages (`content/ui-da-check.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // DA_CHECK_MESSAGES
  'ui.da-check.title': 'Ai dadlau yw hyn, neu gam-drin?',
  'ui.da-check.intro':
    'Mae pob cwpl yn dadlau weithiau, ond mae rhai mathau o ymddygiad yn gam-drin. Mae’r cwestiynau hyn yn eich helpu i weld y gwahaniaeth a dod o hyd i’r help iawn.',
  'ui.da-check.before': 'Cyn i chi ddechrau',
  'ui.da-check.enquiry-1': 'Gwnewch yn siŵr eich bod mewn lle preifat ac na all neb weld eich sgrin na’ch clywed.',
  'ui.da-check.enquiry-2': 'Os oes angen i chi adael yn gyflym, defnyddiwch “Gadael y dudalen hon”.',
  'ui.da-check.enquiry-3': 'Gallwch ddweud “ddim yn siŵr” i unrhyw gwestiwn. Nid yw byth yn cael ei gymryd fel na.',
  'ui.da-check.not-risk-assessment':
    'Nid diagnosis nac asesiad risg yw hwn. Mae’n eich helpu i ddod o hyd i’r math iawn o help.',
  'ui.da-check.found': 'Beth a ganfuwyd, yn ôl categorïau’r Ddeddf Cam-drin Domestig',
  'ui.da-check.nothing-found': 'Ni ddisgrifiwyd unrhyw arwyddion o gam-drin.',
  'ui.da-check.not-asked':
    'Daeth help yn gyntaf, felly ni ofynnwyd y cwestiynau hyn: {topics}. Gofynnwch nhw pan fydd hi’n ddiogel.',
  'ui.da-check.not-sure': 'Ddim yn siŵr',
  'ui.da-check.next': 'Beth i’w wneud nesaf',
  'ui.da-check.dont': 'Beth i beidio â’i wneud',
  'ui.da-check.next.emergency': 'Ffoniwch 999 nawr os ydych mewn perygl.',
  'ui.da-check.next.domestic-abuse':
    'Siaradwch â llinell gymorth cam-drin domestig. Mae am ddim ac yn gyfrinachol, a gallant eich helpu i gadw’n ddiogel.',
  'ui.da-check.next.using-harm': 'Ffoniwch Linell Ffôn Respect: maen nhw’n helpu pobl sydd eisiau newid eu hymddygiad.',
  'ui.da-check.next.unclear': 'Siaradwch am y peth yn gyfrinachol gyda llinell gymorth neu ymarferydd Hyb Teulu.',
  'ui.da-check.next.conflict': 'Gallai cymorth gyda dadlau helpu. Dyma beth mae eich cyngor yn ei gynnig:',
  'ui.da-check.dont.abuse':
    'Nid yw rhaglenni cyplau, sesiynau ar y cyd na chyfryngu yn ddiogel lle gallai fod cam-drin.',
  'ui.da-check.referral-route': 'Llwybr atgyfeirio lleol',
  'ui.da-check.marac': 'Risg uchel: llwybr atgyfeirio MARAC',
};

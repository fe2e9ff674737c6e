/** In Welsh: parents’ wording, and every text with one wording for everyone: the national contacts (`content/contacts.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // NATIONAL_CONTACTS
  'contact.emergency-999.name': 'Gwasanaethau brys: 999',
  'contact.emergency-999.description':
    'Os ydych chi mewn perygl nawr, ffoniwch 999. Os na allwch chi siarad, gwrandewch ar y cwestiynau. Pesychwch neu tapiwch y ffôn i ateb. Ar ffôn symudol, pwyswch 55 pan fydd rhywun yn gofyn i chi. Yna bydd yr heddlu’n gwybod bod angen help arnoch chi. Yr enw ar hyn yw’r Ateb Tawel. Ar linell dir, arhoswch ar y llinell. Bydd yr alwad yn cael ei throsglwyddo i’r heddlu.',
  'contact.emergency-999.hours': 'Unrhyw bryd',
  'contact.national-da-helpline.name': 'Llinell Gymorth Genedlaethol Cam-drin Domestig (Refuge)',
  'contact.national-da-helpline.description':
    'Cymorth preifat am ddim i fenywod sy’n byw gyda cham-drin domestig. Gall ffrindiau, teulu a gweithwyr ffonio ar eu rhan hefyd. Gall dynion ffonio’r Men’s Advice Line. Os na allwch chi ffonio, gallwch chi ofyn ar y wefan am amser diogel i rywun eich ffonio’n ôl.',
  'contact.national-da-helpline.hours': '24 awr y dydd, bob dydd',
  'contact.live-fear-free.name': 'Llinell Gymorth Byw Heb Ofn',
  'contact.live-fear-free.description':
    'Cymorth preifat am ddim yng Nghymru i unrhyw un sy’n cael ei niweidio gan gam-drin domestig neu drais rhywiol. Gallwch chi ffonio, anfon neges destun, neu ddefnyddio sgwrs fyw neu e-bost ar y wefan.',
  'contact.live-fear-free.hours': '24 awr y dydd, bob dydd',
  'contact.scotland-da-helpline.name': 'Llinell Gymorth Cam-drin Domestig a Phriodas dan Orfod yr Alban',
  'contact.scotland-da-helpline.description':
    'Cymorth am ddim i unrhyw un yn yr Alban sy’n cael ei niweidio gan gam-drin domestig neu briodas dan orfod. Mae’n breifat.',
  'contact.scotland-da-helpline.hours': '24 awr y dydd, bob dydd',
  'contact.ni-dsa-helpline.name': 'Llinell Gymorth Cam-drin Domestig a Rhywiol (Gogledd Iwerddon)',
  'contact.ni-dsa-helpline.description':
    'Cymorth am ddim i unrhyw un yng Ngogledd Iwerddon sy’n cael ei niweidio gan gam-drin domestig neu rywiol. Mae’n breifat.',
  'contact.ni-dsa-helpline.hours': '24 awr y dydd, bob dydd',
  'contact.mens-advice-line.name': 'Men’s Advice Line (Respect)',
  'contact.mens-advice-line.description':
    'Cymorth preifat i ddynion sy’n byw gyda cham-drin domestig, neu a fu’n byw gydag ef yn y gorffennol.',
  'contact.galop.name': 'Galop: llinell gymorth cam-drin domestig LHDT+',
  'contact.galop.description':
    'Cymorth preifat i bobl lesbiaidd, hoyw, deurywiol, traws a chwiar sy’n cael eu niweidio gan bartner neu deulu.',
  'contact.karma-nirvana.name': 'Karma Nirvana: priodas dan orfod a cham-drin ar sail anrhydedd',
  'contact.karma-nirvana.description':
    'Cymorth i unrhyw un sy’n cael ei orfodi i briodi, neu sy’n cael ei niweidio yn enw ‘anrhydedd’ y teulu.',
  'contact.respect-phoneline.name': 'Llinell Ffôn Respect',
  'contact.respect-phoneline.description':
    'I bobl sydd eisiau newid y ffordd maen nhw’n ymddwyn tuag at bartner, cyn-bartner neu eu teulu. Mae’n breifat.',
  'contact.childline.name': 'Childline',
  'contact.childline.description':
    'Cymorth preifat am ddim i blant a phobl ifanc dan 19 oed. Gallan nhw siarad am unrhyw beth.',
  'contact.childline.hours': 'Unrhyw bryd',
  'contact.nspcc.name': 'Llinell Gymorth NSPCC',
  'contact.nspcc.description': 'Cyngor i oedolion sy’n poeni am blentyn.',
  'contact.samaritans.name': 'Samariaid',
  'contact.samaritans.description': 'Rhywun i siarad â nhw, beth bynnag rydych chi’n mynd drwyddo.',
  'contact.samaritans.hours': '24 awr y dydd, bob dydd',
  'contact.family-lives.name': 'Family Lives',
  'contact.family-lives.description': 'Cymorth a chyngor am fywyd teuluol, fel dod ymlaen fel cwpl, neu wahanu.',
  'contact.relate.name': 'Relate',
  'contact.relate.description':
    'Cymorth gyda pherthnasoedd mewn canolfannau lleol. Mae rhywfaint ohono’n costio arian.',
};

/** In Welsh: parents’ wording, and every text with one wording for everyone: <rpc-signposter>’s own messages (`content/ui-signposter.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SIGNPOSTER_MESSAGES
  'ui.signposter.title': 'Dod o hyd i gymorth sy’n addas i’ch teulu',
  'ui.signposter.intro':
    'Atebwch ychydig o gwestiynau am eich teulu. Byddwn yn awgrymu’r cymorth sy’n addas, ac yn dweud wrthych sut i ddechrau.',
  'ui.signposter.private':
    'Mae’n cymryd tua 3 munud. Mae’r atebion yn aros ar y ddyfais hon ac yn cael eu dileu pan fyddwch yn gadael neu’n dechrau eto. Nid oes dim yn cael ei gadw na’i anfon.',
  'ui.list.title': 'Cymorth i rieni',
  'ui.list.intro':
    'Cyrsiau a chymorth i rieni sy’n dadlau llawer, sy’n gwahanu, neu sydd eisiau i bethau fod yn well i’w plant. Dewiswch beth sy’n addas i’ch teulu i gulhau’r rhestr.',
  'ui.list.safety-title': 'Os ydych chi’n ofni eich partner neu gyn-bartner',
  'ui.list.safety-body':
    'Nid yw cam-drin domestig yr un peth â dadlau. Nid yw’r cyrsiau ar y dudalen hon ar gyfer teuluoedd lle mae cam-drin, na chyfryngu chwaith. Siaradwch â gwasanaeth cam-drin domestig yn gyntaf: mae’n rhad ac am ddim ac yn gyfrinachol.',
  'ui.list.filters': 'Culhau’r rhestr',
  'ui.list.relationship': 'Eich perthynas',
  'ui.list.relationship.together': 'Gyda’n gilydd',
  'ui.list.relationship.separating': 'Yn gwahanu',
  'ui.list.relationship.separated': 'Wedi gwahanu',
  'ui.list.stage': 'Eich plentyn ieuengaf',
  'ui.list.format': 'Sut yr hoffech chi gymryd rhan',
  'ui.list.any': 'Unrhyw',
  'ui.list.offers-title': 'Cyrsiau a chymorth',
  'ui.list.count': '{n} cynnig yn cael eu dangos',
  'ui.list.count-one': '1 cynnig yn cael ei ddangos',
  'ui.list.none':
    'Does dim byd yn y rhestr yn addas i’r holl ddewisiadau hyn. Newidiwch ddewis, neu siaradwch ag un o’r cysylltiadau isod.',
  'ui.list.clear': 'Dangos popeth',
};

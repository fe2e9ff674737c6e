/** In Welsh: parents’ wording, and every text with one wording for everyone: the default pathways (`content/pathways.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // DEFAULT_PATHWAYS
  'pathway.me-you-and-baby-too.name': 'Me, You and Baby Too',
  'pathway.me-you-and-baby-too.provider': 'OnePlusOne',
  'pathway.me-you-and-baby-too.description':
    'Cwrs ar-lein am ddim i gyplau sy’n disgwyl babi neu sydd â babi newydd. Mae’n dangos sut mae babi’n newid pethau rhyngoch chi, a sut i ddatrys anghytundebau fel tîm.',
  'pathway.me-you-and-baby-too.whoFor': 'Cyplau sy’n disgwyl babi, neu sydd â babi neu blentyn bach',
  'pathway.me-you-and-baby-too.cost': 'Am ddim',
  'pathway.me-you-and-baby-too.duration': 'Ar-lein, ar eich cyflymder eich hun',
  'pathway.me-you-and-baby-too.access.howTo': 'Gofynnwch i’ch Hyb Teulu am y ddolen am ddim.',
  'pathway.arguing-better.name': 'Arguing Better',
  'pathway.arguing-better.provider': 'OnePlusOne',
  'pathway.arguing-better.description':
    'Cwrs ar-lein am ddim i rieni sydd gyda’i gilydd. Mae’n dangos sut mae dadleuon yn effeithio ar blant, a sut i ddadlau mewn ffordd sy’n datrys pethau.',
  'pathway.arguing-better.whoFor': 'Rhieni sydd gyda’i gilydd',
  'pathway.arguing-better.cost': 'Am ddim',
  'pathway.arguing-better.duration': 'Ar-lein, ar eich cyflymder eich hun',
  'pathway.arguing-better.access.howTo': 'Gofynnwch i’ch Hyb Teulu am y ddolen am ddim.',
  'pathway.getting-it-right-for-children.name': 'Getting it Right for Children',
  'pathway.getting-it-right-for-children.provider': 'OnePlusOne',
  'pathway.getting-it-right-for-children.description':
    'Cwrs ar-lein am ddim i rieni sy’n byw ar wahân neu sy’n gwahanu. Mae’n eich helpu i gadw’r plant allan o’r canol, a siarad â’r rhiant arall amdanyn nhw.',
  'pathway.getting-it-right-for-children.whoFor': 'Rhieni sy’n byw ar wahân, neu sy’n gwahanu',
  'pathway.getting-it-right-for-children.cost': 'Am ddim',
  'pathway.getting-it-right-for-children.duration': 'Ar-lein, ar eich cyflymder eich hun',
  'pathway.getting-it-right-for-children.access.howTo': 'Gofynnwch i’ch Hyb Teulu am y ddolen am ddim.',
  'pathway.parenting-when-separated.name': 'Parenting when Separated',
  'pathway.parenting-when-separated.description':
    'Cwrs grŵp i rieni cyn gwahanu, wrth wahanu neu ar ôl gwahanu. Mae’n ymwneud â rhoi’r plant yn gyntaf. Mae’r ddau riant yn mynd i grwpiau gwahanol.',
  'pathway.parenting-when-separated.whoFor': 'Rhieni cyn gwahanu, wrth wahanu neu ar ôl gwahanu',
  'pathway.parenting-when-separated.cost': 'Am ddim',
  'pathway.parenting-when-separated.duration': 'Ychydig o sesiynau, unwaith yr wythnos',
  'pathway.parenting-when-separated.access.howTo':
    'Cysylltwch â’ch Hyb Teulu i gadw lle, neu gofynnwch i weithiwr teulu eich atgyfeirio.',
  'pathway.getting-on-better.name': 'Gweithdy Getting on Better',
  'pathway.getting-on-better.description':
    'Gweithdy byr i rieni sydd gyda’i gilydd. Rydych chi’n dysgu beth sy’n dechrau dadleuon, ac yn rhoi cynnig ar ffyrdd o dawelu pethau.',
  'pathway.getting-on-better.whoFor': 'Rhieni sydd gyda’i gilydd, pan nad yw’r dadlau wedi mynd allan o reolaeth',
  'pathway.getting-on-better.cost': 'Am ddim',
  'pathway.getting-on-better.duration': 'Pythefnos',
  'pathway.getting-on-better.access.howTo': 'Cysylltwch â’ch Hyb Teulu i gadw lle.',
  'pathway.cope.name': 'COPE: Co-parenting Everyday',
  'pathway.cope.provider': 'Relate',
  'pathway.cope.description':
    'Cymorth un i un gan weithiwr hyfforddedig, i rieni sy’n ei chael hi’n anodd delio â dadlau. Mae’n mynd yn ddyfnach na chwrs.',
  'pathway.cope.whoFor': 'Rhieni sydd gyda’i gilydd ac sy’n dadlau llawer',
  'pathway.cope.duration': 'Sawl sesiwn',
  'pathway.cope.access.howTo': 'Gall gweithiwr Hyb Teulu eich atgyfeirio, ar ôl sgwrs am yr hyn sy’n digwydd.',
  'pathway.family-hub-support.name': 'Cymorth Hyb Teulu',
  'pathway.family-hub-support.description':
    'Sgwrs gyda gweithiwr teulu, ac yna cymorth mewn grŵp neu un i un sy’n addas i’ch teulu.',
  'pathway.family-hub-support.whoFor': 'Unrhyw riant',
  'pathway.family-hub-support.cost': 'Am ddim',
  'pathway.family-hub-support.access.howTo':
    'Cysylltwch â’ch Hyb Teulu. Neu gofynnwch i rywun rydych chi’n ymddiried ynddo, fel ymwelydd iechyd neu athro, eich rhoi mewn cysylltiad.',
  'pathway.mediation.name': 'Cyfryngu teuluol',
  'pathway.mediation.description':
    'Mae cyfryngwr hyfforddedig yn helpu rhieni sy’n byw ar wahân i gytuno ar drefniadau’r plant, heb fynd i’r llys. Mae cyfryngwyr yn gwirio yn gyntaf ei bod yn ddiogel.',
  'pathway.mediation.whoFor': 'Rhieni sy’n anghytuno am drefniadau’r plant',
  'pathway.mediation.cost': 'Mae’r costau’n amrywio. Efallai y cewch chi help i dalu.',
  'pathway.mediation.access.howTo': 'Chwiliwch am gyfryngwr teuluol ar y wefan, neu gofynnwch i’ch Hyb Teulu.',
  'pathway.domestic-abuse-support.name': 'Cymorth lleol ar gyfer cam-drin domestig',
  'pathway.domestic-abuse-support.description':
    'Cymorth preifat gan bobl sydd wedi’u hyfforddi mewn cam-drin domestig. Gallan nhw eich helpu i gynllunio sut i gadw’n ddiogel.',
  'pathway.domestic-abuse-support.whoFor':
    'Unrhyw un sy’n byw gyda cham-drin domestig, neu sydd wedi gwneud yn y gorffennol',
  'pathway.domestic-abuse-support.cost': 'Am ddim',
  'pathway.domestic-abuse-support.access.howTo':
    'Ffoniwch y llinell gymorth cam-drin domestig. Gallan nhw eich rhoi mewn cysylltiad â’ch gwasanaeth lleol.',
  // NATION_PATHWAY_TEXT
  'pathway-nation.wales.me-you-and-baby-too.howTo':
    'Gofynnwch i wasanaeth cymorth i deuluoedd eich cyngor am y ddolen am ddim.',
  'pathway-nation.wales.parenting-when-separated.howTo':
    'Cysylltwch â gwasanaeth cymorth i deuluoedd eich cyngor i gadw lle, neu gofynnwch i weithiwr teulu eich atgyfeirio.',
  'pathway-nation.wales.getting-on-better.howTo': 'Cysylltwch â gwasanaeth cymorth i deuluoedd eich cyngor i gadw lle.',
  'pathway-nation.wales.cope.howTo':
    'Gall gweithiwr cymorth i deuluoedd eich atgyfeirio, ar ôl sgwrs am yr hyn sy’n digwydd.',
  'pathway-nation.wales.family-hub-support.name': 'Cymorth i deuluoedd',
  'pathway-nation.wales.family-hub-support.howTo':
    'Cysylltwch â gwasanaeth cymorth i deuluoedd eich cyngor. Neu gofynnwch i rywun rydych chi’n ymddiried ynddo, fel ymwelydd iechyd neu athro, eich rhoi mewn cysylltiad.',
  'pathway-nation.wales.mediation.howTo':
    'Chwiliwch am gyfryngwr teuluol ar y wefan, neu gofynnwch i wasanaeth cymorth i deuluoedd eich cyngor.',
};

/** In Welsh: parents’ wording, and every text with one wording for everyone: the rules’ messages (`content/rule-messages.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // RULE_MESSAGES
  'reason.emergency': 'Dywedoch chi y gallai rhywun fod mewn perygl nawr. Ffoniwch 999 yn gyntaf.',
  'reason.danger-unsure':
    'Doeddech chi ddim yn siŵr a ydych chi neu’ch plant mewn perygl nawr. Os gallech chi fod, ffoniwch 999.',
  'reason.domestic-abuse':
    'Mae rhai o’r pethau rydych chi’n eu disgrifio yn arwyddion o gam-drin domestig. Mae hyd yn oed un tro yn cyfrif. Dydy cymorth i gyplau, cyrsiau am ddadlau a chyfryngu ddim yn ddiogel pan allai fod cam-drin. Felly dydyn nhw ddim yn cael eu dangos yma.',
  'reason.using-harm':
    'Dywedoch chi eich bod chi’n poeni am y ffordd rydych chi’n ymddwyn tuag at eich teulu. Mae gofyn am gymorth yn gam cyntaf cryf. Mae Llinell Ffôn Respect yn helpu pobl sydd eisiau newid, yn breifat. Dydy cymorth i gyplau ddim yn cael ei ddangos yma.',
  'reason.also-using-harm':
    'Dywedoch chi hefyd eich bod chi’n poeni am y ffordd rydych chi’n ymddwyn. Mae llawer o bobl sy’n cael eu trin yn wael yn beio eu hunain. Gallwch chi siarad am hyn gyda’r llinell gymorth hefyd. Os ydych chi eisiau cymorth i newid y ffordd rydych chi’n ymddwyn, mae Llinell Ffôn Respect yno i chi.',
  'reason.unclear':
    'Doeddech chi ddim yn siŵr am rai o’r cwestiynau. Mae hynny’n iawn. Dydyn ni byth yn cymryd bod “ddim yn siŵr” yn golygu “na”. Felly dydy cymorth i gyplau a chyfryngu ddim yn cael eu dangos. Gallwch chi siarad am y peth yn breifat gyda gweithiwr teulu neu linell gymorth.',
  'reason.unsure-about': 'Doeddech chi ddim yn siŵr am: {topics}.',
  'reason.conflict':
    'Dydy’ch atebion ddim yn dangos arwyddion o gam-drin. Felly gallai cymorth gyda dadlau, a gyda magu’ch plant gyda’ch gilydd, fod yn addas i chi.',
  'reason.no-concern':
    'Mae’ch atebion yn awgrymu nad ydych chi’n dadlau llawer, nad yw pethau’n mynd yn danbaid, a’ch bod chi fel arfer yn datrys pethau. Mae pob teulu’n anghytuno weithiau. Os bydd pethau’n newid, mae’r cymorth isod ar gael i chi.',
  'reason.not-said':
    'Dewisoch chi beidio ag ateb rhai cwestiynau. Mae hynny’n iawn. Dydy’r cymorth sydd angen yr atebion hynny ddim yn cael ei ddangos yma. Gall gweithiwr teulu ddweud wrthych chi amdano.',
  'reason.band': 'Mae’ch atebion yn awgrymu mai {band} yw lefel y dadlau. Canllaw yw hwn, nid diagnosis.',
  'reason.screened': 'Cadarnhaodd ymarferydd fod y teulu wedi’u sgrinio am gam-drin domestig heddiw, heb bryderon.',
  'reason.contradiction.relationship':
    'Doedd dau ateb am a yw’r rhieni gyda’i gilydd ddim yn cyd-fynd. Felly defnyddiwyd yr un mwyaf diogel: dim cyrsiau i gyplau.',
  'reason.contradiction.stage':
    'Doedd dau ateb am oed y plentyn ieuengaf ddim yn cyd-fynd. Felly defnyddiwyd yr ateb i’r cwestiwn.',
  'reason.contradiction.childArrangementsDispute':
    'Doedd dau ateb am a yw’r rhieni’n anghytuno am drefniadau’r plant ddim yn cyd-fynd. Felly fe gymeron ni eu bod nhw.',
  'reason.contradiction.conflict':
    'Doedd dau ateb am ba mor ddrwg yw’r dadlau ddim yn cyd-fynd. Felly defnyddiwyd yr un mwyaf difrifol.',
  'reason.children-used':
    'Mae plant sy’n byw gyda cham-drin yn cael niwed hefyd. Gall yr NSPCC roi cyngor i chi amdanyn nhw.',
  'urgent.danger': 'Efallai bod rhywun mewn perygl nawr.',
  'urgent.strangled': 'Mae tagu yn un o’r arwyddion cryfaf o niwed difrifol.',
  'urgent.threats': 'Mae bygythiadau i ladd yn arwydd o niwed difrifol.',
  'urgent.stalking':
    'Gall gwirio rhywun neu ei ddilyn fod yn stelcio, yn enwedig ar ôl gwahanu. Mae stelcio yn arwydd o niwed difrifol.',
  'urgent.separation': 'Mae’r amser o gwmpas gwahanu yn fwy peryglus pan fo partner yn eich rheoli ac wedi’ch brifo.',
  'urgent.not-sure-marker': 'Doeddech chi ddim yn siŵr am dagu neu fygythiadau. Allwn ni ddim eu diystyru.',
  'band.low': 'isel',
  'band.moderate': 'cymedrol',
  'band.high': 'uchel',
  'why.together': 'Rydych chi gyda’ch gilydd.',
  'why.separating': 'Rydych chi’n byw ar wahân, neu’n gwahanu.',
  'why.expecting': 'Rydych chi’n disgwyl babi neu mae gennych chi fabi ifanc.',
  'why.conflict-high': 'Mae llawer o ddadlau.',
  'why.conflict-low-moderate': 'Mae’n addas ar gyfer dadlau sydd heb fynd allan o reolaeth.',
  'why.dispute': 'Dydych chi ddim yn cytuno am drefniadau’r plant.',
  'why.supported':
    'Mae person hyfforddedig yn eich helpu drwyddo. Mae llawer o rieni’n gweld bod hyn yn helpu mwy na gwneud cwrs ar eu pen eu hunain.',
  'why.any-parent': 'Mae’n agored i unrhyw riant.',
  'why.unclear': 'Gall gweithiwr teulu siarad am y peth gyda chi, yn breifat.',
  'why.domestic-abuse': 'Cymorth gan bobl sy’n gwybod am gam-drin domestig. Mae’n breifat.',
  'why.using-harm': 'Gofynnwch i’ch gwasanaeth cam-drin domestig lleol am gyrsiau i bobl sydd eisiau newid.',
  'why.council': 'Yn cael ei gynnig gan eich cyngor.',
  'category.physical-sexual': 'Cam-drin corfforol neu rywiol',
  'category.violent-threatening': 'Ymddygiad treisgar neu fygythiol',
  'category.controlling-coercive': 'Ymddygiad rheolaethol neu gymhellol',
  'category.economic': 'Cam-drin economaidd',
  'category.psychological-emotional': 'Cam-drin seicolegol neu emosiynol',
  'category.fear-power': 'Ofn ac anghydbwysedd grym',
};

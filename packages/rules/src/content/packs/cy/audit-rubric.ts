/** In Welsh: parents’ wording, and every text with one wording for everyone: the practice audit’s rubric and labels (`content/audit-rubric.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // ASSESSMENT_RUBRIC
  'audit.rubric.0.title': 'Heb ei ystyried',
  'audit.rubric.0.description': 'Nid yw’r asesiad yn dweud dim am berthynas y rhieni.',
  'audit.rubric.1.title': 'Wedi’i enwi’n unig',
  'audit.rubric.1.description':
    'Mae perthynas y rhieni wedi’i henwi (pwy sy’n byw gartref, pwy sydd wedi gwahanu) ond ni ofynnodd neb sut maen nhw’n cyd-dynnu.',
  'audit.rubric.2.title': 'Wedi’i nodi',
  'audit.rubric.2.description':
    'Mae rhywbeth wedi’i ysgrifennu am sut mae’r rhieni’n cyd-dynnu, ond nid beth mae’n ei olygu i’r plentyn.',
  'audit.rubric.3.title': 'Wedi’i archwilio',
  'audit.rubric.3.description':
    'Mae sut mae’r rhieni’n cyd-dynnu, a sut mae eu dadleuon yn effeithio ar y plentyn, wedi’i archwilio, ond does dim byd amdano yn y cynllun.',
  'audit.rubric.4.title': 'Da',
  'audit.rubric.4.description':
    'Mae’n dangos pam mae perthynas y rhieni’n bwysig i’r plentyn, ac yn arwain at gam gweithredu neu gymorth ar ei chyfer yn y cynllun.',
  'audit.rubric.5.title': 'Da iawn',
  'audit.rubric.5.description':
    'Da, a mwy: mae barn y ddau riant wedi’i chlywed, mae gwrthdaro wedi’i wahaniaethu’n glir oddi wrth gam-drin, ac mae’r cynllun yn dweud sut bydd unrhyw newid yn cael ei wirio.',
  // PROMPT_LABELS
  'audit.prompt.relationship-asked': 'Gofynnwyd i’r rhieni sut maen nhw’n cyd-dynnu',
  'audit.prompt.both-views': 'Mae barn y ddau riant wedi’i hysgrifennu',
  'audit.prompt.child-impact': 'Mae’r effaith ar y plentyn wedi’i disgrifio',
  'audit.prompt.conflict-or-abuse': 'Mae gwrthdaro wedi’i wahaniaethu oddi wrth gam-drin domestig',
  'audit.prompt.action-in-plan': 'Mae gan y cynllun gam gweithredu ar gyfer y berthynas',
  // TEAM_LABELS
  'audit.team.early-help': 'Cymorth cynnar neu gymorth i deuluoedd',
  'audit.team.family-hub': 'Hyb teulu',
  'audit.team.social-care': 'Gofal cymdeithasol plant',
  'audit.team.health-visiting': 'Ymwelwyr iechyd neu iechyd 0-19',
  'audit.team.midwifery': 'Bydwreigiaeth',
  'audit.team.school': 'Ysgol neu goleg',
  'audit.team.early-years': 'Blynyddoedd cynnar neu feithrinfa',
  'audit.team.mental-health': 'Iechyd meddwl',
  'audit.team.police': 'Yr heddlu',
  'audit.team.voluntary': 'Grŵp gwirfoddol neu gymunedol',
  'audit.team.other': 'Tîm arall',
  // SCREENED_LABELS
  'audit.screened.yes': 'Wedi’i sgrinio’n gyntaf',
  'audit.screened.no': 'Heb ei sgrinio',
  'audit.screened.unknown': 'Ddim yn hysbys',
  // SCREEN_ROUTE_LABELS
  'audit.screen-route.emergency': 'Perygl nawr (999)',
  'audit.screen-route.domestic-abuse': 'Arwyddion o gam-drin domestig',
  'audit.screen-route.using-harm': 'Yn poeni am ei ymddygiad ei hun',
  'audit.screen-route.unclear': 'Ddim yn siŵr',
  'audit.screen-route.conflict': 'Gwrthdaro rhwng rhieni',
  'audit.screen-route.no-concern': 'Dim pryder',
  // FINDING_LABELS
  'audit.finding.appropriate': 'Priodol',
  'audit.finding.inappropriate-abuse': 'Amhriodol: arwyddion o gam-drin domestig',
  'audit.finding.inappropriate-other': 'Amhriodol: rheswm arall',
  // REASON_LABELS
  'audit.reason.not-about-parents': 'Nid yw’n ymwneud â pherthynas y rhieni',
  'audit.reason.higher-need': 'Angen help mwy arbenigol yn gyntaf',
  'audit.reason.wrong-pathway': 'Yr help iawn, y cwrs neu’r fformat anghywir',
  'audit.reason.no-consent': 'Doedd y teulu ddim yn gwybod nac yn cytuno',
  'audit.reason.not-eligible': 'Y tu allan i’r ardal neu’r oedrannau',
  'audit.reason.already-supported': 'Eisoes yn cael yr help hwn',
  'audit.reason.other': 'Rheswm arall',
  // TOOK_UP_LABELS
  'audit.took-up.yes': 'Wedi manteisio ar gymorth',
  'audit.took-up.no': 'Heb fanteisio ar gymorth',
  'audit.took-up.pending': 'Ddim yn hysbys eto',
  // STAGE_LABELS
  'audit.stage.enrolled': 'Wedi cofrestru',
  'audit.stage.started': 'Wedi dechrau',
  'audit.stage.retained': 'Wedi aros tan y diwedd',
  'audit.stage.milestone': 'Wedi cyrraedd y garreg filltir',
  // KIND_TITLES
  'audit.kind.assessments': 'Archwiliad asesiadau',
  'audit.kind.referrals': 'Adolygiad panel atgyfeirio',
  'audit.kind.uptake': 'Defnydd o gyrsiau',
};

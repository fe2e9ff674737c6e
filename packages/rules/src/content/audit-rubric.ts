/**
 * The practice audit's words for its codes, in English and Welsh: the assessment rubric (0 to 5,
 * after the audit Hartlepool's Healthy Relationships Partnership ran on its early help
 * assessments, where 4 meant good), the prompts an auditor can tick, and the labels of teams,
 * findings, reasons, screen routes and course stages. The descriptions are RPC Kit's own.
 */
import type { LocalisedText, Route } from '../types.js';
import type {
  AssessmentPrompt,
  AuditKind,
  PanelFinding,
  Reason,
  Score,
  Screened,
  TeamType,
  TookUp,
  UptakeStage,
} from '../audit/model.js';

export interface RubricLevel {
  readonly score: Score;
  readonly title: LocalisedText;
  readonly description: LocalisedText;
}

/** How thoroughly an early help assessment looked at the parents' relationship, from 0 to 5. */
export const ASSESSMENT_RUBRIC: readonly RubricLevel[] = [
  {
    score: 0,
    title: { en: 'Not considered', cy: 'Heb ei ystyried' },
    description: {
      en: 'The assessment says nothing about the parents’ relationship.',
      cy: 'Nid yw’r asesiad yn dweud dim am berthynas y rhieni.',
    },
  },
  {
    score: 1,
    title: { en: 'Named only', cy: 'Wedi’i enwi’n unig' },
    description: {
      en: 'The parents’ relationship is named (who lives at home, who has separated) but nobody asked how they get on.',
      cy: 'Mae perthynas y rhieni wedi’i henwi (pwy sy’n byw gartref, pwy sydd wedi gwahanu) ond ni ofynnodd neb sut maen nhw’n cyd-dynnu.',
    },
  },
  {
    score: 2,
    title: { en: 'Noted', cy: 'Wedi’i nodi' },
    description: {
      en: 'Something is written about how the parents get on, but not what it means for the child.',
      cy: 'Mae rhywbeth wedi’i ysgrifennu am sut mae’r rhieni’n cyd-dynnu, ond nid beth mae’n ei olygu i’r plentyn.',
    },
  },
  {
    score: 3,
    title: { en: 'Explored', cy: 'Wedi’i archwilio' },
    description: {
      en: 'How the parents get on, and how their arguments affect the child, is explored, but nothing about it follows in the plan.',
      cy: 'Mae sut mae’r rhieni’n cyd-dynnu, a sut mae eu dadleuon yn effeithio ar y plentyn, wedi’i archwilio, ond does dim byd amdano yn y cynllun.',
    },
  },
  {
    score: 4,
    title: { en: 'Good', cy: 'Da' },
    description: {
      en: 'Shows why the parents’ relationship matters for the child, and leads to an action or support for it in the plan.',
      cy: 'Mae’n dangos pam mae perthynas y rhieni’n bwysig i’r plentyn, ac yn arwain at gam gweithredu neu gymorth ar ei chyfer yn y cynllun.',
    },
  },
  {
    score: 5,
    title: { en: 'Very good', cy: 'Da iawn' },
    description: {
      en: 'Good, and more: both parents’ views are heard, conflict is clearly told apart from abuse, and the plan says how any change will be checked.',
      cy: 'Da, a mwy: mae barn y ddau riant wedi’i chlywed, mae gwrthdaro wedi’i wahaniaethu’n glir oddi wrth gam-drin, ac mae’r cynllun yn dweud sut bydd unrhyw newid yn cael ei wirio.',
    },
  },
];

/** What an auditor can tick while reading an assessment. */
export const PROMPT_LABELS: Readonly<Record<AssessmentPrompt, LocalisedText>> = {
  'relationship-asked': {
    en: 'The parents were asked how they get on',
    cy: 'Gofynnwyd i’r rhieni sut maen nhw’n cyd-dynnu',
  },
  'both-views': { en: 'Both parents’ views are written down', cy: 'Mae barn y ddau riant wedi’i hysgrifennu' },
  'child-impact': { en: 'The effect on the child is described', cy: 'Mae’r effaith ar y plentyn wedi’i disgrifio' },
  'conflict-or-abuse': {
    en: 'Conflict is told apart from domestic abuse',
    cy: 'Mae gwrthdaro wedi’i wahaniaethu oddi wrth gam-drin domestig',
  },
  'action-in-plan': {
    en: 'The plan has an action for the relationship',
    cy: 'Mae gan y cynllun gam gweithredu ar gyfer y berthynas',
  },
};

export const TEAM_LABELS: Readonly<Record<TeamType, LocalisedText>> = {
  'early-help': { en: 'Early help or family support', cy: 'Cymorth cynnar neu gymorth i deuluoedd' },
  'family-hub': { en: 'Family hub', cy: 'Hyb teulu' },
  'social-care': { en: 'Children’s social care', cy: 'Gofal cymdeithasol plant' },
  'health-visiting': { en: 'Health visiting or 0-19 health', cy: 'Ymwelwyr iechyd neu iechyd 0-19' },
  midwifery: { en: 'Midwifery', cy: 'Bydwreigiaeth' },
  school: { en: 'School or college', cy: 'Ysgol neu goleg' },
  'early-years': { en: 'Early years or nursery', cy: 'Blynyddoedd cynnar neu feithrinfa' },
  'mental-health': { en: 'Mental health', cy: 'Iechyd meddwl' },
  police: { en: 'Police', cy: 'Yr heddlu' },
  voluntary: { en: 'Voluntary or community group', cy: 'Grŵp gwirfoddol neu gymunedol' },
  other: { en: 'Another team', cy: 'Tîm arall' },
};

export const SCREENED_LABELS: Readonly<Record<Screened, LocalisedText>> = {
  yes: { en: 'Screened first', cy: 'Wedi’i sgrinio’n gyntaf' },
  no: { en: 'Not screened', cy: 'Heb ei sgrinio' },
  unknown: { en: 'Not known', cy: 'Ddim yn hysbys' },
};

/** What the screen said, by its route. */
export const SCREEN_ROUTE_LABELS: Readonly<Record<Route, LocalisedText>> = {
  emergency: { en: 'Danger now (999)', cy: 'Perygl nawr (999)' },
  'domestic-abuse': { en: 'Signs of domestic abuse', cy: 'Arwyddion o gam-drin domestig' },
  'using-harm': { en: 'Worried about own behaviour', cy: 'Yn poeni am ei ymddygiad ei hun' },
  unclear: { en: 'Not sure', cy: 'Ddim yn siŵr' },
  conflict: { en: 'Parental conflict', cy: 'Gwrthdaro rhwng rhieni' },
  'no-concern': { en: 'No concern', cy: 'Dim pryder' },
};

export const FINDING_LABELS: Readonly<Record<PanelFinding, LocalisedText>> = {
  appropriate: { en: 'Appropriate', cy: 'Priodol' },
  'inappropriate-abuse': {
    en: 'Inappropriate: signs of domestic abuse',
    cy: 'Amhriodol: arwyddion o gam-drin domestig',
  },
  'inappropriate-other': { en: 'Inappropriate: another reason', cy: 'Amhriodol: rheswm arall' },
};

export const REASON_LABELS: Readonly<Record<Reason, LocalisedText>> = {
  'not-about-parents': { en: 'Not about the parents’ relationship', cy: 'Nid yw’n ymwneud â pherthynas y rhieni' },
  'higher-need': { en: 'Needs more specialist help first', cy: 'Angen help mwy arbenigol yn gyntaf' },
  'wrong-pathway': { en: 'Right help, wrong course or format', cy: 'Yr help iawn, y cwrs neu’r fformat anghywir' },
  'no-consent': { en: 'The family did not know or agree', cy: 'Doedd y teulu ddim yn gwybod nac yn cytuno' },
  'not-eligible': { en: 'Outside the area or ages covered', cy: 'Y tu allan i’r ardal neu’r oedrannau' },
  'already-supported': { en: 'Already getting this help', cy: 'Eisoes yn cael yr help hwn' },
  other: { en: 'Another reason', cy: 'Rheswm arall' },
};

export const TOOK_UP_LABELS: Readonly<Record<TookUp, LocalisedText>> = {
  yes: { en: 'Took up support', cy: 'Wedi manteisio ar gymorth' },
  no: { en: 'Did not take up support', cy: 'Heb fanteisio ar gymorth' },
  pending: { en: 'Not known yet', cy: 'Ddim yn hysbys eto' },
};

/** The furthest stage a person reached on a course; each includes the ones before. */
export const STAGE_LABELS: Readonly<Record<UptakeStage, LocalisedText>> = {
  enrolled: { en: 'Enrolled', cy: 'Wedi cofrestru' },
  started: { en: 'Started', cy: 'Wedi dechrau' },
  retained: { en: 'Stayed to the end', cy: 'Wedi aros tan y diwedd' },
  milestone: { en: 'Reached the milestone', cy: 'Wedi cyrraedd y garreg filltir' },
};

export const KIND_TITLES: Readonly<Record<AuditKind, LocalisedText>> = {
  assessments: { en: 'Assessment audit', cy: 'Archwiliad asesiadau' },
  referrals: { en: 'Referral panel review', cy: 'Adolygiad panel atgyfeirio' },
  uptake: { en: 'Course uptake', cy: 'Defnydd o gyrsiau' },
};

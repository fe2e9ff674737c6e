/**
 * The practice audit's words for its codes, in English and Welsh: the assessment rubric (0 to 5,
 * after the audit Hartlepool's Healthy Relationships Partnership ran on its early help
 * assessments, where 4 meant good), the prompts an auditor can tick, and the labels of teams,
 * findings, reasons, screen routes and course stages. The descriptions are RPC Kit's own.
 */
import { withIds, type PackSource } from '../i18n/packs.js';
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

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/audit-rubric.js'),
};

export interface RubricLevel {
  readonly score: Score;
  readonly title: LocalisedText;
  readonly description: LocalisedText;
}

/** How thoroughly an early help assessment looked at the parents' relationship, from 0 to 5. */
export const ASSESSMENT_RUBRIC: readonly RubricLevel[] = /* @__PURE__ */ withIds(
  'audit.rubric',
  [
    {
      score: 0,
      title: { en: 'Not considered' },
      description: { en: 'The assessment says nothing about the parents’ relationship.' },
    },
    {
      score: 1,
      title: { en: 'Named only' },
      description: {
        en: 'The parents’ relationship is named (who lives at home, who has separated) but nobody asked how they get on.',
      },
    },
    {
      score: 2,
      title: { en: 'Noted' },
      description: { en: 'Something is written about how the parents get on, but not what it means for the child.' },
    },
    {
      score: 3,
      title: { en: 'Explored' },
      description: {
        en: 'How the parents get on, and how their arguments affect the child, is explored, but nothing about it follows in the plan.',
      },
    },
    {
      score: 4,
      title: { en: 'Good' },
      description: {
        en: 'Shows why the parents’ relationship matters for the child, and leads to an action or support for it in the plan.',
      },
    },
    {
      score: 5,
      title: { en: 'Very good' },
      description: {
        en: 'Good, and more: both parents’ views are heard, conflict is clearly told apart from abuse, and the plan says how any change will be checked.',
      },
    },
  ],
  PACKS,
);

/** What an auditor can tick while reading an assessment. */
export const PROMPT_LABELS: Readonly<Record<AssessmentPrompt, LocalisedText>> = /* @__PURE__ */ withIds(
  'audit.prompt',
  {
    'relationship-asked': { en: 'The parents were asked how they get on' },
    'both-views': { en: 'Both parents’ views are written down' },
    'child-impact': { en: 'The effect on the child is described' },
    'conflict-or-abuse': { en: 'Conflict is told apart from domestic abuse' },
    'action-in-plan': { en: 'The plan has an action for the relationship' },
  },
  PACKS,
);

export const TEAM_LABELS: Readonly<Record<TeamType, LocalisedText>> = /* @__PURE__ */ withIds(
  'audit.team',
  {
    'early-help': { en: 'Early help or family support' },
    'family-hub': { en: 'Family hub' },
    'social-care': { en: 'Children’s social care' },
    'health-visiting': { en: 'Health visiting or 0-19 health' },
    midwifery: { en: 'Midwifery' },
    school: { en: 'School or college' },
    'early-years': { en: 'Early years or nursery' },
    'mental-health': { en: 'Mental health' },
    police: { en: 'Police' },
    voluntary: { en: 'Voluntary or community group' },
    other: { en: 'Another team' },
  },
  PACKS,
);

export const SCREENED_LABELS: Readonly<Record<Screened, LocalisedText>> = /* @__PURE__ */ withIds(
  'audit.screened',
  {
    yes: { en: 'Screened first' },
    no: { en: 'Not screened' },
    unknown: { en: 'Not known' },
  },
  PACKS,
);

/** What the screen said, by its route. */
export const SCREEN_ROUTE_LABELS: Readonly<Record<Route, LocalisedText>> = /* @__PURE__ */ withIds(
  'audit.screen-route',
  {
    emergency: { en: 'Danger now (999)' },
    'domestic-abuse': { en: 'Signs of domestic abuse' },
    'using-harm': { en: 'Worried about own behaviour' },
    unclear: { en: 'Not sure' },
    conflict: { en: 'Parental conflict' },
    'no-concern': { en: 'No concern' },
  },
  PACKS,
);

export const FINDING_LABELS: Readonly<Record<PanelFinding, LocalisedText>> = /* @__PURE__ */ withIds(
  'audit.finding',
  {
    appropriate: { en: 'Appropriate' },
    'inappropriate-abuse': { en: 'Inappropriate: signs of domestic abuse' },
    'inappropriate-other': { en: 'Inappropriate: another reason' },
  },
  PACKS,
);

export const REASON_LABELS: Readonly<Record<Reason, LocalisedText>> = /* @__PURE__ */ withIds(
  'audit.reason',
  {
    'not-about-parents': { en: 'Not about the parents’ relationship' },
    'higher-need': { en: 'Needs more specialist help first' },
    'wrong-pathway': { en: 'Right help, wrong course or format' },
    'no-consent': { en: 'The family did not know or agree' },
    'not-eligible': { en: 'Outside the area or ages covered' },
    'already-supported': { en: 'Already getting this help' },
    other: { en: 'Another reason' },
  },
  PACKS,
);

export const TOOK_UP_LABELS: Readonly<Record<TookUp, LocalisedText>> = /* @__PURE__ */ withIds(
  'audit.took-up',
  {
    yes: { en: 'Took up support' },
    no: { en: 'Did not take up support' },
    pending: { en: 'Not known yet' },
  },
  PACKS,
);

/** The furthest stage a person reached on a course; each includes the ones before. */
export const STAGE_LABELS: Readonly<Record<UptakeStage, LocalisedText>> = /* @__PURE__ */ withIds(
  'audit.stage',
  {
    enrolled: { en: 'Enrolled' },
    started: { en: 'Started' },
    retained: { en: 'Stayed to the end' },
    milestone: { en: 'Reached the milestone' },
  },
  PACKS,
);

export const KIND_TITLES: Readonly<Record<AuditKind, LocalisedText>> = /* @__PURE__ */ withIds(
  'audit.kind',
  {
    assessments: { en: 'Assessment audit' },
    referrals: { en: 'Referral panel review' },
    uptake: { en: 'Course uptake' },
  },
  PACKS,
);

/**
 * @rpc-kit/rules/lean: the shared, DOM-free rules and content of RPC Kit, with the English that
 * parents read in the first load and every other word in packs that `loadContent` fetches.
 * Runs in browsers and Node; uses zod/mini only. (`@rpc-kit/rules` is the same with every pack applied.)
 */
export * from './types.js';
export {
  SUPPORTED_LOCALES,
  localise,
  languageOf,
  otherLanguageOf,
  fill,
  primaryLanguage,
  type SupportedLocale,
} from './i18n/text.js';
export {
  loadContent,
  isContentLoaded,
  contentModules,
  textId,
  type ContentRequest,
  type ContentResult,
  type Pack,
  type PackName,
} from './i18n/packs.js';
export { isSafeLink, telLink, SAFE_SCHEMES } from './util/links.js';
export { isWebsiteLink, nationOf, quickExitUrlOf, WEBSITE_LINK } from './config/quick-exit-url.js';
export { CAMPAIGN_TAG, LOCALE_TAG, PHONE, isEmail } from './util/patterns.js';
export { SAFETY_QUESTIONS, SAFETY_IDS, SAFETY_OPTIONS } from './content/safety.js';
export { QUALITY_QUESTIONS, QUALITY_IDS } from './content/quality.js';
export { SITUATION_QUESTIONS } from './content/situation.js';
export {
  DEFAULT_PATHWAYS,
  DEFAULT_PATHWAY_IDS,
  NATION_PATHWAY_TEXT,
  defaultPathwaysFor,
  type NationPathwayText,
} from './content/pathways.js';
export { NATIONAL_CONTACTS, DA_HELPLINE_BY_NATION } from './content/contacts.js';
export { RULE_MESSAGES } from './content/rule-messages.js';
export { LABEL_MESSAGES } from './content/label-messages.js';
export { CONTENT_VERSION } from './content/version.js';
export { message, overrideOf, worded, MESSAGES, type MessageId, type StringOverrides } from './i18n/messages.js';
export { labelMessage } from './i18n/wording.js';
export { MESSAGE_IDS } from './i18n/message-ids.js';
export { configSchema, localisedSchema } from './config/schema-values.js';
export type { ConfigInput } from './config/schema.js';
export { validateConfig, resolveConfig, CONFIG_LIMITS, type ValidationResult } from './config/validate.js';
export { defaultPathwaysOnUnsaid } from './config/checks.js';
export {
  THEME_TOKENS,
  TOKEN_NAMES,
  PRESETS,
  themeCss,
  tokenDefault,
  type Preset,
  type TokenName,
} from './config/tokens.js';
export { checkBranding, parseColour, contrast } from './config/token-checks.js';
export { formatPath, shorten, type Problem } from './util/problems.js';
export { suggestKey } from './config/suggest.js';
export { checkShape, type ShapeLimits } from './util/bounds.js';
export { resolveValidConfig, DEFAULT_CONFIG, defaultConfigFor, type ResolvedConfig } from './config/resolve.js';
export {
  FIRST_SCREEN_CONFIG,
  firstScreenConfigFor,
  isFirstScreenConfig,
  DEFAULT_QUICK_EXIT_URL,
  DEFAULT_SAFE_BROWSING_URL,
} from './config/defaults.js';
// The decision
export { evaluate } from './decision/evaluate.js';
export type {
  Contradiction,
  Decision,
  DecisionContact,
  DecisionPathway,
  EvaluateInput,
  Finding,
} from './decision/types.js';
export { conflictBand, qualityScores } from './decision/quality.js';
export { allowedOnRoute, meetsEligibility } from './decision/pathways.js';
export { localiseContact } from './decision/localise-contact.js';
export { offer, type Offer, type OfferFilter } from './decision/offer.js';
export { screenedClearAnswers } from './decision/safety-answers.js';
export { situationFromAnswers, readSituation, type SituationReading } from './decision/situation.js';
export { parseEvaluateInput, type InputResult } from './decision/input.js';
// The safety floor
export {
  GUARDED_ROUTES,
  SUPPORT_ROUTES,
  ABUSE_ROUTES,
  isGuardedRoute,
  isAbuseRoute,
  safetyClass,
  classAllowedOnRoute,
  floorAllows,
  isProtectedMessage,
  RESERVED_CONTACT_IDS,
  EMERGENCY_ID,
  RESPECT_ID,
  type SafetyClass,
} from './safety/floor.js';
export { readsLikeJointWork } from './safety/joint-work.js';
// The journey
export {
  planJourney,
  answerTo,
  plannedQuestionIds,
  type Answers,
  type JourneyOptions,
  type JourneyPlan,
  type JourneyStatus,
  type JourneyStep,
} from './journey/planner.js';
export {
  journeyResult,
  referralSummary,
  summarySections,
  type JourneyResult,
  type ResultOptions,
  type SummarySection,
} from './journey/result.js';
export { formatDate } from './i18n/dates.js';
export { SAFE_TO_CONTINUE, SCREENED_CONFIRM } from './content/gates.js';
export { questionBank, questionsFor, ALL_QUESTIONS, type BankOptions } from './journey/bank.js';
export { localiseQuestion, type BankQuestion } from './journey/question.js';
export { contentFreshness, type FreshnessWarning } from './content/freshness.js';
export {
  mapOrukService,
  parseOrukPage,
  loadOrukFeed,
  streamOrukFeed,
  mapOrukInSlices,
  needsInText,
  NEED_KEYWORDS,
  type OrukFeed,
  type OrukFeedOptions,
  type OrukFeedSlice,
  type OrukStreamOptions,
} from './directory/oruk/index.js';
export {
  createDirectory,
  isDomesticAbuseService,
  isJointOrConflictService,
  type Directory,
  type DirectorySections,
  type DirectoryQuery,
  type ForWhom,
} from './directory/directory.js';
export { foldText, searchStem } from './directory/fold.js';
export { yieldToMain, inSlices, DEFAULT_SLICE_MS, type SliceOptions } from './util/yield.js';
export {
  AUDIT_FORMAT,
  AUDIT_KINDS,
  AUDIT_COLUMNS,
  REQUIRED_COLUMNS,
  SCORES,
  GOOD_SCORE,
  ASSESSMENT_PROMPTS,
  TEAM_TYPES,
  SCREENED,
  FINDINGS,
  REASONS,
  TOOK_UP,
  UPTAKE_STAGES,
  NOT_FOR_CONFLICT_ROUTES,
  MAX_ROUND_LENGTH,
  MAX_REF_LENGTH,
  readRecord,
  roundKey,
  addRecords,
  type AddedRecords,
  recordFields,
  type AuditKind,
  type AuditRecord,
  type AuditRecordOf,
  type AssessmentRecord,
  type ReferralRecord,
  type UptakeRecord,
  type AssessmentPrompt,
  type TeamType,
  type Score,
  type Screened,
  type PanelFinding,
  type Reason,
  type TookUp,
  type UptakeStage,
  type ValueProblem,
  type RecordResult,
} from './audit/model.js';
export { wilsonInterval, difference, share, percent, Z95, type Share, type Difference } from './audit/stats.js';
export { compareRoundNames, roundDate, roundOrder, undatedRounds } from './audit/rounds.js';
export {
  summarise,
  compareRounds,
  headlineShare,
  HEADLINE,
  type AuditSummary,
  type SummaryOf,
  type SummaryOptions,
  type AssessmentRound,
  type ReferralRound,
  type UptakeRound,
  type RoundOf,
  type Funnel,
  type Comparison,
  type HeadlineMeasure,
} from './audit/summary.js';
export {
  parseCsv,
  importAuditCsv,
  exportAuditCsv,
  columnLetter,
  MAX_CSV_LENGTH,
  MAX_AUDIT_RECORDS,
  AUDIT_FILE_NOTE,
  type AuditProblem,
  type ImportResult,
} from './audit/csv.js';
export {
  describeSummary,
  describeComparison,
  describeProblem,
  summaryText,
  shareWords,
  pathwayLabel,
  auditWords,
  type SummaryLine,
  type DescribeOptions,
} from './audit/describe.js';
export {
  ASSESSMENT_RUBRIC,
  PROMPT_LABELS,
  TEAM_LABELS,
  SCREENED_LABELS,
  SCREEN_ROUTE_LABELS,
  FINDING_LABELS,
  REASON_LABELS,
  TOOK_UP_LABELS,
  STAGE_LABELS,
  KIND_TITLES,
  type RubricLevel,
} from './content/audit-rubric.js';
export { AUDIT_WORDS, type AuditWords } from './content/audit-words.js';

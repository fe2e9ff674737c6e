/**
 * Shared types of the rules package. Pure data shapes: no DOM, no Node.
 */

/**
 * Text a person reads, keyed by BCP 47 language tag. English is always present. The default
 * content's texts hold only the English that parents read: their Welsh and practitioners' words are
 * in packs, read through `localise` and `worded` once loaded (see `loadContent`).
 */
export type LocalisedText = { readonly en: string } & { readonly [locale: string]: string };

export const AUDIENCES = ['parent', 'practitioner'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

export const TOOLS = ['screener', 'da-check', 'signposter'] as const;
export type Tool = (typeof TOOLS)[number];

/** The answer values of every safety question (contract). */
export const SAFETY_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type SafetyAnswer = (typeof SAFETY_ANSWERS)[number];

/** Routes (contract). */
export const ROUTES = ['emergency', 'domestic-abuse', 'using-harm', 'unclear', 'conflict', 'no-concern'] as const;
export type Route = (typeof ROUTES)[number];

/**
 * The answer a parent gives when they would rather not say, offered on every relationship-quality
 * and situation question (contract). The rules read it as "unknown", never as a less cautious
 * answer (see `decision/situation.ts` and `decision/quality.ts`). The safety questions have their
 * own `unsure` ("Not sure, or I would rather not say").
 */
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

export const RELATIONSHIPS = ['together', 'separating', 'separated'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export const STAGES = ['expecting', 'baby', 'child', 'teen'] as const;
export type Stage = (typeof STAGES)[number];
export const CONFLICT_BANDS = ['low', 'moderate', 'high'] as const;
export type ConflictBand = (typeof CONFLICT_BANDS)[number];

/** A family's situation (contract). Every field is optional: unknown is not guessed. */
export interface Situation {
  relationship?: Relationship;
  stage?: Stage;
  childArrangementsDispute?: boolean;
  conflict?: ConflictBand;
}

/** The kinds of behaviour named by the Domestic Abuse Act 2021, s.1, plus fear and power imbalance. */
export type ActCategory =
  | 'physical-sexual'
  | 'violent-threatening'
  | 'controlling-coercive'
  | 'economic'
  | 'psychological-emotional'
  | 'fear-power';
export const ACT_CATEGORIES: readonly ActCategory[] = [
  'physical-sexual',
  'violent-threatening',
  'controlling-coercive',
  'economic',
  'psychological-emotional',
  'fear-power',
];

/**
 * Wording that differs between a parent reading for themselves and a practitioner asking, given
 * whole. (The default content gives one text and keeps the practitioners' words in a pack: read
 * any message with `worded(message, audience)`.)
 */
export interface Worded {
  readonly parent: LocalisedText;
  readonly practitioner: LocalisedText;
}

/** A message: one text for everyone, or worded per audience. */
export type Message = LocalisedText | Worded;

export interface QuestionOption {
  readonly value: string;
  /** One text for everyone, or worded per audience where the words differ. */
  readonly label: Message;
  /** Quality questions only: the option's score, 0 (none) to 3 (most). */
  readonly score?: number;
}

/** `gate`: the questions that open a journey (is it safe now; a practitioner's confirmation). */
export type QuestionGroup = 'gate' | 'safety' | 'quality' | 'situation';

export interface Question {
  readonly id: string;
  readonly group: QuestionGroup;
  /** Which tools ask this question. */
  readonly tools: readonly Tool[];
  readonly text: Message;
  readonly hint?: Message;
  /** Why we ask: shown on request, mostly to practitioners. */
  readonly why?: LocalisedText;
  readonly options: readonly QuestionOption[];
  /** Safety questions: the answer value that is an abuse indicator (`yes`, or `no` for can-disagree-safely). */
  readonly indicator?: SafetyAnswer;
  /** Safety questions: the Act category the indicator belongs to. */
  readonly category?: ActCategory;
  /** Safety questions: who the indicator is about. */
  readonly concerns?: 'danger' | 'victim' | 'own-behaviour';
  /** Situation questions: the Situation field the answer fills. */
  readonly field?: keyof Situation;
  /** Safety questions: the indicator as a finding, for reasons and summaries. */
  readonly finding?: Message;
  /** Safety questions: a short name of the topic, for "not sure about ..." reasons, worded per audience where it differs. */
  readonly topic?: Message;
}

export const PATHWAY_FORMATS = ['digital', 'group', 'one-to-one', 'workshop', 'mediation', 'phone'] as const;
export type PathwayFormat = (typeof PATHWAY_FORMATS)[number];

/** What a pathway is. Decides where it may ever appear. */
export const PATHWAY_KINDS = ['conflict', 'support', 'mediation', 'domestic-abuse'] as const;
export type PathwayKind = (typeof PATHWAY_KINDS)[number];

export const REFERRALS = ['self', 'practitioner', 'self-or-practitioner'] as const;
export type Referral = (typeof REFERRALS)[number];

export interface Access {
  readonly url?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly referral?: Referral;
  readonly howTo?: LocalisedText;
}

/** Who a pathway is for, as rules. A field that is set must be known and match. */
export interface Eligibility {
  readonly relationship?: readonly Relationship[];
  readonly stage?: readonly Stage[];
  readonly conflict?: readonly ConflictBand[];
  readonly childArrangementsDispute?: boolean;
}

export interface Pathway {
  readonly id: string;
  readonly name: LocalisedText;
  readonly provider?: LocalisedText;
  readonly description: LocalisedText;
  readonly whoFor: LocalisedText;
  readonly formats: readonly PathwayFormat[];
  readonly kind: PathwayKind;
  /** Both parents take part together (couple or joint work). Never shown where abuse may be present. */
  readonly joint: boolean;
  readonly cost?: LocalisedText;
  readonly duration?: LocalisedText;
  readonly access: Access;
  readonly eligibility: Eligibility;
  /** True for the catalogue's defaults, false for a council's own. */
  readonly builtIn: boolean;
}

export const CONTACT_TOPICS = ['emergency', 'domestic-abuse', 'using-harm', 'children', 'conflict', 'general'] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

export interface Contact {
  readonly id: string;
  readonly name: LocalisedText;
  readonly description?: LocalisedText;
  readonly phone?: string;
  /** A number for text messages: a silent way in. */
  readonly text?: string;
  readonly url?: string;
  /** Where the service's live chat is (a link): a silent way in. */
  readonly chat?: string;
  readonly email?: string;
  readonly hours?: LocalisedText;
  readonly topics: readonly ContactTopic[];
  /** Nations served; absent means all of the UK. */
  readonly nations?: readonly Nation[];
  /** Where the facts came from, and when a person last checked them (YYYY-MM-DD). */
  readonly source?: string;
  readonly verified?: string;
  readonly status: 'verified' | 'unverified' | 'local';
  readonly statusNote?: string;
}

/** The needs a help finder filters by. */
export const NEEDS = ['conflict-together', 'separating', 'new-baby', 'domestic-abuse', 'children-wellbeing'] as const;
export type Need = (typeof NEEDS)[number];

/** A local service (from a council's config or an Open Referral UK feed). */
export interface Service {
  readonly id: string;
  readonly name: LocalisedText;
  readonly description?: LocalisedText;
  readonly needs: readonly Need[];
  readonly whoFor?: LocalisedText;
  readonly formats?: readonly PathwayFormat[];
  readonly areas?: readonly string[];
  readonly address?: string;
  readonly url?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly hours?: LocalisedText;
  readonly cost?: LocalisedText;
  readonly referral?: Referral;
  readonly minAge?: number;
  readonly maxAge?: number;
}

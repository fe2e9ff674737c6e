/**
 * Shared types of the rules package. Pure data shapes: no DOM, no Node.
 */

/**
 * Text a person reads, keyed by BCP 47 language tag. English is always present. The default
 * content's texts hold only the English that parents read: their Welsh and practitioners' words are
 * in packs, read through `localise` and `worded` once loaded (see `loadContent`).
 */
export type LocalisedText = { readonly en: string } & { readonly [locale: string]: string };

export type Audience = 'parent' | 'practitioner';
export const AUDIENCES: readonly Audience[] = ['parent', 'practitioner'];

export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';
export const NATIONS: readonly Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];

export type Tool = 'screener' | 'da-check' | 'signposter';
export const TOOLS: readonly Tool[] = ['screener', 'da-check', 'signposter'];

/** The answer values of every safety question (contract). */
export type SafetyAnswer = 'yes' | 'no' | 'unsure';
export const SAFETY_ANSWERS: readonly SafetyAnswer[] = ['yes', 'no', 'unsure'];

/** Routes (contract). */
export type Route = 'emergency' | 'domestic-abuse' | 'using-harm' | 'unclear' | 'conflict' | 'no-concern';
export const ROUTES: readonly Route[] = [
  'emergency',
  'domestic-abuse',
  'using-harm',
  'unclear',
  'conflict',
  'no-concern',
];

/**
 * The answer a parent gives when they would rather not say, offered on every relationship-quality
 * and situation question (contract). The rules read it as "unknown", never as a less cautious
 * answer (see `decision/situation.ts` and `decision/quality.ts`). The safety questions have their
 * own `unsure` ("Not sure, or I would rather not say").
 */
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

export type Relationship = 'together' | 'separating' | 'separated';
export const RELATIONSHIPS: readonly Relationship[] = ['together', 'separating', 'separated'];
export type Stage = 'expecting' | 'baby' | 'child' | 'teen';
export const STAGES: readonly Stage[] = ['expecting', 'baby', 'child', 'teen'];
export type ConflictBand = 'low' | 'moderate' | 'high';
export const CONFLICT_BANDS: readonly ConflictBand[] = ['low', 'moderate', 'high'];

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

export type PathwayFormat = 'digital' | 'group' | 'one-to-one' | 'workshop' | 'mediation' | 'phone';
export const PATHWAY_FORMATS: readonly PathwayFormat[] = [
  'digital',
  'group',
  'one-to-one',
  'workshop',
  'mediation',
  'phone',
];

/** What a pathway is. Decides where it may ever appear. */
export type PathwayKind = 'conflict' | 'support' | 'mediation' | 'domestic-abuse';
export const PATHWAY_KINDS: readonly PathwayKind[] = ['conflict', 'support', 'mediation', 'domestic-abuse'];

export type Referral = 'self' | 'practitioner' | 'self-or-practitioner';
export const REFERRALS: readonly Referral[] = ['self', 'practitioner', 'self-or-practitioner'];

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

export type ContactTopic = 'emergency' | 'domestic-abuse' | 'using-harm' | 'children' | 'conflict' | 'general';
export const CONTACT_TOPICS: readonly ContactTopic[] = [
  'emergency',
  'domestic-abuse',
  'using-harm',
  'children',
  'conflict',
  'general',
];

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
export type Need = 'conflict-together' | 'separating' | 'new-baby' | 'domestic-abuse' | 'children-wellbeing';
export const NEEDS: readonly Need[] = [
  'conflict-together',
  'separating',
  'new-baby',
  'domestic-abuse',
  'children-wellbeing',
];

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

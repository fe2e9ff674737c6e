/** The shapes the decision engine reads and returns. */
import type { ResolvedConfig } from '../config/resolve.js';
import type {
  ActCategory,
  Audience,
  ConflictBand,
  Contact,
  ContactTopic,
  PathwayFormat,
  PathwayKind,
  Referral,
  Route,
  SafetyAnswer,
  Situation,
} from '../types.js';
import type { SafetyClass } from '../safety/floor.js';

export interface EvaluateInput {
  readonly audience?: Audience;
  readonly locale?: string;
  /** Question id -> option value, for safety, quality and situation questions. */
  readonly answers: Readonly<Record<string, string>>;
  readonly situation?: Situation;
  /**
   * A practitioner confirmed they have already screened the family for abuse and found nothing.
   * Only a practitioner can: for a parent this is ignored. Answers given are laid over the
   * confirmation, so an indicator given later still counts.
   */
  readonly screenedByPractitioner?: boolean;
  /**
   * How a pathway's rule on a part of the situation nobody was asked about is read:
   * - `fails` (the default, for journeys that ask about the family): a course for "high conflict"
   *   is not suggested to a family whose level of arguing is unknown;
   * - `fits` (for a check that never asks, such as a practitioner's abuse check): every offer that
   *   might fit is listed, each saying who it is for.
   */
  readonly unknownSituation?: 'fails' | 'fits';
}

export interface Finding {
  readonly id: string;
  readonly answer: SafetyAnswer;
  readonly category?: ActCategory;
  readonly categoryLabel?: string;
  readonly concerns: 'danger' | 'victim' | 'own-behaviour';
  readonly text: string;
}

/** Two answers about one part of the family's situation that disagree, and which was used. */
export interface Contradiction {
  readonly field: keyof Situation;
  /** The value from the answers (or, for `conflict`, the band the quality answers give). */
  readonly fromAnswers: string | boolean;
  /** The value given in `situation`. */
  readonly given: string | boolean;
  /** The more cautious of the two, which the decision used. */
  readonly used: string | boolean;
}

export interface DecisionPathway {
  readonly id: string;
  readonly name: string;
  readonly provider?: string;
  readonly description: string;
  readonly whoFor: string;
  readonly formats: readonly PathwayFormat[];
  readonly formatLabels: readonly string[];
  readonly kind: PathwayKind;
  readonly joint: boolean;
  /** What the pathway is, for safety (see `safetyClass`). */
  readonly safetyClass: SafetyClass;
  readonly supported: boolean;
  readonly council: boolean;
  readonly cost?: string;
  readonly duration?: string;
  readonly access: {
    readonly url?: string;
    readonly phone?: string;
    readonly email?: string;
    readonly referral?: Referral;
    readonly referralLabel?: string;
    readonly howTo?: string;
  };
  /** Why this pathway was suggested, in plain words. */
  readonly why: readonly string[];
  /**
   * The texts given in another language than the one asked for, with that language (a council's
   * offer written only in English, on a Welsh page: `{ name: 'en', description: 'en' }`), to mark
   * them (`lang`) for screen readers. Absent when every text is in the language asked for.
   */
  readonly lang?: Readonly<
    Partial<Record<'name' | 'provider' | 'description' | 'whoFor' | 'cost' | 'duration' | 'howTo', string>>
  >;
}

export interface DecisionContact {
  readonly id: string;
  readonly name: string;
  readonly phone?: string;
  readonly text?: string;
  readonly url?: string;
  readonly chat?: string;
  readonly email?: string;
  readonly hours?: string;
  readonly description?: string;
  readonly topics: readonly ContactTopic[];
  readonly status: Contact['status'];
  readonly source?: string;
  readonly verified?: string;
  /** The texts given in another language than the one asked for, with that language (see `DecisionPathway.lang`). */
  readonly lang?: Readonly<Partial<Record<'name' | 'hours' | 'description', string>>>;
}

export interface Decision {
  readonly route: Route;
  readonly urgent: boolean;
  readonly audience: Audience;
  readonly locale: string;
  readonly nation: ResolvedConfig['nation'];
  /** Ids of the safety questions whose answer is an indicator (abuse, danger or own behaviour). */
  readonly indicators: readonly string[];
  /** Ids of the safety questions answered "not sure" (or not answered). */
  readonly unsure: readonly string[];
  /** The indicators and uncertainties, explained and grouped by the Act's categories. */
  readonly findings: readonly Finding[];
  /** The family's situation as the decision read it (contradictions settled cautiously). */
  readonly situation: Situation;
  readonly contradictions: readonly Contradiction[];
  readonly conflict: ConflictBand | null;
  /** The quality score (0 to 15) when every quality question was answered. */
  readonly conflictScore: number | null;
  /** A practitioner confirmed the family was screened (see `EvaluateInput.screenedByPractitioner`). */
  readonly screenedByPractitioner: boolean;
  readonly reasons: readonly string[];
  /** Why the decision is urgent, if it is. Also included in `reasons`. */
  readonly urgency: readonly string[];
  readonly pathways: readonly DecisionPathway[];
  readonly contacts: readonly DecisionContact[];
  /** Switched-on pathways held back for safety on this route (never shown to the family). */
  readonly withheld: readonly string[];
  readonly contentVersion: string;
}

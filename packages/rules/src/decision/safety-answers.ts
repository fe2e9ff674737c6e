/** Reading the safety answers: indicators, "not sure", and findings grouped by the Act's categories. */
import { SAFETY_QUESTIONS } from '../content/safety.js';
import { worded } from '../i18n/messages.js';
import { localise } from '../i18n/text.js';
import type { Audience, SafetyAnswer } from '../types.js';
import type { Finding } from './types.js';

type Answers = Readonly<Record<string, string>>;

/** A safety answer: anything but yes or no, including a missing answer, is "unsure", never "no". */
export function safetyAnswer(answers: Answers, id: string): SafetyAnswer {
  const a = Object.hasOwn(answers, id) ? answers[id] : undefined;
  return a === 'yes' || a === 'no' ? a : 'unsure';
}

/** True when the question was answered "not sure" (not merely left unanswered). */
export function saidUnsure(answers: Answers, id: string): boolean {
  return Object.hasOwn(answers, id) && answers[id] === 'unsure';
}

/**
 * The safety answers of a family a practitioner has already screened with no concerns: every
 * question answered with its non-indicator value. Only for an explicit confirmation; answers
 * given in the journey are laid over these, so an indicator given later still counts.
 */
export function screenedClearAnswers(): Record<string, SafetyAnswer> {
  return Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, q.indicator === 'no' ? 'yes' : 'no']));
}

export interface SafetyReading {
  /** Ids whose answer is the indicator (abuse, danger or own behaviour). */
  readonly indicators: string[];
  /** Ids answered "not sure" or not answered. */
  readonly unsure: string[];
  /** Indicators and "not sure" answers, in words. */
  readonly findings: Finding[];
  /** Ids of indicators about the parent being harmed. */
  readonly victim: string[];
}

export function readSafety(
  answers: Answers,
  audience: Audience,
  locale: string,
  categoryLabel: (category: string) => string,
): SafetyReading {
  const indicators: string[] = [];
  const unsure: string[] = [];
  const findings: Finding[] = [];
  const victim: string[] = [];
  for (const q of SAFETY_QUESTIONS) {
    const answer = safetyAnswer(answers, q.id);
    const isIndicator = answer === q.indicator;
    if (answer === 'unsure') unsure.push(q.id);
    if (isIndicator) indicators.push(q.id);
    if (isIndicator && q.concerns === 'victim') victim.push(q.id);
    if (isIndicator || saidUnsure(answers, q.id)) {
      findings.push({
        id: q.id,
        answer,
        ...(q.category ? { category: q.category, categoryLabel: categoryLabel(q.category) } : {}),
        concerns: q.concerns ?? 'victim',
        text:
          isIndicator && q.finding
            ? localise(worded(q.finding, audience), locale)
            : localise(worded(q.topic ?? q.text, audience), locale),
      });
    }
  }
  return { indicators, unsure, findings, victim };
}

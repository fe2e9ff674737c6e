/**
 * The journey as data: which questions each element asks, in what order, and when a journey
 * stops. One planner for every element, so the property tests see every journey an element can
 * take; elements render the steps and decide nothing.
 *
 * Every journey:
 *   1. asks whether it is safe to go on now ("no" stops it: helplines only);
 *   2. on a practitioner's page that says the family was screened, and only for the practitioner
 *      audience, asks for a one-line confirmation; only a clear "yes" skips the safety questions;
 *   3. asks the 13 safety questions, danger now first; "yes" to danger now stops at once (999);
 *   4. then, only when every safety answer is a clear no, what the element needs next: the
 *      screener the relationship-quality and situation questions, the signposter the situation
 *      questions; where there is any sign of abuse or "not sure", only whether the parents are
 *      together (it changes the urgency), and never the quality questions.
 *
 * Safety questions are one to a screen, danger now first. The relationship-quality questions are
 * asked a few to a screen (`QUALITY_SCREENS`) and the situation questions on one screen, so a
 * family reaches its result sooner; the order of the questions never changes (see
 * docs/journeys.md for the screens each route takes).
 */
import { SAFE_TO_CONTINUE, SCREENED_CONFIRM } from '../content/gates.js';
import { QUALITY_QUESTIONS } from '../content/quality.js';
import { SAFETY_QUESTIONS } from '../content/safety.js';
import { SITUATION_QUESTIONS } from '../content/situation.js';
import type { Audience, Question, QuestionGroup, Tool } from '../types.js';

export type Answers = Readonly<Record<string, string>>;

export interface JourneyOptions {
  readonly audience?: Audience;
  /**
   * The page says the family has already been screened for abuse (the signposter's `screened`).
   * Honoured only for the practitioner audience: a parent is always asked the safety questions.
   */
  readonly screened?: boolean;
}

/** One screen of a journey: one question, or a few that belong together. */
export interface JourneyStep {
  readonly id: string;
  readonly group: QuestionGroup;
  readonly questions: readonly Question[];
}

/**
 * - `asking`: a planned question has no answer yet (`next` is the step to show);
 * - `not-safe`: the person said it is not safe to go on now;
 * - `complete`: every planned question is answered: the result can be shown.
 */
export type JourneyStatus = 'asking' | 'not-safe' | 'complete';

export interface JourneyPlan {
  /** Every step the journey will show given the answers so far, in order. */
  readonly steps: readonly JourneyStep[];
  readonly status: JourneyStatus;
  /** The first step with an unanswered question, while asking. */
  readonly next?: JourneyStep;
  /** The practitioner's screen confirmation is in force (the safety questions were not asked). */
  readonly screened: boolean;
}

/** The answer to a question, if it is one of its options (anything else counts as no answer). */
export function answerTo(q: Question, answers: Answers): string | undefined {
  const value = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
  return q.options.some((o) => o.value === value) ? value : undefined;
}

const single = (q: Question): JourneyStep => ({ id: q.id, group: q.group, questions: [q] });
const steps = (qs: readonly Question[]) => qs.map(single);
const forTool = (qs: readonly Question[], tool: Tool) => qs.filter((q) => q.tools.includes(tool));

/**
 * The relationship-quality questions, a few to a screen: how you argue (how often, how heated,
 * whether it gets sorted out), then the children and being heard. Each screen's questions are in
 * the bank's order; a question the bank gains later gets a screen of its own.
 */
export const QUALITY_SCREENS: Readonly<Record<string, readonly string[]>> = {
  'quality-arguing': ['frequency', 'intensity', 'resolution'],
  'quality-children': ['children', 'heard'],
};

/** Questions on one screen: a screen of one question is the question's own step. */
function screen(id: string, qs: readonly Question[]): JourneyStep[] {
  if (qs.length <= 1) return steps(qs);
  return [{ id, group: qs[0]!.group, questions: qs }];
}

/** The quality questions on their screens, in the bank's order. */
function qualityScreens(qs: readonly Question[]): JourneyStep[] {
  const out: JourneyStep[] = [];
  for (const q of qs) {
    const name = Object.keys(QUALITY_SCREENS).find((k) => QUALITY_SCREENS[k]!.includes(q.id));
    const last = out[out.length - 1];
    if (name && last?.id === name) out[out.length - 1] = { ...last, questions: [...last.questions, q] };
    else out.push(name ? { id: name, group: q.group, questions: [q] } : single(q));
  }
  // A screen left with one question is that question's own step.
  return out.map((s) => (s.questions.length === 1 ? single(s.questions[0]!) : s));
}

/** Plans a journey for an element, given the answers so far. Pure, and never throws. */
export function planJourney(tool: Tool, answers: Answers, options: JourneyOptions = {}): JourneyPlan {
  const plan: JourneyStep[] = [single(SAFE_TO_CONTINUE)];
  // Asking while any planned question has no answer; `complete` only says the plan is whole.
  const done = (status: JourneyStatus, screened = false): JourneyPlan => {
    if (status === 'not-safe') return { steps: plan, status, screened };
    const next = plan.find((s) => s.questions.some((q) => !answerTo(q, answers)));
    return next ? { steps: plan, status: 'asking', next, screened } : { steps: plan, status: 'complete', screened };
  };
  const safe = answerTo(SAFE_TO_CONTINUE, answers);
  if (safe === 'no') return done('not-safe');
  if (safe === undefined) return done('asking');

  const situation = forTool(SITUATION_QUESTIONS, tool);
  if (options.screened && options.audience === 'practitioner' && SCREENED_CONFIRM.tools.includes(tool)) {
    plan.push(single(SCREENED_CONFIRM));
    const confirm = answerTo(SCREENED_CONFIRM, answers);
    if (confirm === undefined) return done('asking');
    if (confirm === 'yes') {
      plan.push(...screen('situation', situation));
      return done('complete', true);
    }
  }

  const safety = forTool(SAFETY_QUESTIONS, tool);
  const [danger] = safety;
  if (danger && answerTo(danger, answers) === 'yes') {
    plan.push(single(danger));
    return done('complete');
  }
  plan.push(...steps(safety));
  const safetyAnswers = safety.map((q) => answerTo(q, answers));
  if (safetyAnswers.some((a) => a === undefined)) return done('asking');
  const clear = safety.every((q, i) => safetyAnswers[i] !== 'unsure' && safetyAnswers[i] !== q.indicator);
  if (clear) plan.push(...qualityScreens(forTool(QUALITY_QUESTIONS, tool)), ...screen('situation', situation));
  else plan.push(...steps(situation.filter((q) => q.id === 'relationship')));
  return done('complete');
}

/** The ids of the questions a plan asks (gate questions included), in order. */
export function plannedQuestionIds(plan: JourneyPlan): string[] {
  return plan.steps.flatMap((s) => s.questions.map((q) => q.id));
}

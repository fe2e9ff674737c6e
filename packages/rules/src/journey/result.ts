/**
 * The result of a journey: one model that the screen and the practitioner's referral summary
 * both read, so they cannot disagree. It is the decision for the answers the journey actually
 * asked for, with what was not asked, and the summary built from the same decision.
 */
import { DEFAULT_CONFIG, type ResolvedConfig } from '../config/resolve.js';
import { SAFE_TO_CONTINUE } from '../content/gates.js';
import { SAFETY_QUESTIONS } from '../content/safety.js';
import { SITUATION_QUESTIONS } from '../content/situation.js';
import { evaluate } from '../decision/evaluate.js';
import type { Decision } from '../decision/types.js';
import { message, worded, type MessageId } from '../i18n/messages.js';
import { fill, localise } from '../i18n/text.js';
import type { Tool } from '../types.js';
import { formatDate } from '../i18n/dates.js';
import { answerTo, plannedQuestionIds, planJourney, type Answers, type JourneyOptions } from './planner.js';

/** Does this journey ask about the family's situation at all? */
const asksAboutFamily = (tool: Tool) => SITUATION_QUESTIONS.some((q) => q.tools.includes(tool));

export interface JourneyResult {
  readonly tool: Tool;
  readonly decision: Decision;
  /** The question ids the journey asked and had answered, in order (gate questions left out). */
  readonly asked: readonly string[];
  /**
   * Safety questions the journey never asked (someone in danger goes straight to 999), or whose
   * clear answer was left behind by going Back and changing the way.
   */
  readonly notAsked: readonly { readonly id: string; readonly topic: string }[];
  /**
   * Safety questions the journey asks and had answered with no concern (a clear "no"; a clear
   * "yes" where "yes" is the safe answer), in the order asked: what a referral can say was asked.
   */
  readonly clear: readonly { readonly id: string; readonly topic: string }[];
  /** The person said it was safe to talk before the questions (every result has this "yes"). */
  readonly safeToTalk: boolean;
  /** The practitioner's screen confirmation was in force. */
  readonly screened: boolean;
}

export interface ResultOptions extends JourneyOptions {
  readonly locale?: string;
}

/**
 * The result for a journey's answers: the answers to the questions the plan asks, and every
 * safety answer given in this journey even if going Back changed the way since (a disclosure is
 * never dropped: an abuse answer given before a practitioner's confirmation still counts). Other
 * answers left behind by going Back (say, about the relationship, before a change to danger now)
 * do not count.
 */
export function journeyResult(
  tool: Tool,
  answers: Answers,
  options: ResultOptions = {},
  config: ResolvedConfig = DEFAULT_CONFIG,
): JourneyResult {
  const plan = planJourney(tool, answers, options);
  const planned = new Set(plannedQuestionIds(plan));
  const used: Record<string, string> = {};
  for (const step of plan.steps) {
    for (const q of step.questions) {
      const a = answerTo(q, answers);
      if (a !== undefined && q.group !== 'gate') used[q.id] = a;
    }
  }
  const safety = SAFETY_QUESTIONS.filter((q) => q.tools.includes(tool));
  for (const q of safety) {
    const a = answerTo(q, answers);
    if (a !== undefined) used[q.id] = a;
  }
  const locale = options.locale ?? 'en';
  const decision = evaluate(
    {
      answers: used,
      locale,
      ...(options.audience ? { audience: options.audience } : {}),
      ...(plan.screened ? { screenedByPractitioner: true } : {}),
      // A journey that never asks about the family lists every offer that might fit.
      ...(asksAboutFamily(tool) ? {} : { unknownSituation: 'fits' as const }),
    },
    config,
  );
  const topic = (q: (typeof safety)[number]) => ({
    id: q.id,
    topic: localise(worded(q.topic ?? q.text, decision.audience), locale),
  });
  // A clear answer counts only where the plan now asks the question: one left behind by going Back
  // (every "no", then danger now changed to "yes") was not part of this result, and is not asked.
  const isFinding = (q: (typeof safety)[number]) => used[q.id] === 'unsure' || used[q.id] === q.indicator;
  const notAsked = plan.screened ? [] : safety.filter((q) => !planned.has(q.id) && !isFinding(q)).map(topic);
  const clear = safety.filter((q) => planned.has(q.id) && used[q.id] !== undefined && !isFinding(q)).map(topic);
  return {
    tool,
    decision,
    asked: Object.keys(used),
    notAsked,
    clear,
    safeToTalk: answerTo(SAFE_TO_CONTINUE, answers) === 'yes',
    screened: plan.screened,
  };
}

/** One part of the referral summary: a heading line, and the lines under it. */
export interface SummarySection {
  readonly key:
    | 'title'
    | 'date'
    | 'safe-to-talk'
    | 'route'
    | 'urgent'
    | 'indicators'
    | 'asked-clear'
    | 'not-asked'
    | 'reasons'
    | 'pathways'
    | 'contacts'
    | 'version';
  /** The heading line, as printed. */
  readonly heading: string;
  /** The lines under the heading ("- ..."), if any. */
  readonly lines: readonly string[];
}

/**
 * The practitioner's referral summary, part by part: date, that it was safe to talk, route,
 * urgency, what was found by the Act's categories, what else was asked and answered with no
 * concern, what was not asked, the reasons, the pathways and contacts shown, and the wording
 * version. Built from the result the screen shows; nothing is stored.
 */
export function summarySections(
  result: JourneyResult,
  strings: ResolvedConfig['strings'] = {},
  today: Date = new Date(),
): SummarySection[] {
  const d = result.decision;
  const t = (id: MessageId, values: Record<string, string> = {}) =>
    fill(message(id, d.audience, d.locale, strings), values);
  const none = [`- ${t('ui.summary.none')}`];
  const list = (items: readonly string[]) => (items.length ? items.map((i) => `- ${i}`) : none);
  // Grouped by the Act's category, as on screen (each category where it first comes), each line
  // starting with a capital where it has no category ("Their own behaviour (not sure)").
  const order = [...new Set(d.findings.map((f) => f.categoryLabel ?? ''))];
  const findings = [...d.findings]
    .sort((a, b) => order.indexOf(a.categoryLabel ?? '') - order.indexOf(b.categoryLabel ?? ''))
    .map((f) => {
      const text = f.categoryLabel ? `${f.categoryLabel}: ${f.text}` : f.text.charAt(0).toUpperCase() + f.text.slice(1);
      return `${text}${f.answer === 'unsure' ? ` (${t('ui.summary.not-sure')})` : ''}`;
    });
  // A name that already says the number ("Emergency services: 999") is not followed by it again.
  const contact = (c: Decision['contacts'][number]) => {
    const how = c.phone ? c.phone : c.url;
    return how && !c.name.includes(how) ? `${c.name}: ${how}` : c.name;
  };
  const line = (key: SummarySection['key'], heading: string, lines: readonly string[] = []): SummarySection => ({
    key,
    heading,
    lines,
  });
  return [
    line('title', t('ui.summary.title')),
    line('date', `${t('ui.summary.date')}: ${formatDate(today, d.locale)}`),
    ...(result.safeToTalk ? [line('safe-to-talk', `${t('ui.summary.safe-to-talk')}: ${t('ui.yes')}`)] : []),
    line('route', `${t('ui.summary.route')}: ${t(`ui.route.${d.route}`)}`),
    line('urgent', `${t('ui.summary.urgent')}: ${d.urgent ? t('ui.yes') : t('ui.no')}`),
    line('indicators', `${t('ui.summary.indicators')}:`, list(findings)),
    ...(result.clear.length
      ? [line('asked-clear', `${t('ui.summary.asked-clear')}: ${result.clear.map((q) => q.topic).join('; ')}`)]
      : []),
    ...(result.notAsked.length
      ? [line('not-asked', `${t('ui.summary.not-asked')}: ${result.notAsked.map((q) => q.topic).join('; ')}`)]
      : []),
    line('reasons', `${t('ui.summary.reasons')}:`, list(d.reasons)),
    line('pathways', `${t('ui.summary.pathways')}:`, list(d.pathways.map((p) => p.name))),
    line('contacts', `${t('ui.summary.contacts')}:`, list(d.contacts.map(contact))),
    line('version', `${t('ui.summary.version')}: ${d.contentVersion}`),
  ];
}

/** The referral summary as plain text, to copy or print: the sections, one line each. */
export function referralSummary(
  result: JourneyResult,
  strings: ResolvedConfig['strings'] = {},
  today: Date = new Date(),
): string {
  return summarySections(result, strings, today)
    .flatMap((s) => [s.heading, ...s.lines])
    .join('\n');
}

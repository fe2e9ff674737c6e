/**
 * The result of a journey: one model that the screen and the practitioner's referral summary
 * both read, so they cannot disagree. It is the decision for the answers the journey actually
 * asked for, with what was not asked, and the summary built from the same decision.
 */
import { DEFAULT_CONFIG, type ResolvedConfig } from '../config/resolve.js';
import { SAFETY_QUESTIONS } from '../content/safety.js';
import { SITUATION_QUESTIONS } from '../content/situation.js';
import { evaluate } from '../decision/evaluate.js';
import type { Decision } from '../decision/types.js';
import { message, worded, type MessageId } from '../i18n/messages.js';
import { fill, localise } from '../i18n/text.js';
import type { Tool } from '../types.js';
import { formatDate } from './dates.js';
import { answerTo, plannedQuestionIds, planJourney, type Answers, type JourneyOptions } from './planner.js';

/** Does this journey ask about the family's situation at all? */
const asksAboutFamily = (tool: Tool) => SITUATION_QUESTIONS.some((q) => q.tools.includes(tool));

export interface JourneyResult {
  readonly tool: Tool;
  readonly decision: Decision;
  /** The question ids the journey asked and had answered, in order (gate questions left out). */
  readonly asked: readonly string[];
  /** Safety questions the journey never asked (someone in danger goes straight to 999). */
  readonly notAsked: readonly { readonly id: string; readonly topic: string }[];
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
  const notAsked = plan.screened
    ? []
    : safety
        .filter((q) => !planned.has(q.id) && used[q.id] === undefined)
        .map((q) => ({
          id: q.id,
          topic: localise(worded(q.topic ?? q.text, decision.audience), locale),
        }));
  return { tool, decision, asked: Object.keys(used), notAsked, screened: plan.screened };
}

/**
 * The practitioner's referral summary as lines of plain text: date, route, urgency, what was
 * found by the Act's categories, what was not asked, the reasons, the pathways and contacts
 * shown, and the wording version. Built from the result the screen shows; nothing is stored.
 */
export function referralSummary(
  result: JourneyResult,
  strings: ResolvedConfig['strings'] = {},
  today: Date = new Date(),
): string {
  const d = result.decision;
  const t = (id: MessageId, values: Record<string, string> = {}) =>
    fill(message(id, d.audience, d.locale, strings), values);
  const none = `- ${t('ui.summary.none')}`;
  const findings = d.findings.map(
    (f) =>
      `- ${f.categoryLabel ? `${f.categoryLabel}: ` : ''}${f.text}${f.answer === 'unsure' ? ` (${t('ui.summary.not-sure')})` : ''}`,
  );
  const contact = (c: Decision['contacts'][number]) =>
    `- ${c.name}${c.phone ? `: ${c.phone}` : c.url ? `: ${c.url}` : ''}`;
  return [
    t('ui.summary.title'),
    `${t('ui.summary.date')}: ${formatDate(today, d.locale)}`,
    `${t('ui.summary.route')}: ${t(`ui.route.${d.route}`)}`,
    `${t('ui.summary.urgent')}: ${d.urgent ? t('ui.yes') : t('ui.no')}`,
    `${t('ui.summary.indicators')}:`,
    ...(findings.length ? findings : [none]),
    ...(result.notAsked.length
      ? [`${t('ui.summary.not-asked')}: ${result.notAsked.map((q) => q.topic).join('; ')}`]
      : []),
    `${t('ui.summary.reasons')}:`,
    ...d.reasons.map((r) => `- ${r}`),
    `${t('ui.summary.pathways')}:`,
    ...(d.pathways.length ? d.pathways.map((p) => `- ${p.name}`) : [none]),
    `${t('ui.summary.contacts')}:`,
    ...(d.contacts.length ? d.contacts.map(contact) : [none]),
    `${t('ui.summary.version')}: ${d.contentVersion}`,
  ].join('\n');
}

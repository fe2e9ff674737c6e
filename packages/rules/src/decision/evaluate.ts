/**
 * The decision engine. Pure: the same answers and config always give the same decision, and the
 * audience changes only the wording.
 *
 * Order of the rules, first match wins:
 *   1. danger-now = yes                        -> emergency (999 first)
 *   2. any abuse indicator                    -> domestic-abuse (the nation's helpline first)
 *   3. own-behaviour = yes                    -> using-harm (Respect Phoneline first)
 *   4. any safety answer unsure or missing     -> unclear (never read as no)
 *   5. otherwise                              -> conflict, or no-concern when the quality
 *                                                answers show little, mild, resolved arguing
 * On every route but 5 (the guarded routes), nothing joint, couple, mediation or conflict is
 * shown, whatever the council's config says: the safety floor (`safety/floor.ts`) filters the
 * pathways and orders the contacts after the config is applied.
 */
import { DEFAULT_CONFIG, type ResolvedConfig } from '../config/resolve.js';
import { CONTENT_VERSION } from '../content/version.js';
import { message, worded, type MessageId } from '../i18n/messages.js';
import { fill } from '../i18n/text.js';
import { isGuardedRoute } from '../safety/floor.js';
import type { Audience, ConflictBand, Route, Situation } from '../types.js';
import { routeContacts } from './contacts.js';
import { localiseContact } from './localise-contact.js';
import { choosePathways, isSeparated, localisePathway, whySuggested, type Say } from './pathways.js';
import { isCalm, qualityScores } from './quality.js';
import { readSafety, safetyAnswer, saidUnsure, screenedClearAnswers } from './safety-answers.js';
import { declinedAnswers, knownSituation, readSituation } from './situation.js';
import type { Contradiction, Decision, EvaluateInput } from './types.js';
import { SAFETY_QUESTIONS } from '../content/safety.js';
import { localise } from '../i18n/text.js';

type Answers = Readonly<Record<string, string>>;

function chooseRoute(answers: Answers, victim: readonly string[], unsure: readonly string[], calm: boolean): Route {
  if (safetyAnswer(answers, 'danger-now') === 'yes') return 'emergency';
  if (victim.length > 0) return 'domestic-abuse';
  if (safetyAnswer(answers, 'own-behaviour') === 'yes') return 'using-harm';
  if (unsure.length > 0) return 'unclear';
  return calm ? 'no-concern' : 'conflict';
}

/**
 * Why the decision is urgent: danger now, and the markers of serious harm. The markers that
 * depend on a separation (stalking; leaving someone controlling and violent) count when the
 * parents are separating or separated, and when that is not known (not asked, or the person
 * would rather not say): not knowing is never read as "together".
 */
function urgencyOf(answers: Answers, situation: Situation, say: Say): string[] {
  const is = (id: string, a: 'yes' | 'unsure') => safetyAnswer(answers, id) === a;
  const yes = (id: string) => is(id, 'yes');
  const urgency: string[] = [];
  if (yes('danger-now') || is('danger-now', 'unsure')) urgency.push(say('urgent.danger'));
  if (yes('strangled')) urgency.push(say('urgent.strangled'));
  if (yes('threats')) urgency.push(say('urgent.threats'));
  if ((saidUnsure(answers, 'strangled') || saidUnsure(answers, 'threats')) && !yes('strangled') && !yes('threats'))
    urgency.push(say('urgent.not-sure-marker'));
  const separated = situation.relationship === undefined || isSeparated(situation);
  if (separated && yes('monitoring')) urgency.push(say('urgent.stalking'));
  if (separated && yes('controlling') && (yes('physical') || yes('strangled'))) urgency.push(say('urgent.separation'));
  return urgency;
}

function contradictionReasons(contradictions: readonly Contradiction[], say: Say): string[] {
  return contradictions.map((c) => say(`reason.contradiction.${c.field}`));
}

export function evaluate(input: EvaluateInput, config: ResolvedConfig = DEFAULT_CONFIG): Decision {
  const audience: Audience = input.audience === 'practitioner' ? 'practitioner' : 'parent';
  const locale = typeof input.locale === 'string' ? input.locale : 'en';
  const say: Say = (id: MessageId, values: Record<string, string> = {}) =>
    fill(message(id, audience, locale, config.strings), values);
  // Only a practitioner can confirm a screen; answers given are laid over it.
  const screened = input.screenedByPractitioner === true && audience === 'practitioner';
  const given: Answers = typeof input.answers === 'object' && input.answers !== null ? input.answers : {};
  const answers: Answers = screened ? { ...screenedClearAnswers(), ...given } : given;

  const safety = readSafety(answers, audience, locale, (category) => say(`category.${category}` as MessageId));
  const scores = qualityScores(answers);
  const { situation, contradictions } = readSituation(answers, input.situation, scores);
  const hostBand = knownSituation(input.situation).conflict;
  const declined = declinedAnswers(answers);
  // "No concern" needs every quality answer and no dispute over the children: a dispute the
  // person would rather not talk about is never read as none.
  const calm =
    scores !== null &&
    isCalm(scores) &&
    !situation.childArrangementsDispute &&
    !declined.includes('child-arrangements-dispute') &&
    hostBand === undefined;
  const route = chooseRoute(answers, safety.victim, safety.unsure, calm);
  const urgency = urgencyOf(answers, situation, say);
  const urgent = urgency.length > 0;
  const band: ConflictBand | undefined = situation.conflict;

  // Reasons, in plain words.
  const is = (id: string, a: 'yes' | 'unsure') => safetyAnswer(answers, id) === a;
  const reasons: string[] = [];
  if (screened) reasons.push(say('reason.screened'));
  // Name only the questions actually answered "not sure" (a question never reached, as when
  // someone in danger goes straight to help, still counts as unsure for the route).
  const unsureTopics = SAFETY_QUESTIONS.filter((q) => saidUnsure(answers, q.id)).map((q) =>
    localise(worded(q.topic ?? q.text, audience), locale),
  );
  if (route === 'emergency') reasons.push(say('reason.emergency'));
  if (is('danger-now', 'unsure')) reasons.push(say('reason.danger-unsure'));
  if (safety.victim.length > 0) {
    const victimFindings = safety.findings.filter((f) => f.concerns === 'victim' && f.answer !== 'unsure');
    reasons.push(say('reason.domestic-abuse'), ...victimFindings.map((f) => f.text));
    if (is('own-behaviour', 'yes')) reasons.push(say('reason.also-using-harm'));
    if (is('children-used', 'yes')) reasons.push(say('reason.children-used'));
  } else if (route === 'using-harm') reasons.push(say('reason.using-harm'));
  if (route === 'unclear') reasons.push(say('reason.unclear'));
  if (unsureTopics.length > 0 && isGuardedRoute(route))
    reasons.push(say('reason.unsure-about', { topics: unsureTopics.join('; ') }));
  if (route === 'conflict') reasons.push(say('reason.conflict'));
  if (route === 'no-concern') reasons.push(say('reason.no-concern'));
  if (!isGuardedRoute(route) && band) reasons.push(say('reason.band', { band: say(`band.${band}`) }));
  if (!isGuardedRoute(route) && declined.length > 0) reasons.push(say('reason.not-said'));
  // On an emergency, "call 999 first" has said it: not "may be in danger now" after it too.
  const dangerSaid = route === 'emergency' ? say('urgent.danger') : undefined;
  reasons.push(...contradictionReasons(contradictions, say), ...urgency.filter((u) => u !== dangerSaid));

  // Pathways: the safety floor, then what fits the family, then ranking.
  const { chosen, withheld } = choosePathways(
    config.pathways,
    route,
    situation,
    input.unknownSituation === 'fits' ? 'fits' : 'fails',
  );
  const pathways = chosen.map((p) => localisePathway(p, say, locale, whySuggested(p, route, situation, say)));

  const contacts = routeContacts(config, {
    route,
    dangerUnsure: is('danger-now', 'unsure'),
    ownBehaviour: safetyAnswer(answers, 'own-behaviour'),
    childrenUsed: is('children-used', 'yes'),
  }).map((c) => localiseContact(c, locale));

  return {
    route,
    urgent,
    audience,
    locale,
    nation: config.nation,
    indicators: safety.indicators,
    unsure: safety.unsure,
    findings: safety.findings,
    situation,
    contradictions,
    conflict: band ?? null,
    conflictScore: scores ? scores.reduce((a, b) => a + b, 0) : null,
    screenedByPractitioner: screened,
    reasons,
    urgency,
    pathways,
    contacts,
    withheld,
    contentVersion: CONTENT_VERSION,
  };
}

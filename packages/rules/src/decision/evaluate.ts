/**
 * The decision engine. Pure: the same answers and config always give the same decision,
 * and the audience changes only the wording.
 *
 * Order of the rules, first match wins:
 *   1. danger-now = yes                        -> emergency (999 first)
 *   2. any abuse indicator                    -> domestic-abuse (the nation's helpline first)
 *   3. own-behaviour = yes                    -> using-harm (Respect Phoneline first)
 *   4. any safety answer unsure or missing     -> unclear (never read as no)
 *   5. otherwise                              -> conflict, or no-concern when the quality
 *                                                answers show little, mild, resolved arguing
 * On every route but 5, no conflict intervention, joint or couple work or mediation is shown,
 * whatever the council's config says.
 */
import { DEFAULT_CONFIG, type ResolvedConfig } from '../config/resolve.js';
import { DA_HELPLINE_BY_NATION } from '../content/contacts.js';
import type { MessageId } from '../i18n/messages.js';
import { QUALITY_QUESTIONS } from '../content/quality.js';
import { SAFETY_QUESTIONS } from '../content/safety.js';
import { CONTENT_VERSION } from '../content/version.js';
import { situationFromAnswers } from './input.js';
import { message, worded } from '../i18n/messages.js';
import { fill, localise } from '../i18n/text.js';
import { compact } from '../util/compact.js';
import type {
  ActCategory,
  Audience,
  ConflictBand,
  Contact,
  ContactTopic,
  LocalisedText,
  Pathway,
  PathwayFormat,
  PathwayKind,
  Referral,
  Route,
  SafetyAnswer,
  Situation,
} from '../types.js';

export interface EvaluateInput {
  readonly audience?: Audience;
  readonly locale?: string;
  /** Question id -> option value, for safety and quality questions. */
  readonly answers: Readonly<Record<string, string>>;
  readonly situation?: Situation;
}

export interface Finding {
  readonly id: string;
  readonly answer: SafetyAnswer;
  readonly category?: ActCategory;
  readonly categoryLabel?: string;
  readonly concerns: 'danger' | 'victim' | 'own-behaviour';
  readonly text: string;
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
}

export interface DecisionContact {
  readonly id: string;
  readonly name: string;
  readonly phone?: string;
  readonly text?: string;
  readonly url?: string;
  readonly email?: string;
  readonly hours?: string;
  readonly description?: string;
  readonly topics: readonly ContactTopic[];
  readonly status: Contact['status'];
  readonly source?: string;
  readonly verified?: string;
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
  readonly conflict: ConflictBand | null;
  /** The quality score (0 to 15) when every quality question was answered. */
  readonly conflictScore: number | null;
  readonly reasons: readonly string[];
  /** Why the decision is urgent, if it is. Also included in `reasons`. */
  readonly urgency: readonly string[];
  readonly pathways: readonly DecisionPathway[];
  readonly contacts: readonly DecisionContact[];
  /** Switched-on pathways held back for safety on this route (never shown to the family). */
  readonly withheld: readonly string[];
  readonly contentVersion: string;
}

const SEPARATED = new Set(['separating', 'separated']);
const SUPPORTED_FORMATS = new Set<PathwayFormat>(['group', 'one-to-one', 'workshop', 'mediation', 'phone']);

/** The conflict band from quality scores (each 0 to 3): a guide, not a diagnosis. */
export function conflictBand(scores: readonly number[]): ConflictBand {
  const total = scores.reduce((a, b) => a + b, 0);
  const band: ConflictBand = total >= 10 ? 'high' : total >= 5 ? 'moderate' : 'low';
  // One answer at the top of its scale is never "low".
  return band === 'low' && scores.some((s) => s >= 3) ? 'moderate' : band;
}

/** Scores the quality answers; null unless every quality question has a known answer. */
export function qualityScores(answers: Readonly<Record<string, string>>): number[] | null {
  const scores: number[] = [];
  for (const q of QUALITY_QUESTIONS) {
    const option = q.options.find((o) => o.value === answers[q.id]);
    if (option?.score === undefined) return null;
    scores.push(option.score);
  }
  return scores;
}

/** Reads a safety answer: anything but yes or no, including a missing answer, is "unsure". */
function safetyAnswer(answers: Readonly<Record<string, string>>, id: string): SafetyAnswer {
  const a = answers[id];
  return a === 'yes' || a === 'no' ? a : 'unsure';
}

function eligible(p: Pathway, s: Situation): boolean {
  const e = p.eligibility;
  if (e.relationship && !(s.relationship && e.relationship.includes(s.relationship))) return false;
  if (e.stage && !(s.stage && e.stage.includes(s.stage))) return false;
  if (e.conflict && !(s.conflict && e.conflict.includes(s.conflict))) return false;
  if (e.childArrangementsDispute !== undefined && e.childArrangementsDispute !== (s.childArrangementsDispute ?? false))
    return false;
  return true;
}

const isSupported = (p: Pathway) => p.formats.some((f) => SUPPORTED_FORMATS.has(f));

/** May this pathway appear at all on a route? The one place the safety filter lives. */
export function allowedOnRoute(p: Pathway, route: Route, situation: Situation): boolean {
  switch (route) {
    case 'emergency':
    case 'domestic-abuse':
      return p.kind === 'domestic-abuse';
    case 'using-harm':
      return false;
    case 'unclear':
      return p.kind !== 'mediation' && !p.joint;
    case 'conflict':
    case 'no-concern':
      if (p.kind === 'domestic-abuse') return false;
      // Never couple programmes once separating or separated (mediation is for separated parents).
      if (p.joint && p.kind !== 'mediation' && situation.relationship && SEPARATED.has(situation.relationship))
        return false;
      return true;
  }
}

export function evaluate(input: EvaluateInput, config: ResolvedConfig = DEFAULT_CONFIG): Decision {
  const audience: Audience = input.audience === 'practitioner' ? 'practitioner' : 'parent';
  const locale = input.locale ?? 'en';
  const answers = input.answers;
  const say = (id: MessageId, values: Record<string, string> = {}) =>
    fill(message(id, audience, locale, config.strings), values);

  // Safety answers: a missing or unknown answer is "unsure", never "no".
  const findings: Finding[] = [];
  const indicators: string[] = [];
  const unsure: string[] = [];
  for (const q of SAFETY_QUESTIONS) {
    const answer = safetyAnswer(answers, q.id);
    const isIndicator = answer === q.indicator;
    if (answer === 'unsure') unsure.push(q.id);
    if (isIndicator) indicators.push(q.id);
    if (isIndicator || answers[q.id] === 'unsure') {
      findings.push({
        id: q.id,
        answer,
        ...(q.category ? { category: q.category, categoryLabel: say(`category.${q.category}`) } : {}),
        concerns: q.concerns ?? 'victim',
        text:
          isIndicator && q.finding
            ? localise(worded(q.finding, audience), locale)
            : localise(q.topic ?? q.text.parent, locale),
      });
    }
  }
  const is = (id: string, a: SafetyAnswer) => safetyAnswer(answers, id) === a;
  const victim = SAFETY_QUESTIONS.filter((q) => q.concerns === 'victim' && indicators.includes(q.id));
  const dangerYes = is('danger-now', 'yes');
  const dangerUnsure = is('danger-now', 'unsure');
  const ownYes = is('own-behaviour', 'yes');

  // The situation, with the conflict band derived from quality answers when not given.
  const scores = qualityScores(answers);
  const conflictScore = scores ? scores.reduce((a, b) => a + b, 0) : null;
  const given: Situation = { ...situationFromAnswers(answers), ...input.situation };
  const band = given.conflict ?? (scores ? conflictBand(scores) : undefined);
  const situation: Situation = { ...given, ...(band ? { conflict: band } : {}) };
  const separated = situation.relationship !== undefined && SEPARATED.has(situation.relationship);

  let route: Route;
  if (dangerYes) route = 'emergency';
  else if (victim.length > 0) route = 'domestic-abuse';
  else if (ownYes) route = 'using-harm';
  else if (unsure.length > 0) route = 'unclear';
  else if (
    scores &&
    conflictScore !== null &&
    conflictScore <= 3 &&
    Math.max(...scores) <= 1 &&
    !situation.childArrangementsDispute &&
    given.conflict === undefined
  )
    route = 'no-concern';
  else route = 'conflict';

  // Urgency: danger now, and the markers of serious harm.
  const urgency: string[] = [];
  if (dangerYes || dangerUnsure) urgency.push(say('urgent.danger'));
  if (is('strangled', 'yes')) urgency.push(say('urgent.strangled'));
  if (is('threats', 'yes')) urgency.push(say('urgent.threats'));
  const saidUnsure = (id: string) => answers[id] === 'unsure';
  if ((saidUnsure('strangled') || saidUnsure('threats')) && !is('strangled', 'yes') && !is('threats', 'yes'))
    urgency.push(say('urgent.not-sure-marker'));
  if (separated && is('monitoring', 'yes')) urgency.push(say('urgent.stalking'));
  if (separated && is('controlling', 'yes') && (is('physical', 'yes') || is('strangled', 'yes')))
    urgency.push(say('urgent.separation'));
  const urgent = urgency.length > 0;

  // Reasons, in plain words.
  const reasons: string[] = [];
  const victimFindings = findings.filter((f) => f.concerns === 'victim' && f.answer !== 'unsure');
  // Name only the questions actually answered "not sure" (a question never reached, as when
  // someone in danger goes straight to help, still counts as unsure for the route).
  const unsureTopics = SAFETY_QUESTIONS.filter((q) => answers[q.id] === 'unsure').map((q) =>
    localise(q.topic ?? q.text.parent, locale),
  );
  if (route === 'emergency') reasons.push(say('reason.emergency'));
  if (dangerUnsure) reasons.push(say('reason.danger-unsure'));
  if (victim.length > 0) {
    reasons.push(say('reason.domestic-abuse'), ...victimFindings.map((f) => f.text));
    if (ownYes) reasons.push(say('reason.also-using-harm'));
    if (is('children-used', 'yes')) reasons.push(say('reason.children-used'));
  } else if (route === 'using-harm') reasons.push(say('reason.using-harm'));
  if (route === 'unclear') reasons.push(say('reason.unclear'));
  if (unsureTopics.length > 0 && route !== 'conflict' && route !== 'no-concern')
    reasons.push(say('reason.unsure-about', { topics: unsureTopics.join('; ') }));
  if (route === 'conflict') reasons.push(say('reason.conflict'));
  if (route === 'no-concern') reasons.push(say('reason.no-concern'));
  if ((route === 'conflict' || route === 'no-concern') && band)
    reasons.push(say('reason.band', { band: say(`band.${band}`) }));
  reasons.push(...urgency);

  // Pathways: the safety filter, then eligibility, then ranking.
  const withheld: string[] = [];
  const allowed: Pathway[] = [];
  for (const p of config.pathways) {
    if (allowedOnRoute(p, route, situation)) allowed.push(p);
    else if (p.kind !== 'domestic-abuse') withheld.push(p.id);
  }
  const chosen = allowed.filter((p) =>
    route === 'emergency' || route === 'domestic-abuse' || (route === 'unclear' && p.id === 'family-hub-support')
      ? true
      : eligible(p, situation),
  );
  const tier = (p: Pathway) => {
    if (route === 'unclear')
      return p.id === 'family-hub-support' ? 0 : p.kind === 'domestic-abuse' ? 1 : isSupported(p) ? 2 : 3;
    return isSupported(p) ? 0 : 1;
  };
  const ranked = chosen
    .map((p, i) => ({ p, i }))
    .sort((a, b) => tier(a.p) - tier(b.p) || a.i - b.i)
    .map(({ p }) => p);

  const why = (p: Pathway): string[] => {
    const out: string[] = [];
    if (p.kind === 'domestic-abuse') out.push(say('why.domestic-abuse'));
    else if (route === 'unclear' && p.id === 'family-hub-support') out.push(say('why.unclear'));
    else {
      const e = p.eligibility;
      if (e.relationship?.includes('together') && situation.relationship === 'together') out.push(say('why.together'));
      if (e.relationship && separated) out.push(say('why.separating'));
      if (e.stage && situation.stage) out.push(say('why.expecting'));
      if (e.conflict && situation.conflict === 'high') out.push(say('why.conflict-high'));
      if (e.conflict && situation.conflict && situation.conflict !== 'high') out.push(say('why.conflict-low-moderate'));
      if (e.childArrangementsDispute) out.push(say('why.dispute'));
      if (out.length === 0) out.push(say('why.any-parent'));
    }
    if (isSupported(p) && p.kind !== 'domestic-abuse') out.push(say('why.supported'));
    if (!p.builtIn) out.push(say('why.council'));
    return out;
  };

  const pathways: DecisionPathway[] = ranked.map((p) => localisePathway(p, say, locale, why(p)));

  // Contacts: who to call, in order.
  const byId = new Map(config.contacts.map((c) => [c.id, c]));
  const inNation = (c: Contact) => !c.nations || c.nations.includes(config.nation);
  const local = (topic: ContactTopic) =>
    config.contacts.filter((c) => c.status === 'local' && c.topics.includes(topic) && inNation(c));
  const daHelpline = DA_HELPLINE_BY_NATION[config.nation];
  const ids: string[] = [];
  const add = (...list: (string | Contact | undefined)[]) => {
    for (const item of list) {
      const cid = typeof item === 'string' ? item : item?.id;
      if (cid && byId.has(cid) && !ids.includes(cid)) ids.push(cid);
    }
  };
  const specialist = ['mens-advice-line', 'galop', 'karma-nirvana'];
  switch (route) {
    case 'emergency':
      add('emergency-999', daHelpline, ...local('domestic-abuse'), ...specialist);
      break;
    case 'domestic-abuse':
      add(daHelpline, ...(urgent || dangerUnsure ? ['emergency-999'] : []), ...local('domestic-abuse'), ...specialist);
      break;
    case 'using-harm':
      add('respect-phoneline', ...(dangerUnsure ? ['emergency-999'] : []), ...local('using-harm'));
      break;
    case 'unclear':
      add(...(dangerUnsure ? ['emergency-999'] : []), daHelpline, ...local('domestic-abuse'));
      if (is('own-behaviour', 'unsure')) add('respect-phoneline');
      add(...(urgent ? ['emergency-999'] : []), 'mens-advice-line', 'galop', ...local('general'));
      break;
    case 'conflict':
    case 'no-concern':
      add(...local('conflict'), ...local('general'), 'family-lives', 'relate', daHelpline);
      break;
  }
  if (ownYes && route !== 'using-harm') add('respect-phoneline');
  if (is('children-used', 'yes') || (route !== 'conflict' && route !== 'no-concern' && route !== 'unclear'))
    add('nspcc');
  const contacts = ids.map((cid) => localiseContact(byId.get(cid) as Contact, locale));

  return {
    route,
    urgent,
    audience,
    locale,
    nation: config.nation,
    indicators,
    unsure,
    findings,
    conflict: band ?? null,
    conflictScore,
    reasons,
    urgency,
    pathways,
    contacts,
    withheld,
    contentVersion: CONTENT_VERSION,
  };
}

type Say = (id: MessageId, values?: Record<string, string>) => string;

/** A pathway with its texts in one language, as decisions and lists show it. */
function localisePathway(p: Pathway, say: Say, locale: string, why: readonly string[]): DecisionPathway {
  const text = (t: LocalisedText | undefined) => (t ? localise(t, locale) : undefined);
  return compact({
    id: p.id,
    name: localise(p.name, locale),
    provider: text(p.provider),
    description: localise(p.description, locale),
    whoFor: localise(p.whoFor, locale),
    formats: p.formats,
    formatLabels: p.formats.map((f) => say(`format.${f}`)),
    kind: p.kind,
    joint: p.joint,
    supported: isSupported(p),
    council: !p.builtIn,
    cost: text(p.cost),
    duration: text(p.duration),
    access: compact({
      url: p.access.url,
      phone: p.access.phone,
      email: p.access.email,
      referral: p.access.referral,
      referralLabel: p.access.referral ? say(`referral.${p.access.referral}`) : undefined,
      howTo: text(p.access.howTo),
    }),
    why,
  });
}

export interface OfferFilter {
  /** Only what fits this situation: a field that is set must match a pathway's rule for it. */
  readonly situation?: Situation;
  /** Only pathways offered in one of these formats. */
  readonly formats?: readonly PathwayFormat[];
}

export interface Offer {
  /** Domestic abuse support: always listed first and apart, never as one choice among courses. */
  readonly safety: readonly DecisionPathway[];
  /** Everything else the council offers that fits the filter, in the council's order. */
  readonly pathways: readonly DecisionPathway[];
}

/**
 * The council's whole offer, for a page that lists it with no questions asked. A filter narrows it
 * the way a family would ("we have separated"): a pathway whose rules name that field must include
 * the value, couple programmes go once separating, and domestic abuse support is kept apart.
 */
export function offer(
  config: ResolvedConfig = DEFAULT_CONFIG,
  filter: OfferFilter = {},
  options: { audience?: Audience; locale?: string } = {},
): Offer {
  const audience: Audience = options.audience === 'practitioner' ? 'practitioner' : 'parent';
  const locale = options.locale ?? 'en';
  const say: Say = (id, values = {}) => fill(message(id, audience, locale, config.strings), values);
  const s = filter.situation ?? {};
  const e = (p: Pathway) => p.eligibility;
  const fits = (p: Pathway) =>
    allowedOnRoute(p, 'conflict', s) &&
    !(s.relationship && e(p).relationship && !e(p).relationship?.includes(s.relationship)) &&
    !(s.stage && e(p).stage && !e(p).stage?.includes(s.stage)) &&
    !(s.conflict && e(p).conflict && !e(p).conflict?.includes(s.conflict)) &&
    !(
      s.childArrangementsDispute !== undefined &&
      e(p).childArrangementsDispute !== undefined &&
      e(p).childArrangementsDispute !== s.childArrangementsDispute
    ) &&
    !(filter.formats?.length && !p.formats.some((f) => filter.formats?.includes(f)));
  const local = (p: Pathway) => localisePathway(p, say, locale, []);
  return {
    safety: config.pathways.filter((p) => p.kind === 'domestic-abuse').map(local),
    pathways: config.pathways.filter(fits).map(local),
  };
}

/**
 * The safety answers of a family a practitioner has already screened with no concerns: every
 * question answered with its non-indicator value. Only for an explicit confirmation; answers given
 * in the journey are laid over these, so an indicator given later still counts.
 */
export function screenedClearAnswers(): Record<string, SafetyAnswer> {
  return Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, q.indicator === 'no' ? 'yes' : 'no']));
}

/** A contact with its texts in one language, as decisions and elements show it. */
export function localiseContact(c: Contact, locale: string): DecisionContact {
  const text = (t: LocalisedText | undefined) => (t ? localise(t, locale) : undefined);
  return compact({
    id: c.id,
    name: localise(c.name, locale),
    phone: c.phone,
    text: c.text,
    url: c.url,
    email: c.email,
    hours: text(c.hours),
    description: text(c.description),
    topics: c.topics,
    status: c.status,
    source: c.source,
    verified: c.verified,
  });
}

/**
 * The safety floor: what no council config, `strings` override, branding token or odd input can
 * change. Every rule here is defined once and applied by the rules *after* a config is resolved,
 * so a config is trusted for the council's offers, never for the floor:
 *
 * - 999 (with the Silent Solution) leads every emergency, and every result where danger now was
 *   not ruled out ("not sure", or not answered); the nation's domestic abuse helpline leads every
 *   other abuse result and is present on the unclear and using-harm routes.
 * - National contacts are reserved: a council cannot reuse their ids, and its own contacts come
 *   after them.
 * - Nothing joint, couple, mediation or conflict is ever shown on a guarded route (emergency,
 *   domestic abuse, using harm, unclear), whatever a pathway's config says: each pathway's safety
 *   class is derived from everything it declares.
 * - Safety messages (999, the Silent Solution, the helplines, the safety reasons) cannot be
 *   overridden.
 */
import { DA_HELPLINE_BY_NATION, NATIONAL_CONTACTS } from '../content/contacts.js';
import type { Contact, Nation, Pathway, Route } from '../types.js';
import { EMERGENCY_ID, RESPECT_ID } from './protected.js';
import {
  foldAsSeen,
  namedLikeConflictWork,
  namedLikeJointWork,
  offerTexts,
  readsLikeConflictWork,
  readsLikeJointOrConflictWork,
  readsLikeJointWork,
  readsLikeSupportWithPartner,
  textsOf,
} from './joint-work.js';

// What the first screen of an element needs of the floor (its protected words, the reserved ids),
// in a module of its own so that the rest of the floor loads with the rules' journey.
export { EMERGENCY_ID, RESPECT_ID, RESERVED_CONTACT_IDS, isBlankText, isProtectedMessage } from './protected.js';

/** Routes where abuse may be present: only domestic abuse help and general family support. */
export const GUARDED_ROUTES: readonly Route[] = ['emergency', 'domestic-abuse', 'using-harm', 'unclear'];

/** Routes where every safety answer was a clear no: the council's conflict offers may show. */
export const SUPPORT_ROUTES: readonly Route[] = ['conflict', 'no-concern'];

/** True on the routes where abuse may be present. */
export function isGuardedRoute(route: Route): boolean {
  return GUARDED_ROUTES.includes(route);
}

/** Routes where abuse was disclosed: a practitioner is shown the council's referral routes. */
export const ABUSE_ROUTES: readonly Route[] = ['emergency', 'domestic-abuse'];

/** True on the routes where abuse was disclosed. */
export function isAbuseRoute(route: Route): boolean {
  return ABUSE_ROUTES.includes(route);
}

/**
 * What a pathway is, for safety, derived from everything it declares, most restrictive first:
 * - `mediation`: a mediation kind or any mediation format;
 * - `couple`: both parents take part together (joint or couple work), or its name, description
 *   or who it is for reads like couple work or mediation whatever else it says (a council gets a
 *   warning when validating; see `readsLikeJointWork`);
 * - `conflict`: a conflict programme (every default conflict programme is one), or one whose name,
 *   description or who it is for reads like work on parents' conflict or arguing, whatever its kind;
 * - `abuse-support`: domestic abuse support that is none of the above;
 * - `family-support`: general support for a parent on their own (such as a family worker).
 */
export type SafetyClass = 'mediation' | 'couple' | 'conflict' | 'abuse-support' | 'family-support';

export type Classifiable = Pick<Pathway, 'kind' | 'joint' | 'formats'> &
  Partial<Pick<Pathway, 'name' | 'description' | 'whoFor' | 'provider' | 'cost' | 'duration' | 'builtIn'>> & {
    readonly access?: Partial<Pick<Pathway['access'], 'howTo' | 'url' | 'email'>>;
  };

const classes = /* @__PURE__ */ new WeakMap<object, SafetyClass>();

/**
 * Also `couple`: general support whose words put the partner in the room ("on your own or with
 * your partner"), words abuse support uses otherwise ("unsafe with your partner"), so read for
 * support alone; a name that is couple work's ("Relate Northshire") or a conflict programme's
 * ("COPE"), read in names only.
 */
export function safetyClass(p: Classifiable): SafetyClass {
  const known = classes.get(p);
  if (known) return known;
  const texts = offerTexts(p);
  const cls: SafetyClass =
    p.kind === 'mediation' || p.formats.includes('mediation')
      ? 'mediation'
      : p.joint ||
          readsLikeJointWork(...texts) ||
          namedLikeJointWork(p.name, p.provider) ||
          (p.kind === 'support' && readsLikeSupportWithPartner(...texts))
        ? 'couple'
        : p.kind === 'conflict' || readsLikeConflictWork(...texts) || namedLikeConflictWork(p.name, p.provider)
          ? 'conflict'
          : p.kind === 'domestic-abuse'
            ? 'abuse-support'
            : 'family-support';
  classes.set(p, cls);
  return cls;
}

/** The classes of pathway each route may ever show. */
const CLASSES_ON_ROUTE: Readonly<Record<Route, readonly SafetyClass[]>> = {
  emergency: ['abuse-support'],
  'domestic-abuse': ['abuse-support'],
  'using-harm': [],
  unclear: ['abuse-support', 'family-support'],
  conflict: ['conflict', 'couple', 'mediation', 'family-support'],
  'no-concern': ['conflict', 'couple', 'mediation', 'family-support'],
};

/** May a pathway of this class ever show on this route? */
export function classAllowedOnRoute(cls: SafetyClass, route: Route): boolean {
  return CLASSES_ON_ROUTE[route].includes(cls);
}

/**
 * May this pathway ever show on this route? The one place the pathway floor lives: its class
 * (above), and, where a parent is not sure, only the rules' own family support (the family hub,
 * however a council words it) beside abuse support. A council's own general support is shown
 * only once every safety answer was a clear no: its words cannot be known to keep both parents
 * out of the room (a council's "Parenting when Separated" entered as support, a local Relate).
 */
export function floorAllows(p: Classifiable, route: Route): boolean {
  const cls = safetyClass(p);
  return classAllowedOnRoute(cls, route) && !(route === 'unclear' && cls === 'family-support' && p.builtIn === false);
}

const NATIONAL_BY_ID: ReadonlyMap<string, Contact> = /* @__PURE__ */ new Map(NATIONAL_CONTACTS.map((c) => [c.id, c]));

/** The national contact with this id, from the rules' own content (never from a config). */
export function nationalContact(id: string): Contact | undefined {
  return NATIONAL_BY_ID.get(id);
}

/**
 * The contacts that must lead a route, in order, for a nation. Where danger now was not ruled out
 * (answered "not sure", or not answered: never read as "no"), 999 leads whatever else was said:
 * on the domestic abuse route too, before the helpline.
 */
export function leadingContacts(route: Route, nation: Nation, dangerNotRuledOut = false): readonly string[] {
  const helpline = DA_HELPLINE_BY_NATION[nation];
  switch (route) {
    case 'emergency':
      return [EMERGENCY_ID, helpline];
    case 'domestic-abuse':
      return dangerNotRuledOut ? [EMERGENCY_ID, helpline] : [helpline];
    default:
      return dangerNotRuledOut && isGuardedRoute(route) ? [EMERGENCY_ID] : [];
  }
}

/** The contacts a route must show somewhere, for a nation. */
export function requiredContacts(route: Route, nation: Nation): readonly string[] {
  const helpline = DA_HELPLINE_BY_NATION[nation];
  switch (route) {
    case 'emergency':
      return [helpline];
    case 'domestic-abuse':
    case 'unclear':
      return [helpline, EMERGENCY_ID];
    case 'using-harm':
      return [RESPECT_ID, helpline, EMERGENCY_ID];
    default:
      return [];
  }
}

// Words that do not make a name another service's: "Domestic Abuse Helpline 24/7", "The Free
// Live Fear Free Helpline" or "National Domestic Abuse Helpline England" is still the national
// helpline's name (in Welsh too: "Llinell Gymorth ...").
const NOISE: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'national the uk free freephone 24 7 24hr 24h hour hours official helpline phoneline line call england wales scotland northern ireland llinell gymorth genedlaethol ffon am ddim cymru'.split(
    ' ',
  ),
);

/**
 * A name as a person reads it, without the words above, its words in order of the alphabet (so
 * "Refuge National Domestic Abuse Helpline" is "National Domestic Abuse Helpline (Refuge)"), a
 * possessive's "s" kept on its word ("Men's" and "Mens" alike).
 */
const bareName = (name: string): string =>
  foldAsSeen(name)
    .replace(/ s\b/g, 's')
    .split(' ')
    .filter((w) => w && !NOISE.has(w))
    .sort()
    .join(' ');

/**
 * The Welsh names of the national safety contacts, as their pack (`content/packs/cy/contacts.ts`)
 * gives them; a test holds the two the same. Here, not read from the pack, which loads only on a
 * Welsh page: a council's contact in Welsh is checked on every page.
 */
export const SAFETY_NAMES_IN_WELSH: readonly string[] = [
  'Gwasanaethau brys: 999',
  'Llinell Gymorth Genedlaethol Cam-drin Domestig (Refuge)',
  'Llinell Gymorth Byw Heb Ofn',
  'Llinell Gymorth Cam-drin Domestig a Phriodas dan Orfod yr Alban',
  'Llinell Gymorth Cam-drin Domestig a Rhywiol (Gogledd Iwerddon)',
  'Men’s Advice Line (Respect)',
  'Galop: llinell gymorth cam-drin domestig LHDT+',
  'Karma Nirvana: priodas dan orfod a cham-drin ar sail anrhydedd',
  'Llinell Ffôn Respect',
];

/** The national contacts for safety: 999, the domestic abuse helplines, the Respect Phoneline. */
const SAFETY_CONTACTS: readonly Contact[] = /* @__PURE__ */ NATIONAL_CONTACTS.filter((c) =>
  c.topics.some((t) => t === 'emergency' || t === 'domestic-abuse' || t === 'using-harm'),
);
export const SAFETY_CONTACT_IDS: readonly string[] = /* @__PURE__ */ SAFETY_CONTACTS.map((c) => c.id);

// Their names, in English and Welsh, read bare, whole and without what follows "(" or ":"
// ("National Domestic Abuse Helpline"), and "emergency" on its own.
const SAFETY_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  [...SAFETY_CONTACTS.flatMap((c) => Object.values(c.name)), ...SAFETY_NAMES_IN_WELSH, 'Emergency']
    .flatMap((name) => [name, name.split('(')[0] ?? '', name.split(':')[0] ?? ''])
    .map(bareName)
    .filter(Boolean),
);

/** A contact's texts as a config gives them (a string, or one per locale) or as the rules hold them. */
type ContactTexts = {
  readonly id: string;
  readonly name: string | Readonly<Record<string, string>>;
  readonly description?: string | Readonly<Record<string, string>>;
  readonly hours?: string | Readonly<Record<string, string>>;
  readonly url?: string;
  readonly email?: string;
};

/**
 * True for a council's contact named as one of the national safety contacts, in English or Welsh
 * (a look-alike with another number), or with 999 in its name.
 */
export function posesAsNationalContact(c: ContactTexts): boolean {
  return (
    !NATIONAL_BY_ID.has(c.id) &&
    textsOf([c.name]).some((name) => SAFETY_NAMES.has(bareName(name)) || ` ${foldAsSeen(name)} `.includes(' 999 '))
  );
}

/** True for a council's contact that reads like couple work, mediation or conflict work: never beside abuse. */
export function contactReadsLikeJointOrConflictWork(c: ContactTexts): boolean {
  return (
    readsLikeJointOrConflictWork(c.name, c.description, c.hours, c.url, c.email) ||
    namedLikeJointWork(c.name) ||
    namedLikeConflictWork(c.name)
  );
}

/**
 * The contacts of a route with the floor applied: national ids always mean the national contact
 * (a look-alike from anywhere else is dropped, and so is a council's contact named as a national
 * safety contact), on a route where abuse may be present a council's contact that reads like
 * couple work, mediation or conflict work is dropped, the leading contacts come first in their
 * order, and the required ones are present. Local contacts keep their relative order after them.
 */
export function enforceContacts(
  route: Route,
  nation: Nation,
  contacts: readonly Contact[],
  { dangerNotRuledOut = false }: { readonly dangerNotRuledOut?: boolean } = {},
): Contact[] {
  const guarded = isGuardedRoute(route);
  const genuine = contacts.filter((c) =>
    NATIONAL_BY_ID.has(c.id)
      ? c === nationalContact(c.id)
      : !posesAsNationalContact(c) && !(guarded && contactReadsLikeJointOrConflictWork(c)),
  );
  const lead = leadingContacts(route, nation, dangerNotRuledOut).map((id) => nationalContact(id) as Contact);
  const rest = genuine.filter((c) => !lead.includes(c));
  const missing = requiredContacts(route, nation)
    .map((id) => nationalContact(id) as Contact)
    .filter((c) => !lead.includes(c) && !rest.includes(c));
  return [...lead, ...missing, ...rest];
}

/** The pathways of a route with the floor applied: only those the route may show (`floorAllows`). */
export function enforcePathways<P extends Classifiable>(route: Route, pathways: readonly P[]): P[] {
  return pathways.filter((p) => floorAllows(p, route));
}

/**
 * The builder's own words for webmasters (English): a label and a hint for the settings, by where
 * they are in the config. The settings themselves, their allowed values and their rules come from
 * the schema; a setting with no words here is labelled from its name, and a `description` in the
 * schema is shown as its hint.
 */
import { DEFAULT_QUICK_EXIT_URL, DEFAULT_SAFE_BROWSING_URL } from '@rpc-kit/rules';
import type { Path } from './edit.js';
import { fieldKind, nodeAt, type SchemaNode } from './schema.js';

export interface Words {
  readonly label?: string;
  readonly hint?: string;
  /** The name of one item of a list, as in "Add a service". */
  readonly item?: string;
  /** A long text: a text area rather than a one-line box. */
  readonly long?: boolean;
  /** The kind of box: changes the keyboard on phones. */
  readonly input?: 'url' | 'tel' | 'email' | 'text';
}

const LINK = 'A full link, starting with https://';

/**
 * Words by place. A key is the path with list positions as `[]` and names a council chooses
 * (default pathway ids, languages, message ids) as `*`; the last one or two parts match too.
 */
const WORDS: Readonly<Record<string, Words>> = {
  $schema: {
    label: 'Link to the JSON Schema (for editors)',
    hint: 'Lets a code editor check the file as you type, for example "config.schema.json".',
  },
  council: { label: 'Your council' },
  'council.name': { label: 'Council name' },
  'council.url': { label: 'Council web page', hint: LINK, input: 'url' },
  nation: {
    label: 'Nation',
    hint: 'Chooses the domestic abuse helpline shown first. If not set: England.',
  },
  locales: {
    label: 'Languages you publish',
    hint: 'If you tick none, English and Welsh are both offered.',
    item: 'language',
  },
  quickExit: { label: 'Quick exit' },
  'quickExit.url': {
    label: 'Where the quick exit goes',
    hint: `A neutral website that gives nothing away. If not set: ${DEFAULT_QUICK_EXIT_URL}`,
    input: 'url',
  },
  'quickExit.safeBrowsingUrl': {
    label: 'Advice on browsing safely',
    hint: `A page on covering your tracks online. If not set: ${DEFAULT_SAFE_BROWSING_URL}`,
    input: 'url',
  },
  'pathways.allDefaults': {
    label: 'Start with every default pathway on?',
    hint: 'If not set: yes. No means a default pathway is off unless you switch it on above.',
  },
  'pathways.defaults.*.eligibility': {
    label: 'Who it is suggested for',
    hint: 'Anything you set here replaces the pathway’s own rules below, all of them.',
  },
  'pathways.custom': {
    label: 'Your own offers',
    item: 'offer',
    hint: 'Courses, groups and support your council runs beyond the defaults. The screener and signposter suggest each to the families it fits.',
  },
  'pathways.order': {
    label: 'Order of preference',
    item: 'pathway id',
    hint: 'Pathway ids, first preferred first. The rest follow in their usual order. Safety decides what is shown; this only decides the order.',
  },
  'pathways.custom[].id': {
    label: 'Id',
    hint: 'Lower-case letters, digits and hyphens, unique, for example "northshire-dads-group". Used in links and events.',
  },
  'pathways.custom[].kind': {
    label: 'What kind of offer is it?',
    hint: 'Decides where it may ever appear: conflict support and mediation are never shown where abuse may be present.',
  },
  'pathways.custom[].joint': {
    label: 'Do both parents take part together?',
    hint: 'Couple or joint work. If not set: yes, the safe default (never shown where abuse may be present).',
  },
  'pathways.custom[].enabled': {
    label: 'Switched on?',
    hint: 'Choose no to keep it in the file but not show it, for example between terms. If not set: yes.',
  },
  'pathways.defaults.*.enabled': { label: 'Switched on?' },
  services: {
    label: 'Services',
    item: 'service',
    hint: 'Local services the help finder lists, with filters and posters. A domestic abuse service here appears in the help finder, not in the screener’s result: for that, add an offer of the kind “domestic abuse” or a contact.',
  },
  contacts: {
    label: 'Contacts',
    item: 'contact',
    hint: 'Your own phone numbers and links, shown with the results. A contact with the id of a national one replaces it.',
  },
  'contacts[].id': {
    label: 'Id',
    hint: 'Lower-case letters, digits and hyphens, unique, like "northshire-family-hub".',
  },
  'services[].id': {
    label: 'Id',
    hint: 'Lower-case letters, digits and hyphens, unique, like "northshire-family-hub".',
  },
  'contacts[].topics': { label: 'When to show it', hint: 'The results it belongs with.' },
  'contacts[].nations': { label: 'Nations served', hint: 'If you tick none: all of the UK.' },
  'contacts[].text': { label: 'Number for text messages', input: 'tel' },
  'contacts[].source': { label: 'Where these details came from' },
  'contacts[].verified': { label: 'Date last checked', hint: 'Like 2026-11-22.' },
  referrals: { label: 'Referral routes for practitioners' },
  'referrals.domesticAbuse': {
    label: 'Your local domestic abuse service',
    hint: 'Shown to practitioners when the check finds signs of abuse.',
  },
  'referrals.marac': { label: 'MARAC, for high risk', hint: 'Shown to practitioners when the risk may be high.' },
  branding: { label: 'Branding' },
  'branding.preset': { label: 'Colours', hint: 'Close to GOV.UK or NHS colours, or plain.' },
  'branding.tokens': {
    label: 'Your own colours and sizes',
    item: 'token',
    hint: 'CSS custom properties such as --rpc-colour-link with a value such as #005eb8. See the theming guide for the names.',
  },
  strings: {
    label: 'Change the wording',
    item: 'language',
    hint: 'Replace a sentence the elements show, per language. The safety wording is checked like everything else.',
  },
  'strings.*': { item: 'sentence' },
  name: { label: 'Name' },
  provider: { label: 'Who runs it' },
  description: { label: 'Description', long: true },
  whoFor: { label: 'Who it is for' },
  formats: { label: 'Formats' },
  cost: { label: 'Cost' },
  duration: { label: 'How long it takes' },
  access: { label: 'How to get it', hint: 'At least one way in: a web page, phone, email or how-to.' },
  url: { label: 'Web page', hint: LINK, input: 'url' },
  phone: { label: 'Phone number', input: 'tel' },
  email: { label: 'Email address', input: 'email' },
  hours: { label: 'Opening hours' },
  howTo: { label: 'How to join or refer', long: true },
  referral: { label: 'Who can refer' },
  eligibility: {
    label: 'Who it is suggested for',
    hint: 'Suggested only when everything you set matches what the family said. Set nothing to suggest it to every family.',
  },
  relationship: { label: 'Relationship' },
  stage: { label: 'Children’s stage' },
  conflict: { label: 'How much conflict' },
  childArrangementsDispute: { label: 'A dispute over child arrangements?' },
  needs: { label: 'What it helps with' },
  areas: { label: 'Areas served', item: 'area' },
  address: { label: 'Address' },
  minAge: { label: 'Youngest age served' },
  maxAge: { label: 'Oldest age served' },
  enabled: { label: 'Switched on?' },
};

/** Labels of allowed values, by value. A value not here is shown from its own name. */
const VALUE_LABELS: Readonly<Record<string, string>> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
  digital: 'Online course',
  group: 'Group',
  'one-to-one': 'One-to-one',
  workshop: 'Workshop',
  mediation: 'Mediation',
  phone: 'Phone',
  conflict: 'Conflict support',
  support: 'General support',
  'domestic-abuse': 'Domestic abuse',
  self: 'People sign up themselves',
  practitioner: 'A practitioner refers',
  'self-or-practitioner': 'Either',
  together: 'Together',
  separating: 'Separating',
  separated: 'Separated',
  expecting: 'Expecting a baby',
  baby: 'Baby',
  child: 'Child',
  teen: 'Teenager',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  emergency: 'Emergency',
  'using-harm': 'Worried about their own behaviour',
  children: 'Children',
  general: 'General',
  'conflict-together': 'Arguing a lot, while together',
  'new-baby': 'Expecting or a new baby',
  'children-wellbeing': 'Children’s wellbeing',
  govuk: 'GOV.UK',
  nhs: 'NHS',
  plain: 'Plain',
  en: 'English',
  cy: 'Welsh (Cymraeg)',
};

/** Hints for allowed values where the choice matters for safety. */
const VALUE_HINTS: Readonly<Record<string, string>> = {
  'pathways.custom[].kind=conflict':
    'Courses and support for parents in conflict. Never shown where abuse may be present.',
  'pathways.custom[].kind=support': 'Help any parent can use, such as a Family Hub worker.',
  'pathways.custom[].kind=mediation': 'Always treated as joint work: never shown where abuse may be present.',
  'pathways.custom[].kind=domestic-abuse':
    'A specialist domestic abuse service: shown when there are signs of abuse, never as joint work.',
};

/** The place of a path in the schema: list positions as `[]`, names a council chooses as `*`. */
export function placeOf(root: SchemaNode, path: Path): string[] {
  const parts: string[] = [];
  let node: SchemaNode | undefined = root;
  for (const seg of path) {
    const kind = fieldKind(node);
    if (kind.kind === 'switch-or-object') node = kind.object;
    if (typeof seg === 'number') {
      parts.push('[]');
      node = node?.items;
    } else if (node?.properties && seg in node.properties) {
      parts.push(seg);
      node = node.properties[seg];
    } else {
      parts.push('*');
      node = typeof node?.additionalProperties === 'object' ? node.additionalProperties : undefined;
    }
  }
  return parts;
}

const joinPlace = (parts: readonly string[]): string =>
  parts.reduce((out, p) => (p === '[]' ? `${out}[]` : out ? `${out}.${p}` : p), '');

/** The words for a setting: the most specific match wins, field by field. */
export function wordsFor(root: SchemaNode, path: Path): Words {
  const parts = placeOf(root, path);
  const keys = [joinPlace(parts)];
  // The last two parts ("access.url"), then the last name ("url").
  const named = parts.filter((p) => p !== '[]' && p !== '*');
  if (named.length >= 2) keys.push(named.slice(-2).join('.'));
  if (named.length >= 1) keys.push(named[named.length - 1]!);
  const found = keys.map((k) => WORDS[k]).filter((w): w is Words => w !== undefined);
  const merged: Words = Object.assign({}, ...[...found].reverse());
  const description = nodeAt(root, path)?.description;
  return description && !merged.hint ? { ...merged, hint: description } : merged;
}

/** A label made from a setting's name: "safeBrowsingUrl" reads "Safe browsing url". */
export function humanise(name: string): string {
  const words = name
    .replace(/^\$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : name;
}

export const labelFor = (root: SchemaNode, path: Path): string => {
  const words = wordsFor(root, path);
  const last = path[path.length - 1];
  return words.label ?? humanise(String(last ?? 'Config'));
};

export const valueLabel = (value: string): string => VALUE_LABELS[value] ?? humanise(value);

export const valueHint = (root: SchemaNode, path: Path, value: string): string | undefined =>
  VALUE_HINTS[`${joinPlace(placeOf(root, path))}=${value}`];

/**
 * The config in plain words for webmasters: what each setting does, which elements read it, and
 * what each allowed value means. Typed against the config and its lists of values, so a new
 * setting or value does not compile until it is described here; docs/config-reference.md is
 * generated from this and the schema (scripts/generate-config-reference.mjs), and CI fails when
 * that file is out of date. Data only, in its own entry (`@rpc-kit/rules/reference`), so no element
 * file carries it.
 */
import type { ContactTopic, ConflictBand, Nation, Need, PathwayFormat, PathwayKind, Referral } from '../types.js';
import type { Relationship, Stage } from '../types.js';
import type { ConfigInput } from './schema.js';
import type { Preset } from './tokens.js';

/** The elements that read a council's config. */
export const CONFIG_READERS = [
  'rpc-screener',
  'rpc-da-check',
  'rpc-signposter',
  'rpc-help-finder',
  'rpc-practice-audit',
] as const;
export type ConfigReader = (typeof CONFIG_READERS)[number];

export interface SettingReference {
  /** What it does, in a sentence or two. */
  readonly what: string;
  /** The elements that read it (none: only editors or the config builder). */
  readonly readBy: readonly ConfigReader[];
  /** What happens when it is not set. */
  readonly unset?: string;
}

const ALL: readonly ConfigReader[] = CONFIG_READERS;
const FAMILY: readonly ConfigReader[] = ['rpc-screener', 'rpc-da-check', 'rpc-signposter', 'rpc-help-finder'];

/** Every top-level setting, and the parts of them that elements read differently. */
export const SETTING_REFERENCE: { readonly [K in keyof Required<ConfigInput>]: SettingReference } & Readonly<
  Record<string, SettingReference>
> = {
  $schema: {
    what: 'A link to the JSON Schema, so a code editor checks the file as you type. No element reads it.',
    readBy: [],
  },
  council: {
    what: 'Your council: its name (in each language) and web page.',
    readBy: ['rpc-practice-audit'],
    unset: 'no council name is shown.',
  },
  'council.name': {
    what: 'Shown at the top of the practice audit’s report. The config builder shows it too.',
    readBy: ['rpc-practice-audit'],
  },
  'council.url': {
    what: 'Your council’s web page. No element shows it yet: it is kept for the report and for people reading the file.',
    readBy: [],
  },
  nation: {
    what: 'Chooses the national domestic abuse helpline shown first, and the default pathways’ words (Family Hubs are in England only). Your own contacts with `nations` are shown only in the nations they name.',
    readBy: FAMILY,
    unset: '`england`.',
  },
  locales: {
    what: 'The languages you publish. The elements speak English or Welsh by the page’s `lang` (or the element’s own), not by this; the config builder uses it to choose which language boxes to show.',
    readBy: [],
    unset: 'English and Welsh.',
  },
  quickExit: {
    what: 'Where the quick exit (“Exit this page”, or Shift pressed three times) goes, and the advice on browsing safely linked beside it.',
    readBy: FAMILY,
  },
  'quickExit.url': {
    what: 'A neutral website that gives nothing away, starting with `https://` (never `tel:` or `mailto:`).',
    readBy: FAMILY,
    unset: 'https://www.bbc.co.uk/weather',
  },
  'quickExit.safeBrowsingUrl': {
    what: 'A page of advice on covering your tracks online, offered before the quick exit is first used.',
    readBy: FAMILY,
    unset: 'https://www.womensaid.org.uk/cover-your-tracks/',
  },
  pathways: {
    what: 'The offers families are pointed to: the default pathways (each on unless you switch it off), your own offers, and their order. The screener and the signposter suggest the ones that fit a family; the DA check names them for practitioners; the practice audit lists them as the courses and pathways to record.',
    readBy: ['rpc-screener', 'rpc-da-check', 'rpc-signposter', 'rpc-practice-audit'],
  },
  'pathways.allDefaults': {
    what: '`false` starts with every default pathway off, so only the ones you switch on with `true` under `defaults` are offered.',
    readBy: ['rpc-screener', 'rpc-da-check', 'rpc-signposter', 'rpc-practice-audit'],
    unset: '`true`: every default pathway is on unless you switch it off.',
  },
  'pathways.defaults': {
    what: 'Per default pathway, by its id: `false` switches it off, `true` keeps it on, or an object changes its words, links and who it is for (its kind and whether both parents take part cannot change).',
    readBy: ['rpc-screener', 'rpc-da-check', 'rpc-signposter', 'rpc-practice-audit'],
    unset: 'the pathway is on (unless `allDefaults` is `false`), with its own words.',
  },
  'pathways.custom': {
    what: 'Your own offers. Each has a `kind`, which decides where it may ever appear. A domestic abuse service you want in the screener’s result goes here, with `"kind": "domestic-abuse"`.',
    readBy: ['rpc-screener', 'rpc-da-check', 'rpc-signposter', 'rpc-practice-audit'],
  },
  'pathways.order': {
    what: 'Pathway ids in your order of preference. Safety decides what is shown; this only decides the order.',
    readBy: ['rpc-screener', 'rpc-da-check', 'rpc-signposter'],
    unset: 'the order of the list above: the defaults, then your own.',
  },
  referrals: {
    what: 'Where practitioners refer: your local domestic abuse service and your MARAC route. Shown by the DA check when it finds signs of abuse or high risk.',
    readBy: ['rpc-da-check'],
    unset: 'the DA check shows the national helplines only.',
  },
  services: {
    what: 'Local services, listed by the help finder with filters and on its posters. **Only the help finder reads them**: a domestic abuse service listed here appears in the help finder, never in the screener’s result. For the screener, add it under `pathways.custom` with `"kind": "domestic-abuse"`, or under `contacts` with the topic `domestic-abuse`.',
    readBy: ['rpc-help-finder'],
  },
  contacts: {
    what: 'Your own phone numbers and links, shown with the results after the national helplines, by their topics. The national contacts (999, the helplines) are always shown and cannot be replaced: a contact with one of their ids is refused.',
    readBy: FAMILY,
  },
  strings: {
    what: 'The elements’ words, per language: a message id and your text. The safety messages (999, the helplines, the reasons) cannot be changed.',
    readBy: ALL,
    unset: 'the elements’ own words.',
  },
  branding: {
    what: 'Colours and sizes: a preset and any tokens (CSS custom properties). Text and the helplines must stay readable (contrast of at least 4.5:1, text of at least 14px).',
    readBy: ALL,
    unset: 'the `govuk` preset.',
  },
};

/** What each allowed value means, by the name of the setting that takes it. */
export const VALUE_MEANINGS: {
  readonly nation: Readonly<Record<Nation, string>>;
  readonly formats: Readonly<Record<PathwayFormat, string>>;
  readonly kind: Readonly<Record<PathwayKind, string>>;
  readonly referral: Readonly<Record<Referral, string>>;
  readonly topics: Readonly<Record<ContactTopic, string>>;
  readonly needs: Readonly<Record<Need, string>>;
  readonly relationship: Readonly<Record<Relationship, string>>;
  readonly stage: Readonly<Record<Stage, string>>;
  readonly conflict: Readonly<Record<ConflictBand, string>>;
  readonly preset: Readonly<Record<Preset, string>>;
} = {
  nation: {
    england: 'England: the National Domestic Abuse Helpline first; Family Hubs named as the way in.',
    wales: 'Wales: Live Fear Free first; the council’s family support named instead of Family Hubs.',
    scotland:
      'Scotland: Scotland’s Domestic Abuse and Forced Marriage Helpline first; the council’s family support named.',
    'northern-ireland':
      'Northern Ireland: the Domestic and Sexual Abuse Helpline first; the council’s family support named.',
  },
  formats: {
    digital: 'An online course people take on their own, at their own pace.',
    group: 'A group that meets, in person or online, with a leader.',
    'one-to-one': 'One-to-one help from a practitioner.',
    workshop: 'A one-off or short workshop.',
    mediation:
      'Family mediation: a mediator helps parents agree plans. Never shown where abuse may be present; never allowed for domestic abuse support.',
    phone: 'Help by phone.',
  },
  kind: {
    conflict:
      'Reducing parental conflict support (courses and help with arguing). Never shown where abuse may be present.',
    support:
      'General family support. Shown where it fits once every safety answer is a clear no; never where abuse may be present, nor beside a "not sure" (there, only the family hub and domestic abuse support); if both parents take part together (`joint`), treated as couple work.',
    mediation: 'Family mediation. Never shown where abuse may be present, and only for parents who live apart.',
    'domestic-abuse':
      'Specialist domestic abuse support. Shown with the domestic abuse helpline when there is a sign of abuse; never joint work or mediation.',
  },
  referral: {
    self: 'People sign up themselves.',
    practitioner: 'A practitioner (a family worker, health visitor, teacher) refers them.',
    'self-or-practitioner': 'Either: people sign up themselves or are referred.',
  },
  topics: {
    emergency:
      'For danger now. Not shown by any element yet: the emergency result shows 999, the national helpline and your `domestic-abuse` contacts. Give an emergency contact the topic `domestic-abuse` too.',
    'domestic-abuse':
      'Shown where there is a sign of domestic abuse, or danger now, or an unclear answer about safety: after 999 and the national helpline. The signposter shows it with the helplines.',
    'using-harm': 'Shown to someone worried about their own behaviour, after the Respect Phoneline.',
    children:
      'For children’s wellbeing. Not shown by any element yet (the NSPCC is shown where children are affected): give it the topic `general` or `conflict` too.',
    conflict: 'Shown with the results about arguing (conflict, or no concern), and in the signposter’s list.',
    general:
      'Shown with the results about arguing and with an unclear result about safety, and in the signposter’s list.',
  },
  needs: {
    'conflict-together': 'Arguing a lot, while together: the help finder’s filter for couples.',
    separating: 'Separating or separated parents.',
    'new-baby': 'Expecting or with a new baby.',
    'domestic-abuse': 'Domestic abuse: listed apart, with the helpline, and kept out of the other filters’ lists.',
    'children-wellbeing': 'Children’s wellbeing.',
  },
  relationship: {
    together: 'The parents are together.',
    separating: 'The parents are separating.',
    separated: 'The parents have separated.',
  },
  stage: {
    expecting: 'Expecting a baby.',
    baby: 'A baby.',
    child: 'A child.',
    teen: 'A teenager.',
  },
  conflict: {
    low: 'Low conflict: occasional disagreements.',
    moderate: 'Moderate conflict.',
    high: 'High conflict: frequent, intense arguments that are not resolved.',
  },
  preset: {
    govuk: 'Colours and type close to GOV.UK’s.',
    nhs: 'Colours close to the NHS’s.',
    plain: 'A base for your own tokens: today it has the same defaults as `govuk`.',
  },
};

/**
 * A council's config as the rules use it (`ResolvedConfig`), the defaults' addresses, and what an
 * element holds before a council's config is checked (`FIRST_SCREEN_CONFIG`). Apart from
 * `resolve.ts`, so that the default pathways and the resolver stay out of an element's first load.
 */
import { NATIONAL_CONTACTS } from '../content/contacts.js';
import type { MessageId } from '../i18n/messages.js';
import type { Preset } from './tokens.js';
import type { Access, Contact, LocalisedText, Nation, Pathway, Service } from '../types.js';

export interface ResolvedConfig {
  readonly nation: Nation;
  readonly locales: readonly string[];
  readonly council?: { readonly name: LocalisedText; readonly url?: string };
  readonly quickExitUrl: string;
  readonly safeBrowsingUrl: string;
  /** Every pathway that is switched on, in the council's order of preference. */
  readonly pathways: readonly Pathway[];
  /** National contacts (reserved: never replaced), then the council's own. */
  readonly contacts: readonly Contact[];
  readonly services: readonly Service[];
  /** Practitioners' referral routes: the local domestic abuse service and MARAC. */
  readonly referrals: { readonly domesticAbuse?: Access; readonly marac?: Access };
  readonly strings: Readonly<Record<string, Partial<Record<MessageId, string>>>>;
  readonly branding: { readonly preset: Preset; readonly tokens: Readonly<Record<string, string>> };
}

/** Where the quick exit goes unless the council says otherwise (as GOV.UK's Exit this page). */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';
/** Advice on browsing safely, offered before the quick exit is first used. */
export const DEFAULT_SAFE_BROWSING_URL = 'https://www.womensaid.org.uk/cover-your-tracks/';

/**
 * What an element holds before a council's config is checked (config validation loads beside the
 * first paint): `DEFAULT_CONFIG` without its pathways, which no first screen shows. A result is
 * never worked out from it: the elements' journey uses the nation's defaults in its place
 * (`defaultConfigFor`).
 */
export const FIRST_SCREEN_CONFIG: ResolvedConfig = {
  nation: 'england',
  locales: ['en', 'cy'],
  quickExitUrl: DEFAULT_QUICK_EXIT_URL,
  safeBrowsingUrl: DEFAULT_SAFE_BROWSING_URL,
  pathways: [],
  contacts: NATIONAL_CONTACTS,
  services: [],
  referrals: {},
  strings: {},
  branding: { preset: 'govuk', tokens: {} },
};

const firstScreenByNation: Partial<Record<Nation, ResolvedConfig>> = { england: FIRST_SCREEN_CONFIG };

/**
 * `FIRST_SCREEN_CONFIG` in a council's nation (its domestic abuse helpline first): what an element
 * holds when its config cannot be checked (the check's file did not load), so that a Welsh
 * council's page still shows Live Fear Free, with no resolver in the element's first load. The
 * same object for a nation each time; like `FIRST_SCREEN_CONFIG`, no result is worked out from it
 * (`isFirstScreenConfig`).
 */
export const firstScreenConfigFor = (nation: Nation): ResolvedConfig =>
  (firstScreenByNation[nation] ??= { ...FIRST_SCREEN_CONFIG, nation });

/** Whether a config is the first screen's (with no pathways), in any nation: a result uses the nation's defaults instead. */
export const isFirstScreenConfig = (config: ResolvedConfig): boolean => firstScreenByNation[config.nation] === config;

/**
 * Resolving a valid council config onto the defaults. No zod here: an element or a backend that
 * only evaluates answers with the defaults does not pay for the schema.
 */
import { defaultPathwaysFor } from '../content/pathways.js';
import { NATIONAL_CONTACTS } from '../content/contacts.js';
import type { ConfigInput, LocalisedInput } from './schema.js';
import type { Access, Contact, LocalisedText, Nation, Pathway, PathwayFormat, Service } from '../types.js';
import { compact } from '../util/compact.js';
import { RESERVED_CONTACT_IDS } from '../safety/protected.js';
import { DEFAULT_QUICK_EXIT_URL, DEFAULT_SAFE_BROWSING_URL, type ResolvedConfig } from './defaults.js';

export { DEFAULT_QUICK_EXIT_URL, DEFAULT_SAFE_BROWSING_URL, type ResolvedConfig };

const toText = (value: LocalisedInput): LocalisedText =>
  (typeof value === 'string' ? { en: value } : value) as LocalisedText;
const toTextOpt = (value: LocalisedInput | undefined): LocalisedText | undefined =>
  value === undefined ? undefined : toText(value);

type AccessInput = NonNullable<NonNullable<NonNullable<ConfigInput['pathways']>['custom']>[number]['access']>;
const toAccess = (a: AccessInput): Access => compact({ ...a, howTo: toTextOpt(a.howTo) });

/** The council's pathways: the defaults in its nation's words with its changes, then its own. */
function resolvePathways(input: ConfigInput['pathways'], nation: Nation): Pathway[] {
  const allDefaults = input?.allDefaults ?? true;
  const patches = input?.defaults ?? {};
  const chosen: Pathway[] = [];
  for (const p of defaultPathwaysFor(nation)) {
    const patch = patches[p.id as keyof typeof patches];
    const on = patch === undefined ? allDefaults : typeof patch === 'boolean' ? patch : (patch.enabled ?? true);
    if (!on) continue;
    if (patch === undefined || typeof patch === 'boolean') {
      chosen.push(p);
      continue;
    }
    chosen.push(
      compact({
        ...p,
        name: toTextOpt(patch.name) ?? p.name,
        provider: toTextOpt(patch.provider) ?? p.provider,
        description: toTextOpt(patch.description) ?? p.description,
        whoFor: toTextOpt(patch.whoFor) ?? p.whoFor,
        formats: (patch.formats as PathwayFormat[] | undefined) ?? p.formats,
        cost: toTextOpt(patch.cost) ?? p.cost,
        duration: toTextOpt(patch.duration) ?? p.duration,
        access: patch.access ? toAccess(patch.access) : p.access,
        eligibility: patch.eligibility ?? p.eligibility,
      }),
    );
  }
  for (const c of input?.custom ?? []) {
    if (c.enabled === false) continue;
    chosen.push(
      compact({
        id: c.id,
        builtIn: false,
        name: toText(c.name),
        provider: toTextOpt(c.provider),
        description: toText(c.description),
        whoFor: toTextOpt(c.whoFor) ?? toText(c.description),
        formats: c.formats,
        kind: c.kind,
        // Unless the council says it is not, assume an offer is joint work: the safe default.
        // (Domestic abuse support is never joint: validation refuses "joint": true for it.)
        joint: c.kind === 'mediation' ? true : (c.joint ?? c.kind !== 'domestic-abuse'),
        cost: toTextOpt(c.cost),
        duration: toTextOpt(c.duration),
        access: toAccess(c.access),
        eligibility: c.eligibility ?? {},
      }),
    );
  }
  const order = new Map((input?.order ?? []).map((id, i) => [id, i] as const));
  const rank = (p: Pathway) => order.get(p.id) ?? order.size;
  // A stable sort: the council's order first, then the catalogue's.
  return chosen
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
}

function resolveContacts(input: ConfigInput['contacts']): Contact[] {
  const local = (input ?? []).map((c): Contact =>
    compact({
      ...c,
      name: toText(c.name),
      description: toTextOpt(c.description),
      hours: toTextOpt(c.hours),
      status: 'local' as const,
    }),
  );
  // National contacts are reserved (validation refuses a council contact with one of their ids):
  // they always come first, as the rules have them, and the council's own come after.
  return [...NATIONAL_CONTACTS, ...local.filter((c) => !RESERVED_CONTACT_IDS.has(c.id))];
}

/** Resolves a config that has passed validation onto the defaults. */
export function resolveValidConfig(config: ConfigInput): ResolvedConfig {
  const nation = config.nation ?? 'england';
  return compact({
    nation,
    locales: config.locales ?? ['en', 'cy'],
    council: config.council ? compact({ name: toText(config.council.name), url: config.council.url }) : undefined,
    quickExitUrl: config.quickExit?.url ?? DEFAULT_QUICK_EXIT_URL,
    safeBrowsingUrl: config.quickExit?.safeBrowsingUrl ?? DEFAULT_SAFE_BROWSING_URL,
    pathways: resolvePathways(config.pathways, nation),
    contacts: resolveContacts(config.contacts),
    services: (config.services ?? []).map((s): Service =>
      compact({
        ...s,
        name: toText(s.name),
        description: toTextOpt(s.description),
        whoFor: toTextOpt(s.whoFor),
        hours: toTextOpt(s.hours),
        cost: toTextOpt(s.cost),
      }),
    ),
    strings: config.strings ?? {},
    referrals: compact({
      domesticAbuse: config.referrals?.domesticAbuse ? toAccess(config.referrals.domesticAbuse) : undefined,
      marac: config.referrals?.marac ? toAccess(config.referrals.marac) : undefined,
    }),
    branding: { preset: config.branding?.preset ?? 'govuk', tokens: config.branding?.tokens ?? {} },
  });
}

/** The config with every default on: what is used with no config at all. */
export const DEFAULT_CONFIG: ResolvedConfig = resolveValidConfig({});

const defaultByNation: Partial<Record<Nation, ResolvedConfig>> = { [DEFAULT_CONFIG.nation]: DEFAULT_CONFIG };

/** The config with every default on, in a nation (its pathways and helpline): `DEFAULT_CONFIG` for England. The same object each time. */
export const defaultConfigFor = (nation: Nation): ResolvedConfig =>
  (defaultByNation[nation] ??= resolveValidConfig({ nation }));

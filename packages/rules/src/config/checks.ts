/**
 * Checks across the fields of a council config that a schema cannot express, and the checks of
 * the safety floor: a config is trusted for the council's offers, never for the floor. Each
 * problem is one line at its JSON path. Every check is linear in the size of the config.
 */
import { DEFAULT_PATHWAYS } from '../content/pathways.js';
import {
  contactReadsLikeJointOrConflictWork,
  isBlankText,
  isProtectedMessage,
  posesAsNationalContact,
  RESERVED_CONTACT_IDS,
  safetyClass,
  type Classifiable,
} from '../safety/floor.js';
import { jointOrConflictWords, offerTexts, type Texts } from '../safety/joint-work.js';
import { problemAt, type Problem } from '../util/problems.js';
import type { ConfigInput } from './schema.js';
import { suggestKey } from './suggest.js';
import { checkBranding } from './token-checks.js';

const DEFAULT_IDS: ReadonlySet<string> = /* @__PURE__ */ new Set(DEFAULT_PATHWAYS.map((p) => p.id));
const DEFAULT_DA_IDS = /* @__PURE__ */ DEFAULT_PATHWAYS.filter((p) => p.kind === 'domestic-abuse').map((p) => p.id);

type Custom = NonNullable<NonNullable<ConfigInput['pathways']>['custom']>[number];

/** Unique ids, known ids in `order`, sane ages. */
function idChecks(config: ConfigInput, problems: Problem[]): void {
  const custom = config.pathways?.custom ?? [];
  const seen = new Set<string>();
  custom.forEach((p, i) => {
    if (DEFAULT_IDS.has(p.id)) {
      problems.push(
        problemAt(
          ['pathways', 'custom', i, 'id'],
          `"${p.id}" is a default pathway: change it under pathways.defaults instead`,
        ),
      );
    } else if (seen.has(p.id)) {
      problems.push(problemAt(['pathways', 'custom', i, 'id'], `"${p.id}" is used twice`));
    }
    seen.add(p.id);
  });
  const known = new Set([...DEFAULT_IDS, ...seen]);
  (config.pathways?.order ?? []).forEach((pid, i) => {
    if (!known.has(pid)) {
      const hint = suggestKey(pid, [...DEFAULT_IDS]);
      problems.push(
        problemAt(['pathways', 'order', i], `"${pid}" is not a pathway${hint ? ` (did you mean "${hint}"?)` : ''}`),
      );
    }
  });
  for (const list of ['contacts', 'services'] as const) {
    const ids = new Set<string>();
    (config[list] ?? []).forEach((item, i) => {
      if (ids.has(item.id)) problems.push(problemAt([list, i, 'id'], `"${item.id}" is used twice`));
      ids.add(item.id);
    });
  }
  (config.services ?? []).forEach((s, i) => {
    if (s.minAge !== undefined && s.maxAge !== undefined && s.minAge > s.maxAge) {
      problems.push(problemAt(['services', i, 'maxAge'], 'must not be less than minAge'));
    }
  });
}

// Words a council may reword that are shown beside abuse support and the helplines (an offer's
// labels, the result's headings over offers, why an offer is shown): never couple, mediation or
// conflict work, and never a phone number (the helplines' numbers are the ones shown).
const BESIDE_ABUSE_PREFIXES = ['format.', 'referral.', 'ui.pathway.'];
const BESIDE_ABUSE_IDS = [
  'ui.result.pathways',
  'ui.result.why',
  'ui.da-check.referral-route',
  'why.council',
  'why.supported',
];
const besideAbuse = (id: string) =>
  BESIDE_ABUSE_IDS.includes(id) || BESIDE_ABUSE_PREFIXES.some((p) => id.startsWith(p));
const PHONE_LIKE = /\d(?:[\s().-]*\d){5,}|\b999\b/;

/** The safety floor: national contacts reserved, abuse support never joint or mediation, safety words fixed. */
function floorChecks(config: ConfigInput, problems: Problem[]): void {
  (config.contacts ?? []).forEach((c, i) => {
    if (RESERVED_CONTACT_IDS.has(c.id))
      problems.push(
        problemAt(
          ['contacts', i, 'id'],
          `"${c.id}" is a national contact's id: national contacts cannot be changed or replaced. Give your contact its own id`,
        ),
      );
    else if (posesAsNationalContact(c))
      problems.push(
        problemAt(
          ['contacts', i, 'name'],
          'is the name of a national helpline or of 999: the national contacts are always shown with their own numbers. Give your contact its own name',
        ),
      );
  });

  const abuseSupportFormats = (formats: readonly string[] | undefined, path: PropertyKey[]) =>
    (formats ?? []).forEach((f, j) => {
      if (f === 'mediation')
        problems.push(
          problemAt(
            [...path, 'formats', j],
            'domestic abuse support cannot be mediation: mediation is not safe where there is abuse',
          ),
        );
    });
  (config.pathways?.custom ?? []).forEach((p: Custom, i) => {
    if (p.kind !== 'domestic-abuse') return;
    if (p.joint === true)
      problems.push(
        problemAt(
          ['pathways', 'custom', i, 'joint'],
          'domestic abuse support cannot be joint or couple work: set "joint": false, or give this offer another kind',
        ),
      );
    abuseSupportFormats(p.formats, ['pathways', 'custom', i]);
  });
  const defaults = config.pathways?.defaults ?? {};
  for (const id of DEFAULT_DA_IDS) {
    const patch = Object.hasOwn(defaults, id) ? defaults[id as keyof typeof defaults] : undefined;
    if (patch && typeof patch === 'object') abuseSupportFormats(patch.formats, ['pathways', 'defaults', id]);
  }

  // The DA check's referral routes, shown to a practitioner beside a disclosure of abuse.
  for (const key of ['domesticAbuse', 'marac'] as const) {
    const route = config.referrals?.[key];
    const words = route && jointOrConflictWords(route.howTo, route.url, route.email);
    if (words)
      problems.push(
        problemAt(
          ['referrals', key],
          `reads like couple work, mediation or conflict work (it says "${words}"): a referral route for abuse cannot be, as they are not safe where there is abuse. Give your local domestic abuse service's or MARAC's route`,
        ),
      );
  }

  for (const [locale, table] of Object.entries(config.strings ?? {})) {
    for (const [id, value] of Object.entries(table ?? {})) {
      const beside = typeof value === 'string' && besideAbuse(id);
      const words = beside ? jointOrConflictWords(value) : undefined;
      if (isProtectedMessage(id))
        problems.push(
          problemAt(
            ['strings', locale, id],
            'is a safety message (999, the helplines, the quick exit, what stays private, a safety reason or the referral summary) and cannot be changed: remove this override',
          ),
        );
      else if (words || (beside && PHONE_LIKE.test(value)))
        problems.push(
          problemAt(
            ['strings', locale, id],
            `is shown beside the domestic abuse helplines and cannot ${words ? `read like couple work, mediation or conflict work (it says "${words}")` : 'hold a phone number'}: reword it, or remove this override`,
          ),
        );
      else if (typeof value === 'string' && isBlankText(value))
        problems.push(
          problemAt(
            ['strings', locale, id],
            'is blank (only spaces or invisible characters): write the words, or remove this override',
          ),
        );
    }
  }

  problems.push(...checkBranding(config.branding?.preset ?? 'govuk', config.branding?.tokens ?? {}));
}

const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The safety floor's checks on a config that did not pass the schema, reading only the parts that
 * have the right shape: so a webmaster sees a reserved id, a safety message or an unreadable
 * colour in the same run as a typo, not one fix later.
 */
export function looseFloorChecks(raw: unknown): Problem[] {
  const root = obj(raw) ?? {};
  const branding = obj(root.branding) ?? {};
  const tokens = Object.fromEntries(
    Object.entries(obj(branding.tokens) ?? {}).filter(([, v]) => typeof v === 'string'),
  ) as Record<string, string>;
  const strings = Object.fromEntries(
    Object.entries(obj(root.strings) ?? {}).map(([k, v]) => [k, obj(v) ?? {}]),
  ) as ConfigInput['strings'];
  const shaped = {
    contacts: arr(root.contacts).map((c) => ({ id: String(obj(c)?.id ?? '') })),
    pathways: {
      custom: arr(obj(root.pathways)?.custom).map((p) => {
        const o = obj(p) ?? {};
        return { kind: o.kind, joint: o.joint, formats: arr(o.formats).filter((f) => typeof f === 'string') };
      }),
      defaults: Object.fromEntries(
        Object.entries(obj(obj(root.pathways)?.defaults) ?? {}).map(([k, v]) => [
          k,
          obj(v) ? { formats: arr(obj(v)!.formats).filter((f) => typeof f === 'string') } : v,
        ]),
      ),
    },
    strings,
    branding: {
      preset: ['govuk', 'nhs', 'plain'].includes(branding.preset as string) ? branding.preset : 'govuk',
      tokens,
    },
  } as unknown as ConfigInput;
  const problems: Problem[] = [];
  floorChecks(shaped, problems);
  return problems;
}

/** Problems that make a config invalid. */
export function crossChecks(config: ConfigInput): Problem[] {
  const problems: Problem[] = [];
  idChecks(config, problems);
  floorChecks(config, problems);
  return problems;
}

/**
 * The default pathways a config leaves on without saying so: on only because it does not switch
 * them off (no entry under `pathways.defaults`, and `allDefaults` not `false`). A council may not
 * run them, and families are offered them all the same. Reads any input, valid or not, so the
 * config builder can list them while a form is half filled in. Only pathways: 999 and the national
 * helplines are contacts of the safety floor, never switchable, and never listed here.
 */
export function defaultPathwaysOnUnsaid(input: unknown): string[] {
  const pathways = obj(obj(input)?.pathways);
  if (pathways?.allDefaults === false) return [];
  const defaults = obj(pathways?.defaults) ?? {};
  return DEFAULT_PATHWAYS.map((p) => p.id).filter((id) => !Object.hasOwn(defaults, id));
}

/** The warning that names the default pathways on without a choice, if there are any. */
function unsaidDefaultsWarning(input: unknown): Problem[] {
  const ids = defaultPathwaysOnUnsaid(input);
  if (!ids.length) return [];
  const them = ids.length === 1 ? 'it' : 'them';
  return [
    problemAt(
      ['pathways', 'defaults'],
      `${ids.length === 1 ? '1 default pathway is' : `${ids.length} default pathways are`} on only because the config does not switch ${them} off, so families will be offered ${them}: ${ids.join(', ')}. Set each one your council does not run to false (for example "${ids[0]}": false) and each one it runs to true (999 and the national helplines are not pathways: they always show)`,
    ),
  ];
}

/**
 * Things a council should look at that do not make the config invalid: default pathways on only
 * because the config does not switch them off, and an offer whose words read like couple work or
 * mediation while it is not marked as such. (The offer's safety class comes
 * from what it declares, so it would still be shown where couple work may show; if it is couple
 * work or mediation, say so, so it is kept away from any sign of abuse.)
 */
export function configWarnings(config: ConfigInput): Problem[] {
  const warnings = unsaidDefaultsWarning(config);
  // Which words did it, so the council knows what to reword.
  const saying = (texts: Texts) => {
    const words = jointOrConflictWords(...texts);
    return words ? ` (it says "${words}")` : '';
  };
  (config.pathways?.custom ?? []).forEach((p: Custom, i) => {
    const declared =
      p.kind === 'mediation' || p.formats.includes('mediation') || (p.joint ?? p.kind !== 'domestic-abuse');
    // The class the floor gives it, from its words and its name as much as what it declares.
    const cls = safetyClass(p as unknown as Classifiable);
    if (!declared && cls === 'couple')
      warnings.push(
        problemAt(
          ['pathways', 'custom', i],
          `reads like couple work or mediation${saying(offerTexts(p))} but is marked "joint": false, so it is treated as couple work: it is never offered where there may be abuse, nor to separated parents. If both parents do not take part, reword it; if it is mediation, set "kind": "mediation"`,
        ),
      );
    else if (p.kind !== 'conflict' && cls === 'conflict')
      warnings.push(
        problemAt(
          ['pathways', 'custom', i],
          `reads like work on parents' conflict or arguing${saying(offerTexts(p))}, so it is treated as conflict work: it is never offered beside a sign of abuse or a "not sure" answer. If it is not about conflict, reword it`,
        ),
      );
  });
  (config.contacts ?? []).forEach((c, i) => {
    if (!RESERVED_CONTACT_IDS.has(c.id) && contactReadsLikeJointOrConflictWork(c))
      warnings.push(
        problemAt(
          ['contacts', i],
          `reads like couple work, mediation or conflict work${saying([c.name, c.description, c.hours, c.url, c.email])}, so it is not shown where there may be abuse (nor on a "not sure" answer). If it is not, reword it`,
        ),
      );
  });
  const defaults = config.pathways?.defaults ?? {};
  for (const id of DEFAULT_DA_IDS) {
    const patch = Object.hasOwn(defaults, id) ? defaults[id as keyof typeof defaults] : undefined;
    if (patch && typeof patch === 'object' && jointOrConflictWords(...offerTexts(patch)))
      warnings.push(
        problemAt(
          ['pathways', 'defaults', id],
          `domestic abuse support that reads like couple work, mediation or conflict work${saying(offerTexts(patch))} is treated as such and never shown beside the helpline: describe specialist domestic abuse support only`,
        ),
      );
  }
  return warnings;
}

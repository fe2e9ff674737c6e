/**
 * A directory of local services for a help finder: thousands of services (an Open Referral UK
 * feed, or a council's config) filtered on every keystroke. Everything a filter needs is worked
 * out once per service, when it is added (its words folded, whether it belongs with the domestic
 * abuse services), so each filter is one plain scan that keeps the input order; typing on, each
 * keystroke scans only what the last one found. Services can be added as a feed is mapped, a
 * slice at a time, without indexing again those already in.
 */
import type { Need, Service } from '../types.js';
import { foldText, searchStem } from './fold.js';
import { isMediationFormat, readsLikeJointOrConflictWork } from '../safety/joint-work.js';

/** Who a family is looking for help for. */
export type ForWhom = 'parents' | 'children';

export interface DirectoryQuery {
  /** Only services that meet this need. */
  readonly need?: Need;
  /**
   * `parents`: leaves out services only for under-18s (maxAge below 18).
   * `children`: leaves out services only for adults (minAge 18 or more).
   * Services without ages are for everyone.
   */
  readonly forWhom?: ForWhom;
  /** An area or town, as listed in `areas`: matched, ignoring case and accents, on a service's areas or address. */
  readonly area?: string;
  /** Words typed by a person: every word must appear in the service's names, description, who it is for, areas or address. */
  readonly text?: string;
  /**
   * A result with a sign of abuse, danger or a "not sure" is on the page (another element's
   * guarded route): `main` leaves out every couple, joint, mediation or conflict service (see
   * `isJointOrConflictService`), as the safety floor leaves such offers out of that result.
   */
  readonly guarded?: boolean;
}

export interface Directory {
  /** The services, as given (the same array until services are added), then those added. */
  readonly services: readonly Service[];
  /** The distinct areas and towns of all services, sorted for a select. */
  readonly areas: readonly string[];
  /** The services that match every part of the query, in their input order. */
  filter(query?: DirectoryQuery): Service[];
  /**
   * What a help finder shows for a query: domestic abuse services always apart (whatever need is
   * chosen, filtered by the rest of the query), and the other services that match. When the need
   * chosen is domestic abuse, only the abuse services. One pass over the services.
   */
  sections(query?: DirectoryQuery): DirectorySections;
  /**
   * Adds services after those already in (a feed's next slice), leaving out any whose id is
   * already in; only the new ones are indexed. Returns the services added.
   */
  add(services: readonly Service[]): Service[];
}

export interface DirectorySections {
  readonly abuse: readonly Service[];
  readonly main: readonly Service[];
}

/** The words of a query, folded. */
function words(value: string): string[] {
  return foldText(value)
    .split(' ')
    .filter((w) => w.length > 0);
}

/** A Collator for the locale, or for English where the locale is not a valid tag. */
function collator(locale: string): Intl.Collator {
  try {
    return new Intl.Collator(locale, { sensitivity: 'base' });
  } catch {
    return new Intl.Collator('en', { sensitivity: 'base' });
  }
}

interface Entry {
  readonly service: Service;
  /** Folded names, description, who-for, areas and address, padded with spaces. */
  readonly haystack: string;
  /** Folded areas, each padded with spaces (" pen y mor "). */
  readonly areas: readonly string[];
  /** Folded address, padded with spaces ('' when there is none). */
  readonly address: string;
  /** It belongs in the domestic abuse panel (see `isDomesticAbuseService`). */
  readonly abuse: boolean;
  /** Couple, joint, mediation or conflict work (`isJointOrConflictService`): worked out when first asked. */
  joint?: boolean;
}

/** An area or town folded and padded for a whole match: " pen y mor ". */
const areaKey = (area: string): string => ` ${foldText(area).trim()} `;

function entryOf(service: Service): Entry {
  const areas = service.areas ?? [];
  const address = service.address ? ` ${foldText(service.address)} ` : '';
  const text = [
    ...Object.values(service.name),
    ...Object.values(service.description ?? {}),
    ...Object.values(service.whoFor ?? {}),
  ].join(' ');
  const areaKeys = areas.map(areaKey);
  return {
    service,
    // One flat string (join), not a template literal: V8 keeps a template's pieces as a rope, and
    // the first search then flattened 5,000 of them in one keystroke (14 ms at 4x; now 2 ms).
    haystack: ['', foldText(text), ...areaKeys, address, ''].join(' '),
    areas: areaKeys,
    address,
    abuse: isDomesticAbuseService(service),
  };
}

/** What a query asks of every service but its need, folded once. */
interface Scan {
  readonly forWhom: ForWhom | undefined;
  readonly area: string;
  /** The typed words, folded and cut to their stems (`searchStem`), as one string ('' for none). */
  readonly text: string;
}

const scanOf = (query: DirectoryQuery): Scan => ({
  forWhom: query.forWhom,
  area: areaKey(query.area ?? ''),
  text: query.text ? words(query.text).map(searchStem).join(' ') : '',
});

/**
 * Builds a directory over the services (kept as given, duplicates too); `locale` sorts the areas
 * list (default English). `add` puts more in later.
 */
export function createDirectory(services: readonly Service[], locale = 'en'): Directory {
  let all: readonly Service[] = services;
  const entries: Entry[] = services.map(entryOf);
  const ids = new Set(services.map((s) => s.id));

  // Each area once, by its folded key, spelt as it first appears; sorted when next asked for.
  const byKey = new Map<string, string>();
  let sorted: string[] | undefined;
  const addAreas = (from: readonly Entry[]) => {
    for (const { service, areas: keys } of from) {
      keys.forEach((key, i) => {
        if (key !== '  ' && !byKey.has(key)) {
          byKey.set(key, (service.areas as readonly string[])[i]!.trim());
          sorted = undefined;
        }
      });
    }
  };
  addAreas(entries);
  const compare = collator(locale).compare;

  /** The last scan: typing on (the same filters, the text longer) only looks through what it found. */
  let last: { scan: Scan; size: number; found: Entry[] } | undefined;

  /** The entries that pass every part of the query but its need. */
  function scan(query: DirectoryQuery): Entry[] {
    const next = scanOf(query);
    const narrower =
      last !== undefined &&
      last.size === entries.length &&
      last.scan.forWhom === next.forWhom &&
      last.scan.area === next.area &&
      next.text.startsWith(last.scan.text);
    const pool = narrower ? last!.found : entries;
    const wanted = next.text ? next.text.split(' ') : [];
    const { forWhom, area } = next;
    const found: Entry[] = [];
    for (const e of pool) {
      const s = e.service;
      if (forWhom === 'parents' && s.maxAge !== undefined && s.maxAge < 18) continue;
      if (forWhom === 'children' && s.minAge !== undefined && s.minAge >= 18) continue;
      if (area !== '  ' && !e.areas.includes(area) && !e.address.includes(area)) continue;
      if (!wanted.every((w) => e.haystack.includes(w))) continue;
      found.push(e);
    }
    last = { scan: next, size: entries.length, found };
    return found;
  }

  function filter(query: DirectoryQuery = {}): Service[] {
    const { need } = query;
    const out: Service[] = [];
    for (const e of scan(query)) if (!need || e.service.needs.includes(need)) out.push(e.service);
    return out;
  }

  function sections(query: DirectoryQuery = {}): DirectorySections {
    const { need } = query;
    const abuse: Service[] = [];
    const main: Service[] = [];
    for (const e of scan(query)) {
      if (e.abuse) abuse.push(e.service);
      else if (need !== 'domestic-abuse' && (!need || e.service.needs.includes(need))) {
        if (query.guarded && (e.joint ??= isJointOrConflictService(e.service))) continue;
        main.push(e.service);
      }
    }
    return { abuse, main };
  }

  function add(more: readonly Service[]): Service[] {
    const added = more.filter((s) => {
      if (ids.has(s.id)) return false;
      ids.add(s.id);
      return true;
    });
    const fresh = added.map(entryOf);
    all = all.concat(added);
    for (const e of fresh) entries.push(e);
    addAreas(fresh);
    return added;
  }

  return {
    get services() {
      return all;
    },
    get areas() {
      return (sorted ??= [...byKey.values()].sort(compare));
    },
    filter,
    sections,
    add,
  };
}

/**
 * True for a service that belongs in the domestic abuse panel: its need is domestic abuse, and
 * it is not couple or joint work, mediation or conflict work (`isJointOrConflictService`: a
 * "couples therapy" service whose text mentions domestic abuse, or one also listed for arguing
 * together, is not abuse support, and never sits beside the helpline). As a pathway's safety
 * class, the most restrictive thing it declares wins.
 */
export function isDomesticAbuseService(service: Service): boolean {
  return service.needs.includes('domestic-abuse') && !isJointOrConflictService(service);
}

/**
 * True for a service that must never sit beside a sign of abuse: one for arguing or conflict
 * (the `conflict-together` need), delivered as mediation, or whose words read like couple or joint
 * work, mediation or conflict work (in any of its languages, however it is written).
 */
export function isJointOrConflictService(service: Service): boolean {
  return (
    service.needs.includes('conflict-together') ||
    isMediationFormat(service.formats) ||
    readsLikeJointOrConflictWork(service.name, service.description, service.whoFor, service.hours, service.cost)
  );
}

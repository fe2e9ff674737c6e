/**
 * A directory of local services for a help finder: thousands of services (an Open Referral UK
 * feed, or a council's config) filtered on every keystroke. Everything a filter needs is worked
 * out once in `createDirectory`, so each filter is one plain scan that keeps the input order.
 */
import type { Need, Service } from '../types.js';
import { foldText } from './fold.js';
import { isMediationFormat, readsLikeJointWork } from '../safety/joint-work.js';

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
}

export interface Directory {
  /** The services, as given. */
  readonly services: readonly Service[];
  /** The distinct areas and towns of all services, sorted for a select. */
  readonly areas: readonly string[];
  /** The services that match every part of the query, in their input order. */
  filter(query?: DirectoryQuery): Service[];
  /**
   * What a help finder shows for a query: domestic abuse services always apart (whatever need is
   * chosen, filtered by the rest of the query), and the other services that match. When the need
   * chosen is domestic abuse, only the abuse services.
   */
  sections(query?: DirectoryQuery): DirectorySections;
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
  return { service, haystack: ` ${foldText(text)} ${areaKeys.join(' ')} ${address} `, areas: areaKeys, address };
}

/** Builds a directory over the services; `locale` sorts the areas list (default English). */
export function createDirectory(services: readonly Service[], locale = 'en'): Directory {
  const entries = services.map(entryOf);

  // Each area once, by its folded key, spelt as it first appears.
  const byKey = new Map<string, string>();
  for (const { service, areas: keys } of entries) {
    keys.forEach((key, i) => {
      if (key !== '  ' && !byKey.has(key)) byKey.set(key, (service.areas as readonly string[])[i]!.trim());
    });
  }
  const areas = [...byKey.values()].sort(collator(locale).compare);

  function filter(query: DirectoryQuery = {}): Service[] {
    const { need, forWhom } = query;
    const area = areaKey(query.area ?? '');
    const wanted = query.text ? words(query.text) : [];
    const out: Service[] = [];
    for (const e of entries) {
      const s = e.service;
      if (need && !s.needs.includes(need)) continue;
      if (forWhom === 'parents' && s.maxAge !== undefined && s.maxAge < 18) continue;
      if (forWhom === 'children' && s.minAge !== undefined && s.minAge >= 18) continue;
      if (area !== '  ' && !e.areas.includes(area) && !e.address.includes(area)) continue;
      if (!wanted.every((w) => e.haystack.includes(w))) continue;
      out.push(s);
    }
    return out;
  }

  function sections(query: DirectoryQuery = {}): DirectorySections {
    const { need, ...rest } = query;
    const abuse = filter({ ...rest, need: 'domestic-abuse' }).filter(isDomesticAbuseService);
    const main = need === 'domestic-abuse' ? [] : filter(query).filter((s) => !isDomesticAbuseService(s));
    return { abuse, main };
  }

  return { services, areas, filter, sections };
}

/**
 * True for a service that belongs in the domestic abuse panel: its need is domestic abuse, and
 * it is not couple or joint work or mediation (a "couples therapy" service whose text mentions
 * domestic abuse is not abuse support, and never sits beside the helpline).
 */
export function isDomesticAbuseService(service: Service): boolean {
  return (
    service.needs.includes('domestic-abuse') &&
    !isMediationFormat(service.formats) &&
    !readsLikeJointWork(service.name, service.description, service.whoFor)
  );
}

/** One Open Referral UK service (v1 or v3) mapped onto a `Service`. */
import type { Need, Service } from '../../types.js';
import { compact } from '../../util/compact.js';
import { costText } from './cost.js';
import { hoursText } from './hours.js';
import { age, distinct, email, httpLink, list, obj, phone, prose, str, type Json } from './json.js';
import { needsInText } from './keywords.js';

/** Area names longer than this are sentences about the area, not names to choose from. */
const MAX_AREA_NAME = 60;

/** A v3 address may be postal or virtual: only a physical one says where to go. */
function isPhysical(address: Json): boolean {
  const type = str(address.address_type)?.toLowerCase();
  return type === undefined || type === 'physical';
}

function addressOf(address: Json): string | undefined {
  const parts = distinct([
    prose(address.address_1, 200),
    prose(address.address_2, 200),
    prose(address.city, 100),
    prose(address.postal_code, 20),
  ]);
  return parts.length ? parts.join(', ') : undefined;
}

/**
 * The needs of a service, from the first source that names any: its taxonomy terms, then its
 * name, then its description. Going source by source keeps a description's passing mention
 * ("not suitable where there is domestic abuse") from re-labelling a couples service.
 */
function needsOf(taxonomy: readonly string[], name: string, description: string | undefined): Need[] {
  for (const text of [taxonomy.join(' | '), name, description ?? '']) {
    const needs = needsInText(text);
    if (needs.length) return needs;
  }
  return [];
}

function mapService(s: Json): Service | null {
  const id = str(s.id);
  const name = prose(s.name, 200);
  if (!id || !name) return null;
  const status = str(s.status)?.toLowerCase();
  if (status === 'inactive' || status === 'defunct') return null;

  const organization = obj(s.organization);
  const contacts = list(s.contacts);
  const sals = list(s.service_at_locations);
  const locations = sals.map((sal) => obj(sal.location)).filter((l): l is Json => l !== undefined);
  const addresses = locations.flatMap((l) => [...list(l.physical_addresses), ...list(l.addresses)]).filter(isPhysical);
  const eligibilitys = list(s.eligibilitys);

  const description = prose(s.description);
  const taxonomy = [
    ...list(s.service_taxonomys).map((t) => str(obj(t.taxonomy)?.name)),
    ...list(s.attributes).map((a) => str(obj(a.taxonomy_term)?.name)),
  ].filter((t): t is string => t !== undefined);

  const phoneNumber = [
    ...list(s.phones),
    ...contacts.flatMap((c) => list(c.phones)),
    ...locations.flatMap((l) => list(l.phones)),
  ]
    .map((p) => phone(p.number))
    .find(Boolean);

  const mins = [age(s.minimum_age), ...eligibilitys.map((e) => age(e.minimum_age))].filter((a) => a !== undefined);
  const maxes = [age(s.maximum_age), ...eligibilitys.map((e) => age(e.maximum_age))].filter((a) => a !== undefined);
  const minAge = mins.length ? Math.min(...mins) : undefined;
  const top = maxes.length ? Math.max(...maxes) : undefined;
  // A maximum of 0, or one below the minimum, is a blank in the source, not a limit.
  const maxAge = top !== undefined && top > 0 && top >= (minAge ?? 0) ? top : undefined;

  const whoFor = distinct([
    prose(s.eligibility_description, 500),
    ...eligibilitys.map((e) => prose(e.eligibility, 500)),
  ]);

  // The service's own schedules, or else those of its first location that has any.
  const schedules =
    [
      [s.regular_schedules, s.schedules],
      ...sals.map((sal) => {
        const location = obj(sal.location) ?? {};
        return [
          sal.regular_schedule,
          sal.regular_schedules,
          sal.schedules,
          location.regular_schedules,
          location.schedules,
        ];
      }),
    ]
      .map((sources) => sources.flatMap(list))
      .find((found) => found.length > 0) ?? [];

  const towns = addresses.map((a) => prose(a.city, 100));
  const areas = distinct([
    ...list(s.service_areas).map((a) => prose(a.service_area, 200) ?? prose(a.name, 200)),
    ...towns,
  ]).filter((a) => a.length <= MAX_AREA_NAME);

  return compact({
    id,
    name: { en: name },
    description: description ? { en: description } : undefined,
    needs: needsOf(taxonomy, name, description),
    whoFor: whoFor.length ? { en: whoFor.join('; ') } : undefined,
    areas: areas.length ? areas : undefined,
    address: addresses.map(addressOf).find(Boolean),
    url: [s.url, organization?.url, organization?.website].map(httpLink).find(Boolean),
    phone: phoneNumber,
    email: [s.email, ...contacts.map((c) => c.email), organization?.email].map(email).find(Boolean),
    hours: hoursText(schedules),
    cost: costText(list(s.cost_options), prose(s.fees_description, 500) ?? prose(s.fees, 500)),
    minAge,
    maxAge,
  } satisfies Service);
}

/**
 * Maps one ORUK service (v1 or v3) onto a `Service`. Null, meaning "skip it", when it has no
 * usable id or name or its status is inactive or defunct. Never throws.
 */
export function mapOrukService(raw: unknown): Service | null {
  try {
    const s = obj(raw);
    return s ? mapService(s) : null;
  } catch {
    // Only an exotic object (a getter that throws, a revoked proxy) gets here: skip it.
    return null;
  }
}

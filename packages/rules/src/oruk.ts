/**
 * Open Referral UK (ORUK, the UK profile of the Human Services Data Specification) feeds: a
 * council's `/services` API, or a static export of it, mapped onto our `Service`.
 *
 * Two shapes are in the wild, and both are read:
 * - ORUK v1 (the LGA standard): paged as `{ content, totalPages, number, size, first, last }`;
 *   `contacts[].phones[]`, `regular_schedules[]`, `eligibilitys[]`, `service_taxonomys[].taxonomy`,
 *   `service_at_locations[].location.physical_addresses[]`, `fees`.
 * - ORUK v3 / HSDS 3: paged as `{ contents, total_pages, page_number, size, first_page, last_page }`;
 *   `phones[]`, `schedules[]`, `minimum_age`/`maximum_age`, `attributes[].taxonomy_term`,
 *   `service_at_locations[].location.addresses[]`, `fees_description`.
 *
 * Feeds are typed by hand in many different tools, so every field is read defensively: a
 * missing, null, blank or wrongly typed field is left out, never guessed, and nothing throws.
 */
import { foldText } from './directory.js';
import { isSafeLink } from './links.js';
import { NEEDS, type LocalisedText, type Need, type Service } from './types.js';

type Json = Readonly<Record<string, unknown>>;

/**
 * The words and phrases that give a service each need, matched whole (a plural "s" allowed),
 * ignoring case, accents and punctuation. Data, so it can be reviewed and extended.
 */
export const NEED_KEYWORDS: Readonly<Record<Need, readonly string[]>> = {
  'domestic-abuse': ['domestic abuse', 'domestic violence', 'coercive', 'refuge', 'idva'],
  'conflict-together': [
    'parental conflict',
    'relationship support',
    'relationships support',
    'relationship counselling',
    'couples',
    'couple relationship',
    'couple counselling',
    'couple support',
    'arguing',
  ],
  separating: [
    'separation',
    'separating',
    'separated',
    'divorce',
    'divorcing',
    'co-parenting',
    'coparenting',
    'parenting apart',
    'mediation',
    'child arrangements',
  ],
  'new-baby': [
    'pregnancy',
    'pregnant',
    'antenatal',
    'ante-natal',
    'perinatal',
    'postnatal',
    'post-natal',
    'new baby',
    'newborn',
    'new born',
    'infant feeding',
    'infant mental health',
    'bump',
  ],
  'children-wellbeing': [
    "children's mental health",
    'child mental health',
    "young people's mental health",
    'youth mental health',
    "children's wellbeing",
    "children's well-being",
    "young people's wellbeing",
    "young people's well-being",
    'youth wellbeing',
    "children's emotional health",
    "young people's emotional health",
    'camhs',
    'young carer',
  ],
};

/** Folded for keyword matching: "Children's" and "childrens" both become "childrens". */
const keywordFold = (text: string): string => foldText(text).replace(/ s(?= |$)/g, 's');

/** Each need with its keywords folded and padded, whole and plural: " refuge ", " refuges ". */
const FOLDED_KEYWORDS: readonly (readonly [Need, readonly string[]])[] = NEEDS.map((need) => [
  need,
  NEED_KEYWORDS[need].flatMap((k) => {
    const folded = keywordFold(k).trim();
    return [` ${folded} `, ` ${folded}s `];
  }),
]);

/** The needs whose keywords appear in a text, in the order of NEEDS. */
export function needsInText(text: string): Need[] {
  const hay = ` ${keywordFold(text)} `;
  const needs: Need[] = [];
  for (const [need, keywords] of FOLDED_KEYWORDS) if (keywords.some((k) => hay.includes(k))) needs.push(need);
  return needs;
}

// ---------------------------------------------------------------------------------------------
// Reading loosely typed JSON

const obj = (value: unknown): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;

/** The objects of a list; a lone object counts as a list of one, anything else as none. */
function list(value: unknown): Json[] {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.map(obj).filter((x): x is Json => x !== undefined);
}

/** A trimmed, non-blank string (a finite number is written out), or undefined. */
function str(value: unknown): string | undefined {
  const s = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof s !== 'string') return undefined;
  const trimmed = s.trim();
  return trimmed === '' ? undefined : trimmed;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  nbsp: ' ',
};

/** Text a person reads: HTML tags dropped, common entities decoded, whitespace collapsed, capped in length. */
function prose(value: unknown, max = 2000): string | undefined {
  let text = typeof value === 'string' ? value : '';
  if (/[<&]/.test(text)) {
    text = text
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, name: string) => ENTITIES[name] as string);
  }
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A number, or a string that is only a number ("16", "5.00"). */
function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : undefined;
}

/** An age in whole years, 0 to 120. */
function age(value: unknown): number | undefined {
  const n = num(value);
  return n !== undefined && n >= 0 && n <= 120 ? Math.floor(n) : undefined;
}

/** Distinct strings, compared folded, first spelling kept. */
function distinct(values: readonly (string | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const key = v === undefined ? '' : foldText(v).trim();
    if (key && !seen.has(key)) seen.set(key, v as string);
  }
  return [...seen.values()];
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

const httpLink = (value: unknown): string | undefined => {
  const s = str(value);
  return s && /^https?:/i.test(s) && isSafeLink(s) ? s : undefined;
};
const email = (value: unknown): string | undefined => {
  const s = str(value);
  return s && s.length <= 254 && EMAIL.test(s) ? s : undefined;
};
/** A phone number as written ("01234 567890 (option 2)"): kept as text when it has at least 3 digits. */
const phone = (value: unknown): string | undefined => {
  const s = str(value)?.replace(/\s+/g, ' ');
  return s && s.length <= 40 && (s.match(/\d/g) ?? []).length >= 3 ? s : undefined;
};

// ---------------------------------------------------------------------------------------------
// Opening hours

const DAY_CODES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_CY = ['Llun', 'Mawrth', 'Mercher', 'Iau', 'Gwener', 'Sadwrn', 'Sul'];

/**
 * The days of a `byday` ("MO,TU", "Monday", "Tues Thurs"), as indexes from Monday; [] when
 * there is none; null when a part is not a plain weekday (such as "1SA", the first Saturday).
 */
function parseDays(value: unknown): number[] | null {
  const tokens = (str(value) ?? '')
    .toLowerCase()
    .split(/[\s,;/&]+/)
    .filter((t) => t !== '' && t !== 'and');
  const days = new Set<number>();
  for (const token of tokens) {
    const t = token.length > 3 ? token.replace(/s$/, '') : token;
    const day = t.length >= 2 ? DAY_CODES.findIndex((d) => d.startsWith(t)) : -1;
    if (day < 0) return null;
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

/** Minutes after midnight of "09:00", "9:30", "09:00:00Z". */
function parseTime(value: unknown): number | undefined {
  const match = /^(\d{1,2}):(\d{2})/.exec(str(value) ?? '');
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/** "9am", "9:30am", "12pm", "5pm". */
function clock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${h % 12 || 12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

/** Runs of consecutive days: [0,1,2,4] -> [[0,2],[4,4]]. */
function runs(days: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const d of days) {
    const last = out[out.length - 1];
    if (last && last[1] === d - 1) last[1] = d;
    else out.push([d, d]);
  }
  return out;
}

function joinList(parts: readonly string[], and: string): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}` : parts.join('');
}

/** "Monday to Friday" / "Dydd Llun i ddydd Gwener"; "Monday and Thursday" / "Dydd Llun a dydd Iau". */
function dayText(days: readonly number[]): { en: string; cy: string } {
  if (days.length === 7) return { en: 'Every day', cy: 'Bob dydd' };
  const en: string[] = [];
  const cy: string[] = [];
  for (const [a, b] of runs(days)) {
    if (b - a >= 2) {
      en.push(`${DAY_EN[a]} to ${DAY_EN[b]}`);
      cy.push(`dydd ${DAY_CY[a]} i ddydd ${DAY_CY[b]}`);
    } else {
      for (let d = a; d <= b; d++) {
        en.push(DAY_EN[d] as string);
        cy.push(`dydd ${DAY_CY[d]}`);
      }
    }
  }
  const welsh = joinList(cy, 'a');
  return { en: joinList(en, 'and'), cy: welsh.charAt(0).toUpperCase() + welsh.slice(1) };
}

/**
 * Opening hours in English and Welsh from ORUK schedules: "Monday to Friday, 9am to 5pm" /
 * "Dydd Llun i ddydd Gwener, 9am i 5pm". Entries with the same times share their days, and days
 * with several opening times list them all. A schedule that is not a plain weekly one (monthly,
 * "1SA", or times without days but with a description) is shown by its own description, in
 * English only, and then the whole text is English only.
 */
function hoursText(schedules: readonly Json[]): LocalisedText | undefined {
  const byTime = new Map<string, { days: Set<number>; open?: number; close?: number }>();
  const described: string[] = [];
  for (const s of schedules) {
    const days = parseDays(s.byday);
    const freq = str(s.freq)?.toUpperCase();
    const weekly = freq === undefined || freq === 'WEEKLY' || freq === 'DAILY';
    const open = parseTime(s.opens_at);
    const close = parseTime(s.closes_at);
    const timed = open !== undefined && close !== undefined;
    if (!weekly || days === null || (days.length === 0 && (!timed || str(s.description)))) {
      described.push(prose(s.description, 200) ?? '');
      continue;
    }
    const key = timed ? `${open}-${close}` : '';
    const group = byTime.get(key) ?? { days: new Set<number>(), ...(timed ? { open, close } : {}) };
    days.forEach((d) => group.days.add(d));
    byTime.set(key, group);
  }

  const byDays = new Map<string, { days: number[]; times: { en: string; cy: string }[] }>();
  for (const group of byTime.values()) {
    const days = [...group.days].sort((a, b) => a - b);
    const key = days.join(',');
    const entry = byDays.get(key) ?? { days, times: [] };
    if (group.open !== undefined && group.close !== undefined) {
      const [o, c] = [clock(group.open), clock(group.close)];
      entry.times.push({ en: `${o} to ${c}`, cy: `${o} i ${c}` });
    }
    byDays.set(key, entry);
  }

  const en: string[] = [];
  const cy: string[] = [];
  const ordered = [...byDays.values()].sort((a, b) => (a.days[0] ?? 7) - (b.days[0] ?? 7));
  for (const { days, times } of ordered) {
    const d = days.length ? dayText(days) : undefined;
    en.push([d?.en, ...times.map((t) => t.en)].filter(Boolean).join(', '));
    cy.push([d?.cy, ...times.map((t) => t.cy)].filter(Boolean).join(', '));
  }
  const notes = distinct(described);
  const enText = [...en, ...notes].filter(Boolean).join('; ');
  if (!enText) return undefined;
  return notes.length ? { en: enText } : { en: enText, cy: cy.join('; ') };
}

// ---------------------------------------------------------------------------------------------
// Cost

const FREE =
  /^(it is |it's |this service is |the service is )?(free|free of charge|no charge|no cost|£0(\.00)?)[.!]?$/i;

const pounds = (amount: number): string => `£${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;

/**
 * "Free" / "Am ddim" when the cost options are all £0 or the fees text says free; otherwise the
 * amounts in pounds with their descriptions, or the fees text. Welsh only where no English
 * words from the feed are in it.
 */
function costText(options: readonly Json[], fees: string | undefined): LocalisedText | undefined {
  const parts: { en: string; cy?: string }[] = [];
  for (const option of options) {
    const amount = num(option.amount);
    const label = prose(option.amount_description, 200) ?? prose(option.option, 200);
    if (amount === 0) parts.push(label ? { en: `Free (${label})` } : { en: 'Free', cy: 'Am ddim' });
    else if (amount !== undefined && amount > 0)
      parts.push(label ? { en: `${pounds(amount)} (${label})` } : { en: pounds(amount), cy: pounds(amount) });
    else if (label) parts.push({ en: label });
  }
  if (parts.length === 0 && fees) parts.push(FREE.test(fees) ? { en: 'Free', cy: 'Am ddim' } : { en: fees });
  const unique = parts.filter((p, i) => parts.findIndex((q) => q.en === p.en) === i);
  if (unique.length === 0) return undefined;
  const en = unique.map((p) => p.en).join('; ');
  return unique.every((p) => p.cy) ? { en, cy: unique.map((p) => p.cy).join('; ') } : { en };
}

// ---------------------------------------------------------------------------------------------
// One service

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

/** The object without its undefined properties (a plain loop: this runs for every service of a feed). */
function definedOnly<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
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

  return definedOnly({
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

// ---------------------------------------------------------------------------------------------
// Pages and feeds

/** A page's items and page count, or null when the JSON is not a list of services. */
function readPage(json: unknown): { items: unknown[]; totalPages: number | null } | null {
  if (Array.isArray(json)) return { items: json, totalPages: null };
  const page = obj(json);
  const items = [page?.content, page?.contents, page?.services].find(Array.isArray) as unknown[] | undefined;
  if (!page || !items) return null;
  const total = num(page.totalPages ?? page.total_pages);
  return { items, totalPages: total !== undefined && total >= 1 ? Math.floor(total) : null };
}

/**
 * The items of one response: a v1 page (`content`, `totalPages` or `total_pages`), a v3 page
 * (`contents`, `total_pages`), `{ services: [...] }`, or a bare array (a static export, one
 * page). Anything else has no items. `totalPages` is null when the response does not say.
 */
export function parseOrukPage(json: unknown): { items: unknown[]; totalPages: number | null } {
  return readPage(json) ?? { items: [], totalPages: null };
}

export interface OrukFeedOptions {
  /** The fetch to use (tests, a proxy); the global fetch by default. */
  readonly fetch?: typeof fetch;
  /** The time allowed for the whole feed, every page together (default 8000 ms). */
  readonly timeoutMs?: number;
  /** The most pages fetched (default 100); pages after it are left out. */
  readonly maxPages?: number;
  /** Asks for this many services a page (`per_page`), where the API allows it. */
  readonly perPage?: number;
}

export interface OrukFeed {
  /** The services, mapped, without duplicate ids (the first one is kept). */
  readonly services: Service[];
  /** Items not kept: inactive, defunct, without id or name, or repeating an id. */
  readonly skipped: number;
  /** How many pages were fetched. */
  readonly pages: number;
}

/** The URL with these search params set, everything else kept as it was (relative URLs too). */
function withParams(url: string, params: Readonly<Record<string, string>>): string {
  const [, path, query, hash] = /^([^?#]*)(?:\?([^#]*))?(#.*)?$/s.exec(url) as RegExpExecArray;
  const search = new URLSearchParams(query);
  for (const [key, value] of Object.entries(params)) search.set(key, value);
  return `${path}?${search.toString()}${hash ?? ''}`;
}

const CONCURRENCY = 4;

/**
 * Loads a whole ORUK feed: the first page, then (for a paged API) pages 2 to `totalPages`, set
 * as the `page` search param of the same URL, a few at a time. No cookies or referrer are sent.
 *
 * Rejects with a plain Error (the HTTP status, "not JSON", "not a list of services", or the
 * timeout) if any page fails, not only the first: a directory with pages missing would look
 * complete and be wrong, so the help finder falls back to its config services as a whole.
 */
export async function loadOrukFeed(url: string, options: OrukFeedOptions = {}): Promise<OrukFeed> {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 8000;
  const maxPages = Math.max(1, Math.floor(options.maxPages ?? 100));
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new Error('timed out'));
      controller.abort();
    }, timeoutMs);
  });
  expired.catch(() => undefined);
  const init: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal };
  const base = options.perPage ? withParams(url, { per_page: String(options.perPage) }) : url;

  async function getPage(page: number): Promise<{ items: unknown[]; totalPages: number | null }> {
    const pageUrl = page === 1 ? base : withParams(base, { page: String(page) });
    const where = `Could not load the Open Referral UK feed (page ${page}, ${pageUrl})`;
    const fail = (reason: string) => new Error(`${where}: ${timedOut ? `timed out after ${timeoutMs} ms` : reason}`);
    let response: Response;
    try {
      response = await Promise.race([doFetch(pageUrl, init), expired]);
    } catch (error) {
      throw fail(error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw fail(`HTTP ${response.status} ${response.statusText}`.trim());
    let json: unknown;
    try {
      json = await Promise.race([response.json(), expired]);
    } catch {
      throw fail('the response is not JSON');
    }
    const parsed = readPage(json);
    if (!parsed) throw fail('the response is not a list of services (no content, contents or services array)');
    return parsed;
  }

  try {
    const first = await getPage(1);
    const pages = Math.min(first.totalPages ?? 1, maxPages);
    const rest: unknown[][] = [];
    const failures: unknown[] = [];
    let next = 2;
    const worker = async (): Promise<void> => {
      while (next <= pages && failures.length === 0) {
        const page = next++;
        try {
          rest[page - 2] = (await getPage(page)).items;
        } catch (error) {
          failures.push(error);
          controller.abort();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, pages - 1) }, worker));
    if (failures.length) throw failures[0];

    const services: Service[] = [];
    const ids = new Set<string>();
    let skipped = 0;
    for (const item of [...first.items, ...rest.flat()]) {
      const service = mapOrukService(item);
      if (!service || ids.has(service.id)) {
        skipped++;
        continue;
      }
      ids.add(service.id);
      services.push(service);
    }
    return { services, skipped, pages };
  } finally {
    clearTimeout(timer);
  }
}

/** Loading a whole Open Referral UK feed: paged APIs and static exports. */
import type { Service } from '../../types.js';
import { num, obj } from './json.js';
import { mapOrukService } from './service.js';

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

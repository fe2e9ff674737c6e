/** Loading a whole Open Referral UK feed: paged APIs and static exports. */
import type { Service } from '../../types.js';
import { num, obj } from './json.js';
import { mapOrukService } from './service.js';
import { inSlices, yieldToMain, type SliceOptions } from '../../util/yield.js';
import { NotJson, parseItem, readText, scanPage } from './page-text.js';

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

/** A slice of a feed, mapped: what `streamOrukFeed` yields. */
export interface OrukFeedSlice {
  /** The services mapped in this slice, in feed order, without an id seen before (the first is kept). */
  readonly services: Service[];
  /** Items of this slice not kept: inactive, defunct, without id or name, or repeating an id. */
  readonly skipped: number;
  /** The page these services are from (1 is the first), and the pages there are to map. */
  readonly page: number;
  readonly pages: number;
  /** True for the feed's last slice: every page is mapped. */
  readonly done: boolean;
}

export interface OrukStreamOptions extends OrukFeedOptions, SliceOptions {}

/** A fetched page: its items, how each becomes a raw service, and its page count. */
interface FetchedPage {
  readonly items: readonly unknown[];
  readonly parse: (item: unknown) => unknown;
  readonly totalPages: number | null;
}

/**
 * Maps raw ORUK items onto services in slices of a few milliseconds, yielding to the main thread
 * between slices (see `inSlices`), without duplicate ids (`seen` carries the ids across calls).
 * Gives exactly what mapping them all at once gives, a slice at a time.
 */
export function mapOrukInSlices(
  items: readonly unknown[],
  options: SliceOptions & { readonly seen?: Set<string> } = {},
): AsyncGenerator<{ services: Service[]; skipped: number; last: boolean }, void, undefined> {
  return mapInSlices(items, (item) => item, options);
}

/** `mapOrukInSlices`, each item made raw JSON first by `toRaw` (parsing its text, for a feed read in slices). */
async function* mapInSlices<T>(
  items: readonly T[],
  toRaw: (item: T) => unknown,
  options: SliceOptions & { readonly seen?: Set<string> },
): AsyncGenerator<{ services: Service[]; skipped: number; last: boolean }, void, undefined> {
  const seen = options.seen ?? new Set<string>();
  let mappedSoFar = 0;
  for await (const mapped of inSlices(items, (item) => mapOrukService(toRaw(item)), options)) {
    mappedSoFar += mapped.length;
    const services: Service[] = [];
    for (const service of mapped) {
      if (service && !seen.has(service.id)) {
        seen.add(service.id);
        services.push(service);
      }
    }
    yield { services, skipped: mapped.length - services.length, last: mappedSoFar === items.length };
  }
}

/**
 * Loads an ORUK feed a slice at a time: the first page as soon as it arrives, mapped in slices of a
 * few milliseconds that give the main thread back between them, then each following page in order
 * (fetched a few at a time meanwhile, with the `page` search param of the same URL). So a page can
 * show the first services long before a large feed is mapped, and never freezes while it is.
 *
 * Throws (ending the iteration) with a plain Error if any page fails, as `loadOrukFeed` rejects:
 * a directory with pages missing would look complete and be wrong, so whoever shows the services
 * drops those it has already been given and falls back as a whole. The timeout covers fetching
 * every page; mapping continues after the last page has arrived. Stopping the iteration early
 * (`break`, or `signal`) stops every fetch.
 */
export async function* streamOrukFeed(
  url: string,
  options: OrukStreamOptions = {},
): AsyncGenerator<OrukFeedSlice, void, undefined> {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 8000;
  const maxPages = Math.max(1, Math.floor(options.maxPages ?? 100));
  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal?.addEventListener('abort', stop);
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

  const pageUrl = (page: number) => (page === 1 ? base : withParams(base, { page: String(page) }));
  const fail = (page: number, reason: string) =>
    new Error(
      `Could not load the Open Referral UK feed (page ${page}, ${pageUrl(page)}): ${timedOut ? `timed out after ${timeoutMs} ms` : reason}`,
    );

  /**
   * A page's services: as JSON texts, read, decoded and scanned a slice at a time (`parse` makes
   * each a raw service); or, from a fetch whose responses have no body stream, parsed at once.
   */
  async function getPage(page: number): Promise<FetchedPage> {
    let response: Response;
    try {
      response = await Promise.race([doFetch(pageUrl(page), init), expired]);
    } catch (error) {
      throw fail(page, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw fail(page, `HTTP ${response.status} ${response.statusText}`.trim());
    let parsed: FetchedPage | null;
    try {
      if (response.body) {
        const text = await Promise.race([readText(response, options), expired]);
        const scanned = await Promise.race([scanPage(text, options), expired]);
        parsed = scanned && { ...scanned, parse: (item) => parseItem(item as string) };
      } else {
        const json = await Promise.race([response.json() as Promise<unknown>, expired]);
        parsed = readPage(json) && { ...readPage(json)!, parse: (item: unknown) => item };
      }
    } catch {
      if (options.signal?.aborted) throw options.signal.reason;
      throw fail(page, 'the response is not JSON');
    }
    if (!parsed) throw fail(page, 'the response is not a list of services (no content, contents or services array)');
    return parsed;
  }

  try {
    options.signal?.throwIfAborted();
    const first = await getPage(1);
    const pages = Math.min(first.totalPages ?? 1, maxPages);
    // Pages 2 onwards, a few at a time, while the first is mapped; the first failure stops them all.
    const got = new Map<number, FetchedPage>();
    let failure: { error: unknown } | undefined;
    let wake: (() => void) | undefined;
    let next = 2;
    const worker = async (): Promise<void> => {
      while (next <= pages && !failure) {
        const page = next++;
        try {
          got.set(page, await getPage(page));
        } catch (error) {
          failure ??= { error };
          controller.abort();
        }
        wake?.();
      }
    };
    const fetching = Promise.all(Array.from({ length: Math.min(CONCURRENCY, pages - 1) }, worker));
    // The timeout is for fetching: once every page is here, mapping may take its time.
    void fetching.then(() => clearTimeout(timer));
    const pageItems = async (page: number): Promise<FetchedPage> => {
      while (!got.has(page) && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure.error;
      const raw = got.get(page)!;
      got.delete(page);
      return raw;
    };

    const seen = new Set<string>();
    const yieldTo = options.yieldTo ?? yieldToMain;
    for (let page = 1; page <= pages; page++) {
      const { items: raw, parse } = page === 1 ? first : await pageItems(page);
      // Each page starts in a task of its own, like each slice.
      if (page > 1) await yieldTo();
      let any = false;
      const slices = mapInSlices(raw, parse, { ...options, seen });
      for (;;) {
        let slice: IteratorResult<{ services: Service[]; skipped: number; last: boolean }>;
        try {
          slice = await slices.next();
        } catch (error) {
          throw error instanceof NotJson ? fail(page, 'the response is not JSON') : error;
        }
        if (slice.done) break;
        if (failure) throw failure.error;
        any = true;
        yield {
          services: slice.value.services,
          skipped: slice.value.skipped,
          page,
          pages,
          done: page === pages && slice.value.last,
        };
      }
      // A page with no items still ends the feed when it is the last.
      if (!any && page === pages) yield { services: [], skipped: 0, page, pages, done: true };
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
    options.signal?.removeEventListener('abort', stop);
  }
}

/**
 * Loads a whole ORUK feed: the first page, then (for a paged API) pages 2 to `totalPages`, set
 * as the `page` search param of the same URL, a few at a time. No cookies or referrer are sent.
 * The services are mapped in slices that give the main thread back between them (see
 * `streamOrukFeed`, which gives each slice as soon as it is mapped).
 *
 * Rejects with a plain Error (the HTTP status, "not JSON", "not a list of services", or the
 * timeout) if any page fails, not only the first: a directory with pages missing would look
 * complete and be wrong, so the help finder falls back to its config services as a whole.
 */
export async function loadOrukFeed(url: string, options: OrukStreamOptions = {}): Promise<OrukFeed> {
  const services: Service[] = [];
  let skipped = 0;
  let pages = 0;
  for await (const slice of streamOrukFeed(url, options)) {
    services.push(...slice.services);
    skipped += slice.skipped;
    pages = slice.pages;
  }
  return { services, skipped, pages };
}

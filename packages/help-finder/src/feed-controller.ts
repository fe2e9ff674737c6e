import type { ReactiveControllerHost } from 'lit';
import { createDirectory, type Directory, type Service } from '@rpc-kit/rules/lean';
import { Lazy } from '@rpc-kit/elements';
import type * as FeedReader from './feed-reader.js';

export type FeedStatus = 'none' | 'loading' | 'loaded' | 'failed';

/** After the first slice of a feed, the list is drawn again at most this often while the rest arrives. */
const DRAW_EVERY_MS = 250;

/** The feed reader's code, fetched once, the first time a help finder has a feed. */
const reader = new Lazy<typeof FeedReader>(() => import('./feed-reader.js'));

/** A promise, or a failure once the deadline (a `performance.now()` time) has passed. */
function withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), Math.max(0, deadline - performance.now()));
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * The feed's first request, made at once (as the reader would make it: no credentials, no
 * referrer), so the feed downloads while the reader's code arrives; the reader then takes that
 * response instead of asking again. Stopped with the load, or when the reader stops it.
 */
function fetchFirst(url: string, signal: AbortSignal): typeof fetch {
  const early = new AbortController();
  const stop = () => early.abort();
  signal.addEventListener('abort', stop);
  let first: Promise<Response> | undefined = fetch(url, {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    signal: early.signal,
  });
  first.catch(() => undefined);
  return (input, init) => {
    if (first && String(input) === url) {
      const response = first;
      first = undefined;
      init?.signal?.addEventListener('abort', stop);
      return response;
    }
    return fetch(input, init);
  };
}

/**
 * The help finder's Open Referral UK feed: reads it in slices (`streamOrukFeed`: each slice
 * mapped a few milliseconds at a time, the main thread given back between slices), adds each
 * slice to the directory as it arrives (indexing only the new services), and draws the list as
 * soon as the first slice is in, then at most every quarter of a second until the feed is done, so
 * the council's own services show at once and the first page of the feed as soon as it is mapped,
 * with no long task. It answers only the latest request (a page that changes `feed-src` quickly
 * gets the last feed's services; the one before is stopped), and on failure keeps the services
 * that arrived and the council's own, and warns the webmaster in the console. The directory holds
 * the council's own services first, then the feed's (a feed service with a config id is left
 * out); it is rebuilt only when the council's services or the language change.
 */
export class FeedController {
  status: FeedStatus = 'none';
  private services: Service[] = [];
  private request = 0;
  private stop?: AbortController;
  private built: Directory = createDirectory([]);
  private builtFrom: readonly unknown[] = [];
  /** How many of the feed's services the directory holds. */
  private added = 0;

  constructor(private readonly host: ReactiveControllerHost & { readonly localName: string }) {}

  /** Loads the feed at `url` (or forgets the feed when there is none). */
  async load(url: string | undefined, timeoutMs: number): Promise<void> {
    const request = ++this.request;
    this.stop?.abort();
    this.services = [];
    this.builtFrom = [];
    if (!url) {
      this.set('none');
      return;
    }
    this.set('loading');
    const stop = (this.stop = new AbortController());
    let drawn = 0;
    // `feed-timeout` covers the whole feed, the reader's code arriving included.
    const deadline = performance.now() + timeoutMs;
    try {
      const fetchFeed = fetchFirst(url, stop.signal);
      const { streamOrukFeed } = await withDeadline(reader.load(), deadline);
      if (request !== this.request) return;
      const left = Math.max(0, deadline - performance.now());
      for await (const slice of streamOrukFeed(url, { timeoutMs: left, signal: stop.signal, fetch: fetchFeed })) {
        if (request !== this.request) return;
        this.services.push(...slice.services);
        this.catchUp();
        const now = performance.now();
        if (!drawn || now - drawn >= DRAW_EVERY_MS) {
          drawn = now;
          this.drawSoon();
        }
      }
      if (request !== this.request) return;
      this.set('loaded');
    } catch (error) {
      if (request !== this.request) return;
      stop.abort();
      this.set('failed');
      console.warn(
        `<${this.host.localName}>: the Open Referral UK feed ${url} could not be loaded (${(error as Error).message}). ` +
          'Showing the services in the config, any the feed gave before it failed, and the national helplines instead.',
      );
    }
  }

  /**
   * Draws the list in a task of its own (a MessageChannel message, as the slices give the main
   * thread back), not at the end of the slice that was just mapped: two short tasks, not one long.
   */
  private drawSoon(): void {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => this.host.requestUpdate();
    channel.port2.postMessage(null);
  }

  private set(status: FeedStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  /** Adds the feed's services that arrived since, to the directory in use. */
  private catchUp(): void {
    if (this.builtFrom.length && this.added < this.services.length) {
      this.built.add(this.services.slice(this.added));
      this.added = this.services.length;
    }
  }

  /** The directory of the council's services and the feed's, in a language. */
  directory(own: readonly Service[], locale: string): Directory {
    const from = [own, locale];
    if (from.some((x, i) => x !== this.builtFrom[i])) {
      this.built = createDirectory(own, locale);
      this.builtFrom = from;
      this.added = 0;
    }
    this.catchUp();
    return this.built;
  }
}

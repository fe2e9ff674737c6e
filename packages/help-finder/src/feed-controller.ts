import type { ReactiveControllerHost } from 'lit';
import { createDirectory, loadOrukFeed, type Directory, type Service } from '@rpc-kit/rules';

export type FeedStatus = 'none' | 'loading' | 'loaded' | 'failed';

/**
 * The help finder's Open Referral UK feed: loads it (every page, within the time allowed),
 * answers only the latest request (a page that changes `feed-src` quickly gets the last feed's
 * services), and on failure keeps the council's own services and warns the webmaster in the
 * console. It also builds the directory the element searches: the council's own services first,
 * then the feed's (a feed service with a config id is left out), rebuilt only when one of them or
 * the language changes.
 */
export class FeedController {
  status: FeedStatus = 'none';
  private services: readonly Service[] = [];
  private request = 0;
  private built: Directory = createDirectory([]);
  private builtFrom: readonly unknown[] = [];

  constructor(private readonly host: ReactiveControllerHost & { readonly localName: string }) {}

  /** Loads the feed at `url` (or forgets the feed when there is none). */
  async load(url: string | undefined, timeoutMs: number): Promise<void> {
    const request = ++this.request;
    this.services = [];
    if (!url) {
      this.set('none');
      return;
    }
    this.set('loading');
    try {
      const feed = await loadOrukFeed(url, { timeoutMs });
      if (request !== this.request) return;
      this.services = feed.services;
      this.set('loaded');
    } catch (error) {
      if (request !== this.request) return;
      this.set('failed');
      console.warn(
        `<${this.host.localName}>: the Open Referral UK feed ${url} could not be loaded (${(error as Error).message}). ` +
          'Showing the services in the config and the national helplines instead.',
      );
    }
  }

  private set(status: FeedStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  /** The directory of the council's services and the feed's, in a language. */
  directory(own: readonly Service[], locale: string): Directory {
    const from = [own, this.services, locale];
    if (from.some((x, i) => x !== this.builtFrom[i])) {
      const ids = new Set(own.map((s) => s.id));
      this.built = createDirectory([...own, ...this.services.filter((s) => !ids.has(s.id))], locale);
      this.builtFrom = from;
    }
    return this.built;
  }
}

import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { NEEDS, type DirectoryQuery, type DirectorySections, type Need } from '@rpc-kit/rules/lean';
import { ExitController, PageGuard, RpcElement, SHARED_MESSAGES } from '@rpc-kit/elements';
import { FeedController, type FeedStatus } from './feed-controller.js';
import { HELP_FINDER_MESSAGES } from './help-finder.messages.js';
import { helpFinderStyles } from './help-finder.styles.js';
import { countText, renderList } from './list.js';
import { Paging } from './paging.js';
import { renderPoster } from './poster.js';
import { PosterSheets } from './poster-sheet.js';

const isNeed = (value: unknown): value is Need => NEEDS.includes(value as Need);

/**
 * `<rpc-help-finder>`: local services from the council's config or its Open Referral UK feed,
 * filtered by need, who for, area and free text; domestic abuse services kept apart with the
 * quick exit; QR codes drawn locally; and a printable A4 poster whose QR code brings people back
 * with a campaign tag, so the council can count scans without tracking anyone.
 *
 * @tagname rpc-help-finder
 * @summary Local services, with QR codes and printable posters.
 * @attr config-src - URL of the council's config JSON (its `services`, `contacts`, `nation`).
 * @attr feed-src - URL of an Open Referral UK feed: the API's `/services` (paged) or a static JSON export.
 * @attr feed-timeout - milliseconds allowed for the whole feed (default 8000); then the config's services are shown.
 * @attr need - preselects a need: conflict-together, separating, new-baby, domestic-abuse, children-wellbeing (the page's `rpc-need` parameter wins).
 * @attr mode - `list` (default) or `poster` (an A4 poster to print).
 * @attr page-url - the page the QR codes lead to (default: this page, without its query).
 * @attr poster-id - the campaign tag the poster's QR code adds as `rpc-src` (default `poster`).
 * @fires {CustomEvent<RpcViewDetail>} rpc-view - the list or poster was shown (detail: mode, need preselected, source: the `rpc-src` tag).
 * @fires {CustomEvent<RpcContactClickDetail>} rpc-contact-click - a service's phone, email or website was used (detail: contact, channel).
 * @fires {CustomEvent<RpcExitDetail>} rpc-exit - the quick exit was used.
 * @csspart filters - the filters.
 * @csspart services - service cards.
 * @csspart service - one card.
 * @csspart domestic-abuse - the domestic abuse panel.
 * @csspart qr - a QR code.
 * @csspart poster - the poster.
 * @csspart helplines - national helplines.
 * @csspart quick-exit-note - how to leave the page quickly and what stays in the browser's history.
 * @csspart guarded - the notice, while another element on the page shows a result with a sign of abuse or a "not sure", that no services for couples, joint sessions or mediation are listed.
 * @csspart feed-failed - the notice that the Open Referral UK feed could not be loaded (the config's services show instead).
 * @csspart config-error - config problems.
 */
export class RpcHelpFinder extends RpcElement {
  static override styles = helpFinderStyles;
  static override messages = { ...SHARED_MESSAGES, ...HELP_FINDER_MESSAGES };

  static override properties: PropertyDeclarations = {
    feedSrc: { attribute: 'feed-src', reflect: true },
    feedTimeout: { attribute: 'feed-timeout', type: Number },
    need: { reflect: true },
    mode: { reflect: true },
    pageUrl: { attribute: 'page-url' },
    posterId: { attribute: 'poster-id' },
    query: { state: true },
  };

  declare feedSrc: string | undefined;
  declare feedTimeout: number;
  declare need: string | undefined;
  declare mode: 'list' | 'poster';
  declare pageUrl: string | undefined;
  declare posterId: string | undefined;
  /** What the person is looking for: in memory only, never sent. */
  declare query: DirectoryQuery;

  /** The Open Referral UK feed, and the directory of the council's services and the feed's. */
  private readonly feed = new FeedController(this);
  private readonly paging = new Paging(this);
  /** Another element on the page shows a result with a sign of abuse or a "not sure": no couple, joint, mediation or conflict services beside it. */
  private readonly guard = new PageGuard(this);
  /** The document's print sheets while a poster is shown. */
  protected readonly posterSheets = new PosterSheets(this, () => this.mode === 'poster');
  private viewed = false;
  /** Wipes the search and filters on the quick exit (of any copy of RPC Kit on the page) and on pagehide. */
  protected readonly quickExit = new ExitController(this, () => this.wipe());

  constructor() {
    super();
    this.feedTimeout = 8000;
    this.mode = 'list';
    this.query = {};
  }

  /** How the feed is: `none`, `loading`, `loaded` or `failed`. */
  get feedStatus(): FeedStatus {
    return this.feed.status;
  }

  /**
   * The need a page, a poster's QR code (`rpc-need`) or the `need` attribute opened the list on.
   * @internal
   */
  get preselectedNeed(): Need | undefined {
    const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get('rpc-need');
    if (isNeed(fromUrl)) return fromUrl;
    return isNeed(this.need) ? this.need : undefined;
  }

  /** Forgets what the person looked for: the list opens as the page set it. */
  wipe(): void {
    this.query = this.preselectedNeed ? { need: this.preselectedNeed } : {};
    this.paging.reset();
    this.guard.clear();
    this.announcer.say('');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.viewed) this.query = { ...this.query, ...(this.preselectedNeed ? { need: this.preselectedNeed } : {}) };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('feedSrc')) void this.feed.load(this.feedSrc, this.feedTimeout);
    // A page that changes `need` after the first render (the first comes from connectedCallback).
    if (changed.has('need') && this.hasUpdated) this.setQuery({ need: this.preselectedNeed });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.viewed && this.configState.status !== 'loading') {
      this.viewed = true;
      this.emit('rpc-view', {
        mode: this.mode === 'poster' ? 'poster' : 'list',
        ...(this.preselectedNeed ? { need: this.preselectedNeed } : {}),
      });
    }
  }

  /**
   * What to show, from the rules: domestic abuse services always apart, and never couple or
   * mediation services among them; beside another element's result with a sign of abuse or a
   * "not sure", no couple, joint, mediation or conflict services at all.
   */
  private sections(): DirectorySections {
    return this.feed
      .directory(this.configState.config.services, this.locale)
      .sections({ ...this.query, ...(this.guard.guarded ? { guarded: true } : {}) });
  }

  private setQuery(part: Partial<DirectoryQuery>): void {
    const next: Record<string, unknown> = { ...this.query, ...part };
    for (const key of Object.keys(next)) if (!next[key]) delete next[key];
    this.query = next as DirectoryQuery;
    this.paging.reset();
    this.announcer.sayWhenQuiet(() => {
      const { main, abuse } = this.sections();
      return countText(this, main.length + abuse.length);
    });
  }

  /** The page the QR codes lead to: `page-url`, or this page without its query and fragment. */
  private basePageUrl(): string {
    if (this.pageUrl) return this.pageUrl;
    const here = new URL(globalThis.location?.href ?? 'https://example.invalid/');
    return `${here.origin}${here.pathname}`;
  }

  protected override render(): TemplateResult {
    const poster = this.mode === 'poster';
    const sections = this.sections();
    return this.renderFrame(
      poster
        ? renderPoster(this, {
            need: this.query.need,
            pageUrl: this.basePageUrl(),
            posterId: this.posterId,
            services: this.query.need === 'domestic-abuse' ? sections.abuse : sections.main,
          })
        : renderList(this, {
            directory: this.feed.directory(this.configState.config.services, this.locale),
            sections,
            query: this.query,
            feed: this.feed.status,
            paging: this.paging,
            pageUrl: this.basePageUrl(),
            guarded: this.guard.guarded,
            change: (part) => this.setQuery(part),
          }),
      poster ? 'mode-poster' : 'mode-list',
    );
  }
}

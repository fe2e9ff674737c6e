import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  DA_HELPLINE_BY_NATION,
  HELP_FINDER_MESSAGES,
  NEEDS,
  createDirectory,
  loadOrukFeed,
  localise,
  localiseContact,
  registerMessages,
  type Directory,
  type DirectorySections,
  type DirectoryQuery,
  type ForWhom,
  type Need,
  type Service,
} from '@rpc-kit/rules';
import {
  ExitController,
  RpcElement,
  baseStyles,
  renderContacts,
  renderQuickExit,
  renderQuickExitNote,
  renderSelect,
} from '@rpc-kit/elements';
import { renderQr } from './qr.js';
import { posterUrl, shortUrl } from './urls.js';
import { renderServices } from './service-card.js';
import { helpFinderStyles, posterPageSheet, posterSizeSheet } from './styles.js';

const PAGE_SIZE = 20;
const POSTER_SERVICES = 6;
const FOR_WHOM: readonly ForWhom[] = ['parents', 'children'];

type FeedStatus = 'none' | 'loading' | 'loaded' | 'failed';

const isNeed = (value: unknown): value is Need => NEEDS.includes(value as Need);

/** Posters on the page now: the document's print sheets stay while any is there. */
const posters = new Set<Element>();

/** Adds or removes the document's poster sheets to match the posters on the page. */
function syncPosterSheets(): void {
  const inDocument = [...posters].some((el) => el.getRootNode() === document);
  const wanted = new Map([
    [posterPageSheet(), inDocument],
    [posterSizeSheet(), posters.size > 0 && !inDocument],
  ]);
  const kept = document.adoptedStyleSheets.filter((s) => wanted.get(s) !== false);
  const added = [...wanted].filter(([s, on]) => on && !kept.includes(s)).map(([s]) => s);
  if (added.length || kept.length !== document.adoptedStyleSheets.length)
    document.adoptedStyleSheets = [...kept, ...added];
}

/**
 * `<rpc-help-finder>`: local services from the council's config or its Open Referral UK feed,
 * filtered by need, who for, area and free text; domestic abuse services kept apart with the
 * quick exit; QR codes drawn locally; and a printable A4 poster whose QR code brings people back
 * with a campaign tag, so the council can count scans without tracking anyone.
 *
 * @summary Local services, with QR codes and printable posters.
 * @attr config-src - URL of the council's config JSON (its `services`, `contacts`, `nation`).
 * @attr feed-src - URL of an Open Referral UK feed: the API's `/services` (paged) or a static JSON export.
 * @attr feed-timeout - milliseconds allowed for the whole feed (default 8000); then the config's services are shown.
 * @attr need - preselects a need: conflict-together, separating, new-baby, domestic-abuse, children-wellbeing (the page's `rpc-need` parameter wins).
 * @attr mode - `list` (default) or `poster` (an A4 poster to print).
 * @attr page-url - the page the QR codes lead to (default: this page, without its query).
 * @attr poster-id - the campaign tag the poster's QR code adds as `rpc-src` (default `poster`).
 * @event rpc-view - the list or poster was shown (detail: mode, need preselected, source: the `rpc-src` tag).
 * @event rpc-contact-click - a service's phone, email or website was used (detail: contact, channel).
 * @event rpc-exit - the quick exit was used.
 * @csspart filters - the filters. @csspart services - service cards. @csspart service - one card.
 * @csspart domestic-abuse - the domestic abuse panel. @csspart qr - a QR code. @csspart poster - the poster.
 * @csspart helplines - national helplines. @csspart config-error - config problems.
 */
export class RpcHelpFinder extends RpcElement {
  static override styles = [baseStyles, helpFinderStyles];

  static override properties: PropertyDeclarations = {
    feedSrc: { attribute: 'feed-src', reflect: true },
    feedTimeout: { attribute: 'feed-timeout', type: Number },
    need: { reflect: true },
    mode: { reflect: true },
    pageUrl: { attribute: 'page-url' },
    posterId: { attribute: 'poster-id' },
    query: { state: true },
    visible: { state: true },
    visibleAbuse: { state: true },
    feedStatus: { state: true },
  };

  declare feedSrc: string | undefined;
  declare feedTimeout: number;
  declare need: string | undefined;
  declare mode: 'list' | 'poster';
  declare pageUrl: string | undefined;
  declare posterId: string | undefined;
  /** What the person is looking for: in memory only, never sent. */
  declare query: DirectoryQuery;
  declare visible: number;
  declare visibleAbuse: number;
  declare feedStatus: FeedStatus;

  private feedServices: readonly Service[] = [];
  private feedRequest = 0;
  private directory: Directory = createDirectory([]);
  private directoryFrom: readonly unknown[] = [];
  private viewed = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private focusFrom: { list: 'main' | 'da'; index: number } | undefined;
  /** Wipes the search and filters on the quick exit (of any copy of RPC Kit on the page) and on pagehide. */
  protected readonly quickExit = new ExitController(this, () => this.wipe());

  constructor() {
    super();
    registerMessages(HELP_FINDER_MESSAGES);
    this.feedTimeout = 8000;
    this.mode = 'list';
    this.query = {};
    this.visible = PAGE_SIZE;
    this.visibleAbuse = PAGE_SIZE;
    this.feedStatus = 'none';
  }

  /** The need a page, a poster's QR code (`rpc-need`) or the `need` attribute opened the list on. */
  get preselectedNeed(): Need | undefined {
    const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get('rpc-need');
    if (isNeed(fromUrl)) return fromUrl;
    return isNeed(this.need) ? this.need : undefined;
  }

  /** Forgets what the person looked for: the list opens as the page set it. */
  wipe(): void {
    clearTimeout(this.announceTimer);
    this.query = this.preselectedNeed ? { need: this.preselectedNeed } : {};
    this.visible = PAGE_SIZE;
    this.visibleAbuse = PAGE_SIZE;
    this.focusFrom = undefined;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.viewed) this.query = { ...this.query, ...(this.preselectedNeed ? { need: this.preselectedNeed } : {}) };
    // A poster moved to another place on the page keeps its printed page.
    if (this.hasUpdated) this.togglePosterPage(this.mode === 'poster');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.togglePosterPage(false);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('feedSrc')) void this.loadFeed();
    // A page that changes `need` after the first render (the first comes from connectedCallback).
    if (changed.has('need') && this.hasUpdated) this.setQuery({ need: this.preselectedNeed });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('mode')) this.togglePosterPage(this.mode === 'poster');
    if (!this.viewed && this.configState.status !== 'loading') {
      this.viewed = true;
      this.emit('rpc-view', {
        mode: this.mode === 'poster' ? 'poster' : 'list',
        ...(this.preselectedNeed ? { need: this.preselectedNeed } : {}),
      });
    }
    if (this.focusFrom) {
      const list = this.focusFrom.list === 'da' ? '.services.da' : '.services:not(.da)';
      this.renderRoot.querySelectorAll<HTMLElement>(`${list} .service h4`)[this.focusFrom.index]?.focus();
      this.focusFrom = undefined;
    }
  }

  /**
   * Poster mode sets the printed page to A4 and, for a poster in the page itself, prints only the
   * poster whatever the theme around it (see `POSTER_PAGE_CSS`; both only work from the document's styles).
   */
  private togglePosterPage(on: boolean): void {
    if (on) posters.add(this);
    else posters.delete(this);
    syncPosterSheets();
  }

  private async loadFeed(): Promise<void> {
    const request = ++this.feedRequest;
    const url = this.feedSrc;
    this.feedServices = [];
    if (!url) {
      this.feedStatus = 'none';
      return;
    }
    this.feedStatus = 'loading';
    try {
      const feed = await loadOrukFeed(url, { timeoutMs: this.feedTimeout });
      if (request !== this.feedRequest) return;
      this.feedServices = feed.services;
      this.feedStatus = 'loaded';
    } catch (error) {
      if (request !== this.feedRequest) return;
      this.feedStatus = 'failed';
      console.warn(
        `<rpc-help-finder>: the Open Referral UK feed ${url} could not be loaded (${(error as Error).message}). ` +
          'Showing the services in the config and the national helplines instead.',
      );
    }
  }

  /** The council's own services first, then the feed's (a feed service with a config id is left out). */
  private currentDirectory(): Directory {
    const own = this.configState.config.services;
    const from = [own, this.feedServices, this.locale];
    if (from.some((x, i) => x !== this.directoryFrom[i])) {
      const ids = new Set(own.map((s) => s.id));
      this.directory = createDirectory([...own, ...this.feedServices.filter((s) => !ids.has(s.id))], this.locale);
      this.directoryFrom = from;
    }
    return this.directory;
  }

  /** What to show, from the rules: domestic abuse services always apart, and never couple or mediation services among them. */
  private results(): DirectorySections {
    return this.currentDirectory().sections(this.query);
  }

  private setQuery(part: Partial<DirectoryQuery>): void {
    const next: Record<string, unknown> = { ...this.query, ...part };
    for (const key of Object.keys(next)) if (!next[key]) delete next[key];
    this.query = next as DirectoryQuery;
    this.visible = PAGE_SIZE;
    this.visibleAbuse = PAGE_SIZE;
    // Say how many were found once typing pauses, so a screen reader is not interrupted on every key.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const { main, abuse } = this.results();
      this.announce(this.countText(main.length + abuse.length));
    }, 500);
  }

  /** "Afraid of your partner?": straight to the domestic abuse services, wherever they are on the page. */
  private focusAbusePanel(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#da-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }

  private showMore(list: 'main' | 'da'): void {
    const shown = list === 'da' ? this.visibleAbuse : this.visible;
    this.focusFrom = { list, index: shown };
    if (list === 'da') this.visibleAbuse += PAGE_SIZE;
    else this.visible += PAGE_SIZE;
  }

  /** A page of service cards, with "Show 20 more" when there are more (thousands never render at once). */
  private renderPage(services: readonly Service[], list: 'main' | 'da'): TemplateResult {
    const shown = list === 'da' ? this.visibleAbuse : this.visible;
    return html`${renderServices(this, services.slice(0, shown), list === 'da' ? { className: 'da' } : {})}
    ${
      services.length > shown
        ? html`<button class="button secondary more no-print" type="button" @click=${() => this.showMore(list)}>
            ${this.t('ui.help-finder.more', { n: Math.min(PAGE_SIZE, services.length - shown) })}
          </button>`
        : nothing
    }`;
  }

  private countText(n: number): string {
    return n === 1 ? this.t('ui.help-finder.count-one') : this.t('ui.help-finder.count', { n });
  }

  /** The page the QR codes lead to: `page-url`, or this page without its query and fragment. */
  private basePageUrl(): string {
    if (this.pageUrl) return this.pageUrl;
    const here = new URL(globalThis.location?.href ?? 'https://example.invalid/');
    return `${here.origin}${here.pathname}`;
  }

  protected override render(): TemplateResult {
    return html`<div
      class=${`${this.rootClass()} mode-${this.mode === 'poster' ? 'poster' : 'list'}`}
      lang=${this.locale}
    >
      ${renderQuickExit(this.configState.config, this.locale)} ${this.renderConfigProblems()}
      ${this.mode === 'poster' ? this.renderPoster() : this.renderList()} ${this.renderLiveRegion()}
    </div>`;
  }

  private renderFilters(directory: Directory): TemplateResult {
    const q = this.query;
    return html`<form class="filters no-print" part="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend><h3>${this.t('ui.help-finder.filters')}</h3></legend>
        ${renderSelect(
          {
            id: 'filter-need',
            label: this.t('ui.help-finder.need'),
            value: q.need,
            options: NEEDS.map((n) => ({ value: n, label: this.t(`ui.help-finder.need.${n}`) })),
            anyLabel: this.t('ui.help-finder.need.any'),
          },
          (need) => this.setQuery({ need: need as DirectoryQuery['need'] }),
        )}
        ${renderSelect(
          {
            id: 'filter-for',
            label: this.t('ui.help-finder.for'),
            value: q.forWhom,
            options: FOR_WHOM.map((f) => ({ value: f, label: this.t(`ui.help-finder.for.${f}`) })),
            anyLabel: this.t('ui.help-finder.for.any'),
          },
          (forWhom) => this.setQuery({ forWhom: forWhom as DirectoryQuery['forWhom'] }),
        )}
        ${
          directory.areas.length
            ? renderSelect(
                {
                  id: 'filter-area',
                  label: this.t('ui.help-finder.area'),
                  value: q.area,
                  options: directory.areas.map((a) => ({ value: a, label: a })),
                  anyLabel: this.t('ui.help-finder.area.any'),
                },
                (area) => this.setQuery({ area: area as DirectoryQuery['area'] }),
              )
            : nothing
        }
        <div class="field search">
          <label for="filter-text">${this.t('ui.help-finder.search')}</label>
          <p class="hint" id="filter-text-hint">${this.t('ui.help-finder.search-hint')}</p>
          <input
            type="search"
            id="filter-text"
            aria-describedby="filter-text-hint"
            autocomplete="off"
            spellcheck="false"
            .value=${live(q.text ?? '')}
            @input=${(e: Event) => this.setQuery({ text: (e.target as HTMLInputElement).value })}
          />
        </div>
      </fieldset>
    </form>`;
  }

  private renderList(): TemplateResult {
    const directory = this.currentDirectory();
    const { main, abuse } = this.results();
    const config = this.configState.config;
    const helpline = config.contacts.find((c) => c.id === DA_HELPLINE_BY_NATION[config.nation]);
    const abuseFirst = this.query.need === 'domestic-abuse';
    const loading = this.feedStatus === 'loading';
    const pageQr = posterUrl(this.basePageUrl(), { need: this.query.need });
    const abusePanel = html`<section class="panel safety-first" part="domestic-abuse" aria-labelledby="da-heading">
      <h3 id="da-heading" tabindex="-1">${this.t('ui.help-finder.da-title')}</h3>
      <p>${this.t('ui.help-finder.da-body')}</p>
      ${helpline ? renderContacts(this, [localiseContact(helpline, this.locale)]) : nothing}
      ${abuse.length ? this.renderPage(abuse, 'da') : nothing}
    </section>`;
    return html`<div class="finder" aria-busy=${loading ? 'true' : 'false'}>
      <h2>${this.t('ui.help-finder.title')}</h2>
      <p class="lead">${this.t('ui.help-finder.intro')}</p>
      ${renderQuickExitNote(this, config.safeBrowsingUrl)} ${this.renderFilters(directory)}
      ${loading ? html`<p class="notice loading" role="status">${this.t('ui.help-finder.loading')}</p>` : nothing}
      ${
        this.feedStatus === 'failed'
          ? html`<p class="notice feed-failed" part="feed-failed">${this.t('ui.help-finder.feed-failed')}</p>`
          : nothing
      }
      <p class="count" data-count=${main.length + abuse.length}>${this.countText(main.length + abuse.length)}</p>
      ${
        abuseFirst
          ? abusePanel
          : html`<p class="to-abuse no-print">
              <button class="link-button" type="button" @click=${this.focusAbusePanel}>
                ${this.t('ui.help-finder.to-abuse')}
              </button>
            </p>`
      }
      ${
        abuseFirst
          ? nothing
          : html`<h3>${this.t('ui.help-finder.services')}</h3>
              ${
                main.length
                  ? this.renderPage(main, 'main')
                  : html`<p class="notice empty">${this.t('ui.help-finder.none')}</p>`
              }
              ${abusePanel}`
      }
      ${this.renderHelplines()}
      <section class="share" aria-labelledby="share-heading">
        <h3 id="share-heading">${this.t('ui.help-finder.share')}</h3>
        <p>${this.t('ui.help-finder.share-body')}</p>
        ${renderQr(pageQr, this.t('ui.help-finder.qr-alt', { url: shortUrl(pageQr) }))}
      </section>
    </div>`;
  }

  private renderPoster(): TemplateResult {
    const config = this.configState.config;
    const need = this.query.need;
    const url = posterUrl(this.basePageUrl(), { source: this.posterId, need });
    const short = shortUrl(this.basePageUrl());
    const { main, abuse } = this.results();
    const services = (need === 'domestic-abuse' ? abuse : main).slice(0, POSTER_SERVICES);
    const helplines = this.contactsById([
      DA_HELPLINE_BY_NATION[config.nation],
      'family-lives',
      'nspcc',
      'respect-phoneline',
    ]);
    const headline =
      need && need !== 'conflict-together'
        ? this.t(`ui.help-finder.poster.headline.${need}`)
        : this.t('ui.help-finder.poster.headline');
    return html`<article class="poster" part="poster" data-poster-url=${url}>
        <h2 class="poster-headline">${headline}</h2>
        <p class="poster-intro">${this.t('ui.help-finder.poster.intro')}</p>
        <div class="poster-main">
          <div class="poster-qr">
            ${renderQr(url, this.t('ui.help-finder.qr-alt', { url: short }))}
            <p class="poster-scan">${this.t('ui.help-finder.poster.scan')}</p>
            <p class="poster-url">${this.t('ui.help-finder.poster.or-visit')} <strong>${short}</strong></p>
          </div>
          ${
            services.length
              ? html`<div class="poster-services">
                  <h3>${this.t('ui.help-finder.services')}</h3>
                  <ul>
                    ${services.map(
                      (s) =>
                        html`<li data-service-id=${s.id}>
                          <strong>${localise(s.name, this.locale)}</strong>${s.phone ? html`<br />${s.phone}` : nothing}
                        </li>`,
                    )}
                  </ul>
                </div>`
              : nothing
          }
        </div>
        <section class="poster-helplines">
          <h3>${this.t('ui.help-finder.poster.helplines')}</h3>
          <ul>
            ${helplines.map(
              (c) =>
                html`<li data-contact-id=${c.id}>
                  <strong>${c.name}</strong>: ${c.phone ?? c.url}${c.hours ? html` <span>(${c.hours})</span>` : nothing}
                </li>`,
            )}
          </ul>
          <p class="poster-emergency"><strong>${this.t('ui.help-finder.poster.emergency')}</strong></p>
        </section>
      </article>
      <div class="no-print">
        <p>
          <button class="button" type="button" @click=${() => window.print()}>${this.t('ui.help-finder.print')}</button>
        </p>
        ${renderQuickExitNote(this, config.safeBrowsingUrl)}
      </div>`;
  }
}

/**
 * The help finder's list: the filters, the count, the services (a page at a time), the domestic
 * abuse services apart (first when that is the need) with the nation's helpline, the national
 * helplines, and a QR code for the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { type Directory, type DirectoryQuery, type DirectorySections } from '@rpc-kit/rules/lean';
import { renderContacts, renderQuickExitNote, type RpcElement } from '@rpc-kit/elements';
import type { FeedStatus } from './feed-controller.js';
import { renderFilters } from './filters.js';
import type { Paging } from './paging.js';
import { renderQr } from './qr.js';
import { renderServices } from './service-card.js';
import { posterUrl, shortUrl } from './urls.js';

export interface ListView {
  readonly directory: Directory;
  readonly sections: DirectorySections;
  readonly query: DirectoryQuery;
  readonly feed: FeedStatus;
  readonly paging: Paging;
  /** The page the QR code leads to. */
  readonly pageUrl: string;
  /**
   * Another element on the page shows a result with a sign of abuse or a "not sure": the domestic
   * abuse services come first, and the list (from the rules) has no couple, joint, mediation or
   * conflict services, with a notice saying so.
   */
  readonly guarded: boolean;
  readonly change: (part: Partial<DirectoryQuery>) => void;
}

/** The count, in words ("1 service found", "12 services found"). */
export const countText = (host: RpcElement, n: number): string => host.t('ui.help-finder.count', { n });

/** Whether the person has narrowed the list: a need, who for, an area or words. */
const chosen = (query: DirectoryQuery): boolean =>
  Object.values(query).some((v) => typeof v === 'string' && v.trim() !== '');

/** "Afraid of your partner?": straight to the domestic abuse services, wherever they are on the page. */
function focusAbusePanel(event: Event): void {
  const heading = ((event.target as Element).getRootNode() as ParentNode).querySelector<HTMLElement>('#da-heading');
  heading?.scrollIntoView({ block: 'start', behavior: 'instant' });
  heading?.focus();
}

export function renderList(host: RpcElement, view: ListView): TemplateResult {
  const t = host.t.bind(host);
  const { main, abuse } = view.sections;
  const config = host.configState.config;
  const helplines = host.contactsById(host.daHelplineIds());
  const abuseOnly = view.query.need === 'domestic-abuse';
  const abuseFirst = abuseOnly || view.guarded;
  const loading = view.feed === 'loading';
  const pageQr = posterUrl(view.pageUrl, { need: view.query.need });
  const abusePanel = html`<section class="panel safety-first" part="domestic-abuse" aria-labelledby="da-heading">
    <h3 id="da-heading" tabindex="-1">${t('ui.help-finder.da-title')}</h3>
    <p>${t('ui.help-finder.da-body')}</p>
    ${renderContacts(host, helplines)}
    ${
      abuse.length
        ? view.paging.render(host, abuse, 'da', (shown) => renderServices(host, shown, { className: 'da' }))
        : nothing
    }
  </section>`;
  // Only the results are busy while the feed loads: 999, the helplines and the filters are not.
  return html`<div class="finder">
    <h2>${t('ui.help-finder.title')}</h2>
    <p class="lead">${t('ui.help-finder.intro')}</p>
    ${host.renderHelpNow()} ${renderQuickExitNote(host, config.safeBrowsingUrl)}
    ${renderFilters(host, view.directory, view.query, view.change)}
    ${loading ? html`<p class="notice loading" role="status">${t('ui.help-finder.loading')}</p>` : nothing}
    ${
      view.feed === 'failed'
        ? html`<p class="notice feed-failed" part="feed-failed">${t('ui.help-finder.feed-failed')}</p>`
        : nothing
    }
    <div class="results" aria-busy=${loading ? 'true' : 'false'}>
      <p class="count" data-count=${main.length + abuse.length}>${countText(host, main.length + abuse.length)}</p>
      ${
        abuseFirst
          ? abusePanel
          : html`<p class="to-abuse no-print">
              <button class="link-button" type="button" @click=${focusAbusePanel}>
                ${t('ui.help-finder.to-abuse')}
              </button>
            </p>`
      }
      ${
        abuseOnly
          ? nothing
          : html`<h3>${t('ui.help-finder.services')}</h3>
              ${view.guarded ? html`<p class="notice guarded" part="guarded">${t('ui.help-finder.guarded')}</p>` : nothing}
              ${
                main.length
                  ? view.paging.render(host, main, 'main', (shown) => renderServices(host, shown))
                  : loading || view.guarded
                    ? nothing
                    : html`<p class="notice empty">
                        ${t(chosen(view.query) ? 'ui.help-finder.none' : 'ui.help-finder.none-listed')}
                      </p>`
              }
              ${abuseFirst ? nothing : abusePanel}`
      }
    </div>
    ${host.renderHelplines()}
    <section class="share" aria-labelledby="share-heading">
      <h3 id="share-heading">${t('ui.help-finder.share')}</h3>
      <p>${t('ui.help-finder.share-body')}</p>
      ${renderQr(pageQr, t('ui.help-finder.qr-alt', { url: shortUrl(pageQr) }))}
    </section>
  </div>`;
}

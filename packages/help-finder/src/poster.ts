/** The A4 poster: a headline for the need, a QR code back to the page with the campaign tag, local services and the helplines. */
import { html, nothing, type TemplateResult } from 'lit';
import { CAMPAIGN_TAG, localise, type Need, type Service } from '@rpc-kit/rules/lean';
import { inLanguage, renderQuickExitNote, type RpcElement } from '@rpc-kit/elements';
import { renderQr } from './qr.js';
import { posterUrl, shortUrl } from './urls.js';

/** Services on a poster, at most. */
const POSTER_SERVICES = 6;

/** The campaign tag of a poster whose page gives no `poster-id`, so scans are countable out of the box. */
export const DEFAULT_POSTER_TAG = 'poster';

export interface PosterView {
  /** The need the poster is for, if any. */
  readonly need: Need | undefined;
  /** The page the QR code leads to. */
  readonly pageUrl: string;
  /** The campaign tag the QR code adds (`rpc-src`). */
  readonly posterId: string | undefined;
  /** The services found for the need (domestic abuse services when that is the need). */
  readonly services: readonly Service[];
}

export function renderPoster(host: RpcElement, view: PosterView): TemplateResult {
  const t = host.t.bind(host);
  const { need } = view;
  // A poster's code always carries a campaign tag: the page's `poster-id`, or `poster` when it gives none (or a bad one).
  const source = view.posterId && CAMPAIGN_TAG.test(view.posterId) ? view.posterId : DEFAULT_POSTER_TAG;
  const url = posterUrl(view.pageUrl, { source, need });
  const short = shortUrl(view.pageUrl);
  const services = view.services.slice(0, POSTER_SERVICES);
  const helplines = host.contactsById([...host.daHelplineIds(), 'family-lives', 'nspcc', 'respect-phoneline']);
  const headline =
    need && need !== 'conflict-together'
      ? t(`ui.help-finder.poster.headline.${need}`)
      : t('ui.help-finder.poster.headline');
  return html`<article class="poster" part="poster" data-poster-url=${url}>
      <h2 class="poster-headline">${headline}</h2>
      <p class="poster-intro">
        ${need && need !== 'conflict-together' ? t(`ui.help-finder.poster.intro.${need}`) : t('ui.help-finder.poster.intro')}
      </p>
      <div class="poster-main">
        <div class="poster-qr">
          ${renderQr(url, t('ui.help-finder.qr-alt', { url: short }))}
          <p class="poster-scan">${t('ui.help-finder.poster.scan')}</p>
          <p class="poster-url">${t('ui.help-finder.poster.or-visit')} <strong>${short}</strong></p>
        </div>
        ${
          services.length
            ? html`<div class="poster-services">
                <h3>${t('ui.help-finder.services')}</h3>
                <ul>
                  ${services.map(
                    (s) =>
                      html`<li data-service-id=${s.id}>
                        <strong>${localise(s.name, host.locale)}</strong>${s.phone ? html`<br />${s.phone}` : nothing}
                      </li>`,
                  )}
                </ul>
              </div>`
            : nothing
        }
      </div>
      <section class="poster-helplines">
        <h3>${t('ui.help-finder.poster.helplines')}</h3>
        <ul>
          ${helplines.map(
            (c) =>
              html`<li data-contact-id=${c.id}>
                <strong>${inLanguage(c.name, c.lang?.name)}</strong>:
                ${c.phone ?? c.url}${c.hours ? html` <span>(${inLanguage(c.hours, c.lang?.hours)})</span>` : nothing}
              </li>`,
          )}
        </ul>
        <p class="poster-emergency"><strong>${t('ui.help-finder.poster.emergency')}</strong></p>
      </section>
    </article>
    <div class="no-print">
      <p>
        <button class="button" type="button" @click=${() => window.print()}>${t('ui.help-finder.print')}</button>
      </p>
      ${renderQuickExitNote(host, host.configState.config.safeBrowsingUrl)}
    </div>`;
}

/** A local service as a card: what it offers, who for, when, where, cost, and how to get in touch. */
import { html, nothing, render, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { localise, otherLanguageOf, type Service } from '@rpc-kit/rules/lean';
import { contactLink, inLanguage, type TemplateHost } from '@rpc-kit/elements';
import { renderQr } from './qr.js';

function ages(host: TemplateHost, s: Service): string | undefined {
  const min = s.minAge;
  // "Up to 120" is how some directories say "no upper age".
  const max = s.maxAge !== undefined && s.maxAge < 100 ? s.maxAge : undefined;
  if (min !== undefined && max !== undefined) return host.t('ui.help-finder.ages', { min, max });
  if (min !== undefined && min > 0) return host.t('ui.help-finder.ages-from', { min });
  if (max !== undefined) return host.t('ui.help-finder.ages-to', { max });
  return undefined;
}

/**
 * A service's words in the page's language; in English where the council or its directory gave
 * them only in English, marked so (`lang="en"`): a screen reader on a Welsh page reads them with an
 * English voice, not a Welsh one.
 */
function spoken(host: TemplateHost, t: Service['description']): TemplateResult | string | undefined {
  return t ? inLanguage(localise(t, host.locale), otherLanguageOf(t, host.locale)) : undefined;
}

function renderService(host: TemplateHost, s: Service): TemplateResult {
  const text = (t: Service['description']) => (t ? localise(t, host.locale) : undefined);
  const name = spoken(host, s.name);
  // The ages, unless the service's own words already give them ("Anyone aged 16 or over", then not
  // "Ages 16 and over" too): every age of the range is in its words.
  const whoFor = text(s.whoFor);
  const range = ages(host, s);
  const said = (n: number | undefined) => n === undefined || new RegExp(`\\b${n}\\b`).test(whoFor ?? '');
  const given = whoFor && said(s.minAge) && said(s.maxAge !== undefined && s.maxAge < 100 ? s.maxAge : undefined);
  const extra = range && !given ? range : undefined;
  const who = whoFor ? html`${spoken(host, s.whoFor)}${extra ? `. ${extra}` : ''}` : extra;
  const where = s.address ?? (s.areas?.length ? s.areas.join(', ') : undefined);
  const row = (label: string, value: TemplateResult | string | undefined) =>
    value
      ? html`<dt>${label}</dt>
          <dd>${value}</dd>`
      : nothing;
  return html`<li class="card service" part="service" data-service-id=${s.id}>
    <h4 tabindex="-1">${name}</h4>
    <dl>
      ${row(host.t('ui.help-finder.what'), spoken(host, s.description))} ${row(host.t('ui.help-finder.who'), who)}
      ${row(host.t('ui.help-finder.when'), spoken(host, s.hours))} ${row(host.t('ui.help-finder.where'), where)}
      ${row(host.t('ui.help-finder.cost'), spoken(host, s.cost))}
      ${
        s.phone || s.email || s.url || s.referral
          ? html`<dt>${host.t('ui.help-finder.contact')}</dt>
              <dd>
                ${s.referral ? html`${host.t(`referral.${s.referral}`)}.<br />` : nothing}
                ${s.phone ? html`${host.t('ui.call')} ${contactLink(host, s.id, 'phone', s.phone)}<br />` : nothing}
                ${s.email ? html`${host.t('ui.email')}: ${contactLink(host, s.id, 'email', s.email)}<br />` : nothing}
                ${
                  s.url
                    ? contactLink(host, s.id, 'website', s.url, {
                        label: html`${host.t('ui.help-finder.website')}<span class="visually-hidden">: ${name}</span>`,
                      })
                    : nothing
                }
              </dd>`
          : nothing
      }
    </dl>
    ${
      // Its own service's (keyed): a search that draws another service in this card never leaves
      // this one's opened QR code under the other's name.
      s.url
        ? keyed(
            s.id,
            html`<details class="service-qr no-print" @toggle=${drawQrWhenOpen(host, s.url)}>
              <summary>${host.t('ui.help-finder.qr-service')}<span class="visually-hidden">: ${name}</span></summary>
              <div></div>
            </details>`,
          )
        : nothing
    }
  </li>`;
}

/** A service's QR code is drawn only when someone opens it: typing in the search stays quick. */
const drawQrWhenOpen = (host: TemplateHost, url: string) => (event: Event) => {
  const details = event.currentTarget as HTMLDetailsElement;
  const box = details.querySelector('div');
  if (details.open && box) render(renderQr(url, host.t('ui.help-finder.qr-alt', { url })), box);
};

/** Service cards. */
export function renderServices(
  host: TemplateHost,
  services: readonly Service[],
  options: { className?: string } = {},
): TemplateResult {
  // A search that changes the list redraws the cards in place (a card is 20-odd bindings; a new
  // one is a copy of its template and its parts: twice the work on the keystroke that changes the
  // first page). What a card holds of its own, an opened QR code, is keyed to its service.
  return html`<ul class=${`cards services ${options.className ?? ''}`} part="services">
    ${services.map((s) => renderService(host, s))}
  </ul>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { DecisionPathway } from '@rpc-kit/rules/lean';
import { contactLink } from './contact-link.js';
import type { TemplateHost } from './host.js';
import { inLanguage } from './in-language.js';

const row = (label: string, value: unknown) =>
  html`<dt>${label}</dt>
    <dd>${value}</dd>`;

/** Pathway cards: who it is for, format, cost, how long, how to get it, and why it was suggested. */
export function renderPathways(host: TemplateHost, pathways: readonly DecisionPathway[]): TemplateResult {
  return html`<ul class="cards pathways" part="pathways">
    ${pathways.map((p) => {
      const { access } = p;
      const said = (key: keyof NonNullable<DecisionPathway['lang']>, text: string) => inLanguage(text, p.lang?.[key]);
      return html`<li class="card pathway" part="pathway" data-pathway-id=${p.id}>
        <h4>${said('name', p.name)}</h4>
        <p>${said('description', p.description)}</p>
        <dl>
          ${
            // A council's own offer with no "who for" has its description there: said once, above.
            p.whoFor && p.whoFor !== p.description
              ? row(host.t('ui.pathway.who-for'), said('whoFor', p.whoFor))
              : nothing
          }
          ${row(host.t('ui.pathway.format'), p.formatLabels.join(', '))}
          ${p.cost ? row(host.t('ui.pathway.cost'), said('cost', p.cost)) : nothing}
          ${p.duration ? row(host.t('ui.pathway.duration'), said('duration', p.duration)) : nothing}
          <dt>${host.t('ui.pathway.how')}</dt>
          <dd>
            ${access.referralLabel ? html`${access.referralLabel}. ` : nothing}${access.howTo ? said('howTo', access.howTo) : nothing}
            ${
              access.url
                ? html`<br />${contactLink(host, p.id, 'website', access.url, {
                      label: host.t('ui.pathway.link', { name: p.name }),
                    })}`
                : nothing
            }
            ${access.phone ? html`<br />${host.t('ui.call')} ${contactLink(host, p.id, 'phone', access.phone)}` : nothing}
            ${
              access.email
                ? html`<br />${host.t('ui.email')}: ${contactLink(host, p.id, 'email', access.email)}`
                : nothing
            }
          </dd>
          ${p.why.length ? row(host.t('ui.pathway.why'), p.why.join(' ')) : nothing}
        </dl>
      </li>`;
    })}
  </ul>`;
}

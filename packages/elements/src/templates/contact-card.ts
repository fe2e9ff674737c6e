import { html, nothing, type TemplateResult } from 'lit';
import type { DecisionContact } from '@rpc-kit/rules/lean';
import { contactLink } from './contact-link.js';
import type { TemplateHost } from './host.js';

/** Contact cards: the name, a tappable phone number, what it is, the hours, the website and email. */
export function renderContacts(host: TemplateHost, contacts: readonly DecisionContact[]): TemplateResult {
  return html`<ul class="cards contacts" part="contacts">
    ${contacts.map(
      (c) =>
        html`<li class="card contact" part="contact" data-contact-id=${c.id}>
          <h4>${c.name}</h4>
          ${c.phone ? html`<p>${host.t('ui.call')} ${contactLink(host, c.id, 'phone', c.phone)}</p>` : nothing}
          ${c.description ? html`<p>${c.description}</p>` : nothing}
          ${c.hours ? html`<p>${host.t('ui.hours')}: ${c.hours}</p>` : nothing}
          ${
            c.url
              ? html`<p>
                  ${contactLink(host, c.id, 'website', c.url, {
                    label: html`${host.t('ui.website')}<span class="visually-hidden">: ${c.name}</span>`,
                  })}
                </p>`
              : nothing
          }
          ${c.email ? html`<p>${host.t('ui.email')}: ${contactLink(host, c.id, 'email', c.email)}</p>` : nothing}
        </li>`,
    )}
  </ul>`;
}

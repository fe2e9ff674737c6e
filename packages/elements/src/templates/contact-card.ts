import { html, nothing, type TemplateResult } from 'lit';
import type { DecisionContact } from '@rpc-kit/rules/lean';
import { contactLink } from './contact-link.js';
import type { TemplateHost } from './host.js';
import { inLanguage } from './in-language.js';

/**
 * Where calls show: the rules' note that calls to 999 and helplines show in the call history and
 * on the bill, beside the phone numbers (a safety message: no council can change it).
 */
export function renderCallHistoryNote(host: TemplateHost): TemplateResult {
  return html`<p class="call-note hint" part="call-note">${host.t('note.call-history')}</p>`;
}

/**
 * Contact cards: the name, a tappable phone number, the silent ways in (text, live chat, email)
 * where a contact has them, what it is, the hours and the website; the call-history note right
 * under the first phone number (`callNote: false` where the note is just above the cards, in the
 * 999 panel): beside the number it is about, and not before it, so that on a phone the first
 * number is on the first screen of a result. Each card's name is a heading a level below the
 * cards' own (`heading: 3` where they come straight under a step's h2, as in "Need help now?").
 */
export function renderContacts(
  host: TemplateHost,
  contacts: readonly DecisionContact[],
  { callNote = true, heading = 4 }: { callNote?: boolean; heading?: 3 | 4 } = {},
): TemplateResult {
  const name = (c: DecisionContact) => inLanguage(c.name, c.lang?.name);
  const hidden = (c: DecisionContact) => html`<span class="visually-hidden">: ${name(c)}</span>`;
  const noted = callNote ? contacts.find((c) => c.phone) : undefined;
  return html`<ul class="cards contacts" part="contacts">
    ${contacts.map(
      (c) =>
        html`<li class="card contact" part="contact" data-contact-id=${c.id}>
          ${heading === 3 ? html`<h3>${name(c)}</h3>` : html`<h4>${name(c)}</h4>`}
          ${c.phone ? html`<p>${host.t('ui.call')} ${contactLink(host, c.id, 'phone', c.phone)}</p>` : nothing}
          ${c === noted ? renderCallHistoryNote(host) : nothing}
          ${c.text ? html`<p>${host.t('ui.text')} ${contactLink(host, c.id, 'text', c.text)}</p>` : nothing}
          ${
            c.chat
              ? html`<p>
                  ${contactLink(host, c.id, 'chat', c.chat, { label: html`${host.t('ui.chat')}${hidden(c)}` })}
                </p>`
              : nothing
          }
          ${c.email ? html`<p>${host.t('ui.email')}: ${contactLink(host, c.id, 'email', c.email)}</p>` : nothing}
          ${c.description ? html`<p>${inLanguage(c.description, c.lang?.description)}</p>` : nothing}
          ${c.hours ? html`<p>${host.t('ui.hours')}: ${inLanguage(c.hours, c.lang?.hours)}</p>` : nothing}
          ${
            c.url
              ? html`<p>
                  ${contactLink(host, c.id, 'website', c.url, { label: html`${host.t('ui.website')}${hidden(c)}` })}
                </p>`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}

/**
 * Contacts behind a disclosure ("Need help now?") opened at the foot of a phone's screen: scrolled
 * up (its summary to the top, clear of the quick exit pinned there) so that the first number
 * shows, not only the summary. The summary's `click` listener: only a parent's own press scrolls
 * the page (not the disclosure drawn open again, when the element takes over its first screen).
 */
export function showFirstContact(e: Event): void {
  const details = (e.currentTarget as Element).closest('details');
  if (!details || details.open) return;
  details.addEventListener(
    'toggle',
    () => {
      const first = details.querySelector('.contact');
      if (details.open && first && first.getBoundingClientRect().bottom > innerHeight)
        details.querySelector('summary')?.scrollIntoView({ block: 'start', behavior: 'instant' });
    },
    { once: true },
  );
}

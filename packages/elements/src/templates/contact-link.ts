/**
 * The one link to a contact, written once: a phone number (tappable, `tel:`), a number for text
 * messages (`sms:`), an email address (`mailto:`), a website or a live chat (opened without a
 * referrer). Using it tells the host page which
 * contact, pathway or service was used and how (`rpc-contact-click`: an id and a channel, never
 * why). Every card, panel and referral route builds its links from this.
 */
import { html, type TemplateResult } from 'lit';
import { telLink } from '@rpc-kit/rules/lean';
import type { ContactChannel } from '../events.js';
import type { TemplateHost } from './host.js';

export interface ContactLinkOptions {
  /** The link's text; for a phone or email, the number or address itself by default. */
  readonly label?: unknown;
  /** Extra classes (a phone link is always `contact-phone` unless `className` says otherwise). */
  readonly className?: string;
}

/** A link to `target` (a phone number, an email address or a URL) that reports its use. */
export function contactLink(
  host: TemplateHost,
  id: string,
  channel: ContactChannel,
  target: string,
  options: ContactLinkOptions = {},
): TemplateResult {
  const click = () => host.contactClicked(id, channel);
  switch (channel) {
    case 'phone':
      return html`<a class=${options.className ?? 'contact-phone'} href=${telLink(target)} @click=${click}
        >${options.label ?? target}</a
      >`;
    case 'text':
      return html`<a href=${`sms:${target.replace(/[^0-9+]/g, '')}`} @click=${click}>${options.label ?? target}</a>`;
    case 'email':
      return html`<a href=${`mailto:${target}`} @click=${click}>${options.label ?? target}</a>`;
    case 'website':
    case 'chat':
      return html`<a href=${target} rel="noopener noreferrer" @click=${click}>${options.label ?? target}</a>`;
  }
}

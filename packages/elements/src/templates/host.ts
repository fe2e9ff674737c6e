import type { Audience, MessageId } from '@rpc-kit/rules/lean';
import type { ContactChannel } from '../events.js';
import type { UiLocale } from '../i18n.js';

/** What a shared template needs from its element (`RpcElement` is one). */
export interface TemplateHost {
  /** A message in the element's language and audience, with the council's overrides. */
  t(id: MessageId, values?: Readonly<Record<string, string | number>>): string;
  /** Tells the host page which contact or pathway was used, and how (never why). */
  contactClicked(contact: string, channel: ContactChannel): void;
  readonly locale: UiLocale;
  readonly who: Audience;
}

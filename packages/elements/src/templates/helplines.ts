import { html, type TemplateResult } from 'lit';
import type { DecisionContact } from '@rpc-kit/rules/lean';
import { renderContacts, showFirstContact } from './contact-card.js';
import type { TemplateHost } from './host.js';

/** What the national contacts are drawn from (`RpcElement` is one). */
export interface HelplinesHost extends TemplateHost {
  contactsById(ids: readonly string[]): DecisionContact[];
  daHelplineIds(): string[];
  /** The config the cards are drawn from (its words and nation), and whether its nation is known. */
  readonly configState: { readonly config: unknown; readonly nationUnknown: boolean };
}

/** The cards each element drew last, and what from. */
const drawn = new WeakMap<HelplinesHost, Map<string, { from: readonly unknown[]; cards: TemplateResult }>>();

/**
 * The cards are drawn again only when what they are drawn from changes, not on every update of
 * the element (each keystroke in the help finder's search, each answer of a journey): the same
 * cards, not built again, and quick for Lit to compare.
 */
function once(host: HelplinesHost, name: string, draw: () => TemplateResult): TemplateResult {
  const from = [host.locale, host.who, host.configState.config, host.configState.nationUnknown];
  let mine = drawn.get(host);
  if (!mine) drawn.set(host, (mine = new Map()));
  const last = mine.get(name);
  if (last && last.from.length === from.length && last.from.every((v, i) => v === from[i])) return last.cards;
  const cards = draw();
  mine.set(name, { from, cards });
  return cards;
}

/**
 * The national helplines: 999, the nation's domestic abuse helpline (`daHelplineIds`), the Men's
 * Advice Line (the helpline's card sends men there) and the Respect Phoneline. Always available.
 */
export const renderHelplines = (host: HelplinesHost): TemplateResult =>
  once(
    host,
    'helplines',
    () =>
      html`<section class="helplines" part="helplines" aria-labelledby="helplines-heading">
        <h3 id="helplines-heading">${host.t('ui.helplines-title')}</h3>
        ${renderContacts(
          host,
          host.contactsById(['emergency-999', ...host.daHelplineIds(), 'mens-advice-line', 'respect-phoneline']),
        )}
      </section>`,
  );

/**
 * "Need help now?": 999 first and the nation's domestic abuse helplines, behind a small native
 * disclosure that every step of a journey carries (closed, its words are safe to be seen). The
 * contacts are the rules' national ones: no config can take them away.
 */
export const renderHelpNow = (host: HelplinesHost): TemplateResult =>
  once(
    host,
    'help-now',
    () =>
      html`<details class="help-now no-print" part="help-now">
        <summary @click=${showFirstContact}>${host.t('ui.help-now')}</summary>
        <div>
          ${renderContacts(host, host.contactsById(['emergency-999', ...host.daHelplineIds(), 'mens-advice-line']), {
            heading: 3,
          })}
        </div>
      </details>`,
  );

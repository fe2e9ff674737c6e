/**
 * Templates every element shares. They render inside the element's own shadow root, so labels
 * and inputs stay together for assistive technology.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import {
  telLink,
  type BankQuestion,
  type DecisionContact,
  type DecisionPathway,
  type MessageId,
  type ResolvedConfig,
} from '@rpc-kit/rules';
import type { RpcEventDetail } from './events.js';
import type { UiLocale } from './i18n.js';

/** What a template needs from its element. */
export interface TemplateHost {
  t(id: MessageId, values?: Readonly<Record<string, string | number>>): string;
  contactClicked?(contact: string, channel: NonNullable<RpcEventDetail['channel']>): void;
}

const click = (host: TemplateHost, id: string, channel: NonNullable<RpcEventDetail['channel']>) => () =>
  host.contactClicked?.(id, channel);

/** Contact cards with tappable phone, website and email links. */
export function renderContacts(host: TemplateHost, contacts: readonly DecisionContact[]): TemplateResult {
  return html`<ul class="cards contacts" part="contacts">
    ${contacts.map(
      (c) =>
        html`<li class="card contact" part="contact" data-contact-id=${c.id}>
          <h4>${c.name}</h4>
          ${
            c.phone
              ? html`<p>
                  ${host.t('ui.call')}
                  <a class="contact-phone" href=${telLink(c.phone)} @click=${click(host, c.id, 'phone')}>${c.phone}</a>
                </p>`
              : nothing
          }
          ${c.description ? html`<p>${c.description}</p>` : nothing}
          ${c.hours ? html`<p>${host.t('ui.hours')}: ${c.hours}</p>` : nothing}
          ${
            c.url
              ? html`<p>
                  <a href=${c.url} rel="noopener noreferrer" @click=${click(host, c.id, 'website')}
                    >${host.t('ui.website')}<span class="visually-hidden">: ${c.name}</span></a
                  >
                </p>`
              : nothing
          }
          ${
            c.email
              ? html`<p>
                  ${host.t('ui.email')}:
                  <a href=${`mailto:${c.email}`} @click=${click(host, c.id, 'email')}>${c.email}</a>
                </p>`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}

/**
 * The element's quick exit, at its top. The page's registry shows one per page (see
 * `<rpc-quick-exit>`), in the element's language and with the council's wording.
 */
export function renderQuickExit(config: ResolvedConfig, locale: UiLocale): TemplateResult {
  return html`<rpc-quick-exit
    part="quick-exit"
    exportparts="button: quick-exit-button, bar: quick-exit-bar"
    class="no-print"
    .url=${config.quickExitUrl}
    .locale=${locale}
    .strings=${config.strings}
    .preset=${config.branding.preset}
  ></rpc-quick-exit>`;
}

/**
 * What the quick exit does and cannot do, shown before its first use: the button, Shift 3 times,
 * the answers wiped, and what stays (browsing history, call logs, synced devices), with advice on
 * browsing safely.
 */
export function renderQuickExitNote(host: TemplateHost, safeBrowsingUrl: string): TemplateResult {
  return html`<div class="notice" part="quick-exit-note">
    <p>${host.t('ui.quick-exit-note')}</p>
    <p><a href=${safeBrowsingUrl} rel="noopener noreferrer">${host.t('ui.safe-browsing')}</a></p>
  </div>`;
}

/** 999 first, big and clear, with the Silent Solution explained. */
export function renderEmergencyPanel(host: TemplateHost, emergency: DecisionContact): TemplateResult {
  return html`<div class="panel emergency emergency-panel" part="emergency">
    <p>
      <a class="button warning" href="tel:999" @click=${click(host, emergency.id, 'phone')}>${host.t('ui.call')} 999</a>
    </p>
    ${emergency.description ? html`<p>${emergency.description}</p>` : nothing}
  </div>`;
}

/** Pathway cards: who it is for, format, cost, how long, how to get it, and why it was suggested. */
export function renderPathways(host: TemplateHost, pathways: readonly DecisionPathway[]): TemplateResult {
  return html`<ul class="cards pathways" part="pathways">
    ${pathways.map(
      (p) =>
        html`<li class="card pathway" part="pathway" data-pathway-id=${p.id}>
          <h4>${p.name}</h4>
          <p>${p.description}</p>
          <dl>
            <dt>${host.t('ui.pathway.who-for')}</dt>
            <dd>${p.whoFor}</dd>
            <dt>${host.t('ui.pathway.format')}</dt>
            <dd>${p.formatLabels.join(', ')}</dd>
            ${
              p.cost
                ? html`<dt>${host.t('ui.pathway.cost')}</dt>
                    <dd>${p.cost}</dd>`
                : nothing
            }
            ${
              p.duration
                ? html`<dt>${host.t('ui.pathway.duration')}</dt>
                    <dd>${p.duration}</dd>`
                : nothing
            }
            <dt>${host.t('ui.pathway.how')}</dt>
            <dd>
              ${p.access.referralLabel ? html`${p.access.referralLabel}. ` : nothing}${p.access.howTo ?? nothing}
              ${
                p.access.url
                  ? html`<br /><a href=${p.access.url} rel="noopener noreferrer" @click=${click(host, p.id, 'website')}
                        >${host.t('ui.pathway.link', { name: p.name })}</a
                      >`
                  : nothing
              }
              ${
                p.access.phone
                  ? html`<br />${host.t('ui.call')}
                      <a class="contact-phone" href=${telLink(p.access.phone)} @click=${click(host, p.id, 'phone')}
                        >${p.access.phone}</a
                      >`
                  : nothing
              }
              ${
                p.access.email
                  ? html`<br />${host.t('ui.email')}:
                      <a href=${`mailto:${p.access.email}`} @click=${click(host, p.id, 'email')}>${p.access.email}</a>`
                  : nothing
              }
            </dd>
            ${
              p.why.length
                ? html`<dt>${host.t('ui.pathway.why')}</dt>
                    <dd>${p.why.join(' ')}</dd>`
                : nothing
            }
          </dl>
        </li>`,
    )}
  </ul>`;
}

export interface SelectView {
  readonly id: string;
  readonly label: string;
  /** The value chosen, or undefined for the first option ("Any"). */
  readonly value: string | undefined;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** The first option's label, meaning "no filter". */
  readonly anyLabel: string;
}

/**
 * A filter as a labelled native select, its first option meaning "any". A change narrows a list on
 * the page (no change of context, WCAG 3.2.2); `onChange` gets undefined for "any".
 */
export function renderSelect(view: SelectView, onChange: (value: string | undefined) => void): TemplateResult {
  return html`<div class="field">
    <label for=${view.id}>${view.label}</label>
    <select
      id=${view.id}
      .value=${live(view.value ?? '')}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value || undefined)}
    >
      <option value="" ?selected=${!view.value}>${view.anyLabel}</option>
      ${view.options.map((o) => html`<option value=${o.value} ?selected=${view.value === o.value}>${o.label}</option>`)}
    </select>
  </div>`;
}

export interface QuestionView {
  readonly question: BankQuestion;
  readonly value: string | undefined;
  readonly error: boolean;
  readonly caption?: string;
  readonly showWhy?: boolean;
}

/**
 * One question as one step (GOV.UK's question-page pattern): the question is the legend and the
 * heading, native radios, an error message when nothing is chosen. The fieldset carries
 * `data-question-id` and each radio's value is the option value from the question bank.
 */
export function renderQuestion(
  host: TemplateHost,
  view: QuestionView,
  onChange: (value: string) => void,
): DirectiveResult {
  const q = view.question;
  const idBase = `q-${q.id}`;
  const described = [q.hint ? `${idBase}-hint` : '', view.error ? `${idBase}-error` : ''].filter(Boolean).join(' ');
  // Keyed by question: each step gets fresh inputs, so no choice carries over to the next question.
  return keyed(
    q.id,
    html`<div class=${view.error ? 'question has-error' : 'question'}>
      <fieldset data-question-id=${q.id} aria-describedby=${described || nothing}>
        <legend>
          ${view.caption ? html`<span class="caption">${view.caption}</span>` : nothing}
          <h2 class="question-heading" tabindex="-1" data-focus-target>${q.text}</h2>
        </legend>
        ${q.hint ? html`<p class="hint" id=${`${idBase}-hint`}>${q.hint}</p>` : nothing}
        ${
          view.error
            ? html`<p class="error-message" id=${`${idBase}-error`}>
                <span class="visually-hidden">${host.t('ui.error-prefix')}</span> ${host.t('ui.choose-answer')}
              </p>`
            : nothing
        }
        <div class="radios" part="radios">
          ${q.options.map(
            (o, i) =>
              html`<div class="radio">
                <input
                  type="radio"
                  id=${`${idBase}-${i}`}
                  name=${q.id}
                  value=${o.value}
                  .checked=${live(view.value === o.value)}
                  @change=${() => onChange(o.value)}
                />
                <label for=${`${idBase}-${i}`}>${o.label}</label>
              </div>`,
          )}
        </div>
      </fieldset>
      ${
        view.showWhy && q.why
          ? html`<details part="why">
              <summary>${host.t('ui.why-we-ask')}</summary>
              <div>${q.why}</div>
            </details>`
          : nothing
      }
    </div>`,
  );
}

import { html, nothing } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { BankQuestion } from '@rpc-kit/rules/lean';
import type { TemplateHost } from './host.js';

export interface QuestionView {
  readonly question: BankQuestion;
  readonly value: string | undefined;
  readonly error: boolean;
  readonly caption?: string;
  readonly showWhy?: boolean;
  /** One of a few questions on a step: its heading is an h3 under the step's heading, not focused. */
  readonly subQuestion?: boolean;
}

/**
 * One question (GOV.UK's question-page pattern): the question is the legend and the heading (an
 * h2 on its own step, an h3 among a few), native radios, an error message when nothing is chosen. The fieldset carries
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
          ${
            view.subQuestion
              ? html`<h3 class="question-heading">${q.text}</h3>`
              : html`<h2 class="question-heading" tabindex="-1" data-focus-target>${q.text}</h2>`
          }
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

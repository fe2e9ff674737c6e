import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

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

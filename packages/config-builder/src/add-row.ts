/** The form's "add" row, for lists and named entries: a box (or a list of names) and a button. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldId, type Path } from './edit.js';
import type { FormHost } from './field-frame.js';

/** An "add" row: a box (or a list of names to choose from) and a button. */
export function addRow(
  host: FormHost,
  path: Path,
  noun: string,
  onAdd: (key: string, value: string) => boolean,
  options: {
    choices?: readonly string[];
    suggestions?: readonly string[];
    withValue?: boolean;
    keyLabel?: string;
  } = {},
): TemplateResult {
  const id = `${fieldId(path)}:add`;
  const keyDraft = `${id}:key`;
  const valueDraft = `${id}:value`;
  const add = () => {
    const key = (host.drafts.get(keyDraft) ?? (options.choices?.[0] || '')).trim();
    const value = host.drafts.get(valueDraft) ?? '';
    if (!key) {
      host.announce(`Type the ${noun} first.`);
      host.focusLater(keyDraft);
      return;
    }
    if (onAdd(key, value)) {
      host.drafts.delete(keyDraft);
      host.drafts.delete(valueDraft);
    }
  };
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  const listId = options.suggestions && `${id}:list`;
  return html`<div class="add-row">
    <div class="add-field">
      <label for=${keyDraft}>${options.keyLabel ?? `New ${noun}`}</label>
      ${
        options.choices
          ? html`<select
              id=${keyDraft}
              @change=${(e: Event) => host.drafts.set(keyDraft, (e.target as HTMLSelectElement).value)}
            >
              ${options.choices.map(
                (c) => html`<option value=${c} ?selected=${host.drafts.get(keyDraft) === c}>${c}</option>`,
              )}
            </select>`
          : html`<input
              id=${keyDraft}
              type="text"
              autocomplete="off"
              list=${listId ?? nothing}
              .value=${live(host.drafts.get(keyDraft) ?? '')}
              @input=${(e: Event) => host.drafts.set(keyDraft, (e.target as HTMLInputElement).value)}
              @keydown=${onEnter}
            />`
      }
      ${
        listId
          ? html`<datalist id=${listId}>
              ${options.suggestions!.map((s) => html`<option value=${s}></option>`)}
            </datalist>`
          : nothing
      }
    </div>
    ${
      options.withValue
        ? html`<div class="add-field">
            <label for=${valueDraft}>Value</label>
            <input
              id=${valueDraft}
              type="text"
              autocomplete="off"
              .value=${live(host.drafts.get(valueDraft) ?? '')}
              @input=${(e: Event) => host.drafts.set(valueDraft, (e.target as HTMLInputElement).value)}
              @keydown=${onEnter}
            />
          </div>`
        : nothing
    }
    <button class="button secondary" type="button" @click=${add}>Add ${noun}</button>
  </div>`;
}

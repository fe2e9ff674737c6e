/** The form's named entries (languages, sentences, colour tokens): each changed or removed, and one more added. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldId, formatPath, isObject, type Json, type Path } from './edit.js';
import { addRow } from './add-row.js';
import {
  describedBy,
  errorMessages,
  frame,
  type FieldOptions,
  type FormHost,
  type RenderField,
  fieldset,
} from './field-frame.js';
import { fieldKind, type SchemaNode } from './schema.js';
import { humanise, valueLabel, wordsFor } from './words.js';

/** Named entries (languages, sentences, colour tokens): each changed or removed, and one more added. */
export function recordField(
  host: FormHost,
  path: Path,
  opts: FieldOptions,
  keys: SchemaNode,
  valueNode: SchemaNode,
  renderField: RenderField,
): TemplateResult {
  const f = frame(host, path, { ...opts, required: false }, 'record');
  const id = f.id;
  const noun = wordsFor(host.schema, path).item ?? 'entry';
  const current = host.value(path);
  const entries = isObject(current) ? Object.entries(current) : [];
  const valueKind = fieldKind(valueNode).kind;
  const allowed = keys.enum?.filter((k): k is string => typeof k === 'string');
  const choices = allowed?.filter((k) => !entries.some(([e]) => e === k));
  const suggestions = host.suggestions?.(path)?.filter((k) => !entries.some(([e]) => e === k));
  host.target(path, entries.length ? fieldId([...path, entries[0]![0]]) : `${id}:add:key`);
  const remove = (key: string) => {
    host.set([...path, key], undefined);
    host.announce(`Removed ${key}.`);
    host.focusLater(`${id}:add:key`);
  };
  return fieldset(
    f,
    path,
    html`${entries.map(([key]) => {
      const epath = [...path, key];
      const label = valueLabel(key) === humanise(key) ? key : `${valueLabel(key)} (${key})`;
      const entryHint = host.entryHint?.(path, key);
      if (valueKind === 'text') {
        const eid = fieldId(epath);
        const eproblems = host.problemsAt(epath);
        const value = host.value(epath);
        host.target(epath, eid);
        return html`<div class="form-group entry ${eproblems.length ? 'has-error' : ''}" data-path=${formatPath(epath)}>
          <label class="label" for=${eid}><code>${label}</code></label>
          ${entryHint ? html`<div class="hint" id=${`${eid}:hint`}>${entryHint}</div>` : nothing}
          ${errorMessages(`${eid}:error`, eproblems)}
          <div class="inline">
            <input
              id=${eid}
              type="text"
              autocomplete="off"
              .value=${live(typeof value === 'string' ? value : JSON.stringify(value ?? ''))}
              aria-describedby=${
                describedBy(entryHint && `${eid}:hint`, eproblems.length > 0 && `${eid}:error`) ?? nothing
              }
              aria-invalid=${eproblems.length ? 'true' : nothing}
              @input=${(e: Event) => host.set(epath, (e.target as HTMLInputElement).value)}
            />
            <button class="button secondary small" type="button" @click=${() => remove(key)}>
              Remove<span class="visually-hidden"> ${key}</span>
            </button>
          </div>
        </div>`;
      }
      return html`<div class="entry-group">
        ${renderField(host, epath, { label })}
        <button class="button secondary small" type="button" @click=${() => remove(key)}>Remove ${label}</button>
      </div>`;
    })}
    ${
      choices && !choices.length
        ? nothing
        : addRow(
            host,
            path,
            noun,
            (key, value) => {
              if (entries.some(([e]) => e === key)) {
                host.focusLater(fieldId([...path, key]));
                return true;
              }
              const initial: Json =
                valueKind === 'text'
                  ? value || (host.initialText?.(path, key) ?? '')
                  : valueKind === 'json'
                    ? null
                    : {};
              host.set([...path, key], initial);
              host.announce(`Added ${key}.`);
              host.focusLater(valueKind === 'text' ? fieldId([...path, key]) : `${fieldId([...path, key])}:add:key`);
              return true;
            },
            {
              ...(choices ? { choices } : {}),
              ...(suggestions ? { suggestions } : {}),
              withValue: valueKind === 'text' && !choices,
            },
          )
    }`,
    `label group-label ${opts.hideLabel ? 'visually-hidden' : ''}`,
  );
}

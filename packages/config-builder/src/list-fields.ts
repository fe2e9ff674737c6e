/**
 * The form's lists: short texts (each changed or removed, one more added) and objects (each in its
 * own folding section, with Remove; and Add).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldId, formatPath, isObject, type Json, type Path } from './edit.js';
import { addRow } from './add-row.js';
import { errorMessages, frame, type FieldOptions, type FormHost, type RenderField, fieldset } from './field-frame.js';
import { jsonField } from './json-field.js';
import { isRequired, nodeAt } from './schema.js';
import { humanise, wordsFor } from './words.js';

/** A list of short texts: each can be changed or removed, and one more added. */
export function textListField(host: FormHost, path: Path, opts: FieldOptions): TemplateResult {
  const f = frame(host, path, opts);
  const id = f.id;
  const noun = wordsFor(host.schema, path).item ?? 'item';
  const current = host.value(path);
  const list = Array.isArray(current) ? (current as Json[]) : [];
  const suggestions = host.suggestions?.(path);
  host.target(path, list.length ? fieldId([...path, 0]) : `${id}:add:key`);
  const setList = (next: Json[]) => host.set(path, next.length || opts.required ? next : undefined);
  return fieldset(
    f,
    path,
    html`${
      list.length
        ? html`<ol class="text-list">
            ${list.map((item, i) => {
              const ipath = [...path, i];
              const iid = fieldId(ipath);
              const iproblems = host.problemsAt(ipath);
              host.target(ipath, iid);
              return html`<li class="${iproblems.length ? 'has-error' : ''}" data-path=${formatPath(ipath)}>
                <label class="visually-hidden" for=${iid}>${humanise(noun)} ${i + 1}</label>
                ${errorMessages(`${iid}:error`, iproblems)}
                <div class="inline">
                  <input
                    id=${iid}
                    type="text"
                    autocomplete="off"
                    .value=${live(typeof item === 'string' ? item : JSON.stringify(item))}
                    aria-describedby=${iproblems.length ? `${iid}:error` : nothing}
                    aria-invalid=${iproblems.length ? 'true' : nothing}
                    @input=${(e: Event) => host.set(ipath, (e.target as HTMLInputElement).value)}
                  />
                  <button
                    class="button secondary small"
                    type="button"
                    @click=${() => {
                      setList(list.filter((_, j) => j !== i));
                      host.announce(`Removed ${noun} ${i + 1}.`);
                      host.focusLater(`${id}:add:key`);
                    }}
                  >
                    Remove<span class="visually-hidden"> ${noun} ${i + 1}</span>
                  </button>
                </div>
              </li>`;
            })}
          </ol>`
        : nothing
    }
    ${addRow(
      host,
      path,
      noun,
      (key) => {
        setList([...list, key]);
        host.announce(`Added ${noun} ${key}.`);
        host.focusLater(`${id}:add:key`);
        return true;
      },
      { suggestions },
    )}`,
  );
}

/** The name of a list item, from its English name or id, for its heading. */
function itemName(item: unknown): string | undefined {
  if (!isObject(item)) return undefined;
  const name = item.name;
  if (typeof name === 'string') return name;
  if (isObject(name) && typeof name.en === 'string') return name.en;
  return typeof item.id === 'string' ? item.id : undefined;
}

/** A list of objects: each in its own folding section, with Remove; and Add. */
export function objectListField(
  host: FormHost,
  path: Path,
  opts: FieldOptions,
  renderField: RenderField,
): TemplateResult {
  const f = frame(host, path, opts, 'list');
  const id = f.id;
  const noun = wordsFor(host.schema, path).item ?? 'item';
  const current = host.value(path);
  const list = Array.isArray(current) ? (current as Json[]) : [];
  const item = nodeAt(host.schema, [...path, 0]);
  host.target(path, `${id}:add`);
  const article = /^[aeiou]/i.test(noun) ? 'an' : 'a';
  return html`<div
    class=${f.css}
    role="group"
    aria-labelledby=${`${id}:label`}
    aria-describedby=${f.describedBy}
    data-path=${formatPath(path)}
  >
    <p class="label group-label ${opts.hideLabel ? 'visually-hidden' : ''}" id=${`${id}:label`}>${f.title}</p>
    ${f.notes}
    ${list.map((value, i) => {
      const ipath = [...path, i];
      const iid = fieldId(ipath);
      const count = host.problemsWithin(ipath);
      const name = itemName(value);
      const title = `${humanise(noun)} ${i + 1}${name ? `: ${name}` : ''}`;
      host.target(ipath, `${iid}:summary`);
      const keys = Object.keys(item?.properties ?? {});
      return html`<details class="item ${count ? 'has-error' : ''}" id=${iid} data-path=${formatPath(ipath)}>
        <summary id=${`${iid}:summary`}>
          ${title}${
            count
              ? html` <span class="problem-count">(${count} ${count === 1 ? 'problem' : 'problems'})</span>`
              : nothing
          }
        </summary>
        <div class="item-body">
          ${
            isObject(value)
              ? keys.map((k) => renderField(host, [...ipath, k], { required: isRequired(item, k) }))
              : jsonField(host, ipath, { label: title })
          }
          <button
            class="button warning small"
            type="button"
            @click=${() => {
              host.set(
                path,
                list.filter((_, j) => j !== i),
              );
              host.announce(`Removed ${noun} ${i + 1}.`);
              host.focusLater(`${id}:add`);
            }}
          >
            Remove ${noun} ${i + 1}
          </button>
        </div>
      </details>`;
    })}
    <button class="button secondary" id=${`${id}:add`} type="button" @click=${() => host.addItem(path, {})}>
      Add ${article} ${noun}
    </button>
  </div>`;
}

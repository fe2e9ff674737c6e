/**
 * The form's fields for one value: a one-line box or a text area, a number, text in each
 * language, radios for one allowed value (or yes and no), tick boxes for several.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldId, formatPath, isObject, type Json, type Path } from './edit.js';
import { describedBy, errorMessages, frame, type FieldOptions, type FormHost, fieldset } from './field-frame.js';
import { valueHint, valueLabel, wordsFor } from './words.js';

/** A one-line box, or a text area for long text. */
export function textField(host: FormHost, path: Path, opts: FieldOptions): TemplateResult {
  const f = frame(host, path, opts);
  const id = f.id;
  const words = wordsFor(host.schema, path);
  const value = host.value(path);
  const text =
    value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const suggestions = host.suggestions?.(path);
  const listId = suggestions && `${id}:list`;
  host.target(path, id);
  const onInput = (e: Event) => {
    const v = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    host.set(path, v === '' ? undefined : v);
  };
  return html`<div class=${f.css} data-path=${formatPath(path)}>
    <label class="label" for=${id}>${f.title}</label>
    ${f.notes}
    ${
      words.long
        ? html`<textarea
            id=${id}
            rows="3"
            .value=${live(text)}
            aria-describedby=${f.describedBy}
            aria-invalid=${f.invalid}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${id}
            type=${words.input ?? 'text'}
            spellcheck=${words.input && words.input !== 'text' ? 'false' : nothing}
            autocomplete="off"
            list=${listId ?? nothing}
            .value=${live(text)}
            aria-describedby=${f.describedBy}
            aria-invalid=${f.invalid}
            @input=${onInput}
          />`
    }
    ${suggestions ? html`<datalist id=${listId!}>${suggestions.map((s) => html`<option value=${s}></option>`)}</datalist>` : nothing}
  </div>`;
}

/** Whole numbers are kept as numbers; anything else typed is kept as typed, so its problem shows. */
export function numberField(
  host: FormHost,
  path: Path,
  opts: FieldOptions,
  kind: 'integer' | 'number',
): TemplateResult {
  const f = frame(host, path, opts);
  const value = host.value(path);
  host.target(path, f.id);
  const pattern = kind === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
  return html`<div class=${f.css} data-path=${formatPath(path)}>
    <label class="label" for=${f.id}>${f.title}</label>
    ${f.notes}
    <input
      id=${f.id}
      class="width-5"
      type="text"
      inputmode="numeric"
      autocomplete="off"
      .value=${live(value === undefined ? '' : String(value))}
      aria-describedby=${f.describedBy}
      aria-invalid=${f.invalid}
      @input=${(e: Event) => {
        const v = (e.target as HTMLInputElement).value.trim();
        host.set(path, v === '' ? undefined : pattern.test(v) ? Number(v) : v);
      }}
    />
  </div>`;
}

/** Languages first English, then Welsh, then any others the config names or the text has. */
function localesFor(host: FormHost, value: unknown): string[] {
  const inValue = isObject(value) ? Object.keys(value) : [];
  return [...new Set(['en', 'cy', ...host.locales, ...inValue])];
}

/** Text a person reads, in each language: a plain string while there is only English. */
export function localisedField(host: FormHost, path: Path, opts: FieldOptions): TemplateResult {
  const f = frame(host, path, opts, 'localised');
  const words = wordsFor(host.schema, path);
  const value = host.value(path);
  const texts: Record<string, unknown> =
    typeof value === 'string' ? { en: value } : isObject(value) ? { ...value } : {};
  const locales = localesFor(host, value);
  host.target(path, fieldId([...path, 'en']));
  const update = (locale: string, text: string) => {
    const current = host.value(path);
    const next: Record<string, Json> =
      typeof current === 'string' ? { en: current } : isObject(current) ? { ...current } : {};
    if (text === '') delete next[locale];
    else next[locale] = text;
    const keys = Object.keys(next);
    if (!keys.length) host.set(path, undefined);
    else if (keys.length === 1 && keys[0] === 'en' && !isObject(current)) host.set(path, next.en!);
    else host.set(path, next);
  };
  return fieldset(
    f,
    path,
    html`${locales.map((locale) => {
      const lpath = [...path, locale];
      const lid = fieldId(lpath);
      const lproblems = host.problemsAt(lpath);
      const lerror = lproblems.length ? `${lid}:error` : undefined;
      const text = texts[locale];
      host.target(lpath, lid);
      const onInput = (e: Event) => update(locale, (e.target as HTMLInputElement).value);
      const attrs = {
        describedBy: describedBy(lerror) ?? nothing,
        invalid: lproblems.length ? 'true' : nothing,
      };
      return html`<div class="locale ${lproblems.length ? 'has-error' : ''}" data-path=${formatPath(lpath)}>
        <label for=${lid}
          >${valueLabel(locale)}${locale === 'en' || locale === 'cy' ? nothing : html` (${locale})`}</label
        >
        ${errorMessages(lerror ?? '', lproblems)}
        ${
          words.long
            ? html`<textarea
                id=${lid}
                lang=${locale}
                rows="3"
                .value=${live(typeof text === 'string' ? text : '')}
                aria-describedby=${attrs.describedBy}
                aria-invalid=${attrs.invalid}
                @input=${onInput}
              ></textarea>`
            : html`<input
                id=${lid}
                lang=${locale}
                type="text"
                autocomplete="off"
                .value=${live(typeof text === 'string' ? text : '')}
                aria-describedby=${attrs.describedBy}
                aria-invalid=${attrs.invalid}
                @input=${onInput}
              />`
        }
      </div>`;
    })}`,
  );
}

type Choice = readonly [key: string, label: string, value: Json];

/** Radios for one allowed value (or yes and no), with "Not set" where the setting is optional. */
export function choiceField(
  host: FormHost,
  path: Path,
  opts: FieldOptions,
  choices: readonly Choice[],
): TemplateResult {
  const f = frame(host, path, opts);
  const id = f.id;
  const value = host.value(path);
  const all: Choice[] = opts.required ? [...choices] : [['', 'Not set', null], ...choices];
  host.target(path, `${id}:${all[0]![0]}`);
  return fieldset(
    f,
    path,
    html`<div class="choices">
      ${all.map(([key, label, v]) => {
        const cid = `${id}:${key}`;
        const checked = key === '' ? value === undefined : value === v;
        const vhint = typeof v === 'string' ? valueHint(host.schema, path, v) : undefined;
        return html`<div class="choice">
          <input
            type="radio"
            id=${cid}
            name=${id}
            .checked=${live(checked)}
            aria-describedby=${vhint ? `${cid}:hint` : nothing}
            @change=${() => host.set(path, key === '' ? undefined : v)}
          />
          <label for=${cid}>${label}${typeof v === 'string' && label !== v ? html` <code>${v}</code>` : nothing}</label>
          ${vhint ? html`<div class="hint choice-hint" id=${`${cid}:hint`}>${vhint}</div>` : nothing}
        </div>`;
      })}
      ${
        value !== undefined && !choices.some(([, , v]) => v === value)
          ? html`<p class="hint">Now: <code>${JSON.stringify(value)}</code>, which is not one of these.</p>`
          : nothing
      }
    </div>`,
  );
}

/** Tick boxes for several allowed values. A value that is not allowed is shown, to be unticked. */
export function checkboxesField(
  host: FormHost,
  path: Path,
  opts: FieldOptions,
  values: readonly string[],
): TemplateResult {
  const f = frame(host, path, opts);
  const id = f.id;
  const current = host.value(path);
  const list = Array.isArray(current) ? (current as Json[]) : [];
  const extra = list
    .filter((v) => !values.includes(v as string))
    .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  const all = [...values, ...extra];
  host.target(path, `${id}:${all[0] ?? ''}`);
  const toggle = (v: string, on: boolean) => {
    const now = Array.isArray(host.value(path)) ? (host.value(path) as Json[]) : [];
    // Keep the schema's order, and anything unknown after it.
    const next = on ? all.filter((x) => x === v || now.includes(x)) : now.filter((x) => x !== v);
    host.set(path, next.length || opts.required ? next : undefined);
  };
  return fieldset(
    f,
    path,
    html`<div class="choices">
      ${all.map((v, i) => {
        const cid = `${id}:${v}`;
        const itemProblems = list.indexOf(v) >= 0 ? host.problemsAt([...path, list.indexOf(v)]) : [];
        return html`<div class="choice">
          <input
            type="checkbox"
            id=${cid}
            .checked=${live(list.includes(v))}
            @change=${(e: Event) => toggle(v, (e.target as HTMLInputElement).checked)}
          />
          <label for=${cid}
            >${i < values.length ? valueLabel(v) : html`<strong>${v}</strong> (not allowed)`}
            ${i < values.length && valueLabel(v) !== v ? html`<code>${v}</code>` : nothing}</label
          >
          ${itemProblems.length ? html`<span class="visually-hidden">${itemProblems[0]!.message}</span>` : nothing}
        </div>`;
      })}
    </div>`,
  );
}

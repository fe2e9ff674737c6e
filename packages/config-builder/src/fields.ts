/**
 * The generic form: one field for each kind of schema node (text, text in each language, one or
 * several allowed values, yes or no, numbers, objects, lists and named entries), each with its
 * label, hint and the problems `validateConfig` finds at its path, as GOV.UK's form patterns.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Problem } from '@rpc-kit/rules';
import { fieldId, formatPath, isObject, type Json, type Path } from './edit.js';
import { fieldKind, isRequired, nodeAt, type SchemaNode } from './schema.js';
import { humanise, labelFor, valueHint, valueLabel, wordsFor } from './words.js';

/** What the form needs from the builder. */
export interface FormHost {
  readonly schema: SchemaNode;
  /** The value at a path of the config being edited. */
  value(path: Path): unknown;
  /** Sets (or, with undefined, removes) the value at a path. */
  set(path: Path, value: Json | undefined): void;
  /** Adds an item at the end of a list, then moves focus into it. */
  addItem(path: Path, item: Json): void;
  /** The problems found exactly at a path. */
  problemsAt(path: Path): readonly Problem[];
  /** How many problems are at a path or inside it. */
  problemsWithin(path: Path): number;
  /** Records the element to focus for a path (for the links in the error summary). */
  target(path: Path, id: string): void;
  /** Text typed but not yet part of the config (a new entry's name, JSON being written). */
  readonly drafts: Map<string, string>;
  /** The languages to offer for text a person reads. */
  readonly locales: readonly string[];
  /** Something to say to screen reader users. */
  announce(text: string): void;
  /** Draws the form again (after a draft changed). */
  refresh(): void;
  /** Moves focus to an element by id, after the next render. */
  focusLater(id: string): void;
  /** A hint of the default a field falls back on, where there is one. */
  defaultHint?(path: Path): string | undefined;
  /** Values to suggest for a free text list (language tags, pathway ids). */
  suggestions?(path: Path): readonly string[] | undefined;
  /** The text a new named entry starts with (a sentence's current wording, say). */
  initialText?(path: Path, key: string): string | undefined;
  /** A hint for a named entry (the current wording of a sentence, say). */
  entryHint?(path: Path, key: string): string | undefined;
}

export interface FieldOptions {
  readonly required?: boolean;
  /** Replaces the label from the words table. */
  readonly label?: string;
  /** The label is read by screen readers but not shown (a heading above says the same). */
  readonly hideLabel?: boolean;
  /** Keys of an object not to show (shown elsewhere). */
  readonly skip?: readonly string[];
}

const describedBy = (...ids: (string | false | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

function errorMessages(id: string, problems: readonly Problem[]): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<p class="error-message" id=${id}>
    ${problems.map((p) => html`<span class="error-line"><span class="visually-hidden">Error:</span> ${p.message}</span>`)}
  </p>`;
}

const requiredMark = (required: boolean | undefined) =>
  required ? html` <span class="required">(required)</span>` : nothing;

function hintFor(host: FormHost, path: Path): string | undefined {
  const words = wordsFor(host.schema, path).hint;
  const fallback = host.defaultHint?.(path);
  return words && fallback ? `${words} ${fallback}` : (words ?? fallback);
}

/** What every field has, as GOV.UK's form groups: an id, its problems, a label, a hint and error messages. */
interface Frame {
  readonly id: string;
  readonly problems: readonly Problem[];
  /** The group's classes: red beside it when it has a problem. */
  readonly css: string;
  /** The label's text, with "(required)" where the schema requires it. */
  readonly title: TemplateResult;
  /** The hint and the error messages, under the label. */
  readonly notes: TemplateResult;
  readonly describedBy: string | typeof nothing;
  readonly invalid: 'true' | typeof nothing;
}

function frame(host: FormHost, path: Path, opts: FieldOptions, extra = ''): Frame {
  const id = fieldId(path);
  const hint = hintFor(host, path);
  const problems = host.problemsAt(path);
  const hintId = hint ? `${id}:hint` : undefined;
  const errorId = problems.length ? `${id}:error` : undefined;
  return {
    id,
    problems,
    css: `form-group ${extra} ${problems.length ? 'has-error' : ''}`,
    title: html`${opts.label ?? labelFor(host.schema, path)}${requiredMark(opts.required)}`,
    notes: html`${hint ? html`<div class="hint" id=${hintId!}>${hint}</div>` : nothing}
    ${errorMessages(errorId ?? '', problems)}`,
    describedBy: describedBy(hintId, errorId) ?? nothing,
    invalid: problems.length ? 'true' : nothing,
  };
}

/** One field for the value at a path, by the kind of its schema node. */
export function renderField(host: FormHost, path: Path, opts: FieldOptions = {}): TemplateResult {
  const node = nodeAt(host.schema, path);
  const kind = fieldKind(node);
  switch (kind.kind) {
    case 'localised':
      return localisedField(host, path, opts);
    case 'text':
      return textField(host, path, opts);
    case 'integer':
    case 'number':
      return numberField(host, path, opts, kind.kind);
    case 'boolean':
      return choiceField(host, path, opts, [
        ['true', 'Yes', true],
        ['false', 'No', false],
      ]);
    case 'enum':
      return choiceField(
        host,
        path,
        opts,
        kind.values.map((v) => [v, valueLabel(v), v]),
      );
    case 'enum-list':
      return checkboxesField(host, path, opts, kind.values);
    case 'text-list':
      return textListField(host, path, opts);
    case 'object':
      return objectField(host, path, opts);
    case 'object-list':
      return objectListField(host, path, opts);
    case 'record':
      return recordField(host, path, opts, kind.keys, kind.value);
    default:
      return jsonField(host, path, opts);
  }
}

/** A one-line box, or a text area for long text. */
function textField(host: FormHost, path: Path, opts: FieldOptions): TemplateResult {
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
function numberField(host: FormHost, path: Path, opts: FieldOptions, kind: 'integer' | 'number'): TemplateResult {
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
function localisedField(host: FormHost, path: Path, opts: FieldOptions): TemplateResult {
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
  return html`<fieldset class=${f.css} data-path=${formatPath(path)} aria-describedby=${f.describedBy}>
    <legend class="label">${f.title}</legend>
    ${f.notes}
    ${locales.map((locale) => {
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
    })}
  </fieldset>`;
}

type Choice = readonly [key: string, label: string, value: Json];

/** Radios for one allowed value (or yes and no), with "Not set" where the setting is optional. */
function choiceField(host: FormHost, path: Path, opts: FieldOptions, choices: readonly Choice[]): TemplateResult {
  const f = frame(host, path, opts);
  const id = f.id;
  const value = host.value(path);
  const all: Choice[] = opts.required ? [...choices] : [['', 'Not set', null], ...choices];
  host.target(path, `${id}:${all[0]![0]}`);
  return html`<fieldset class=${f.css} data-path=${formatPath(path)} aria-describedby=${f.describedBy}>
    <legend class="label">${f.title}</legend>
    ${f.notes}
    <div class="choices">
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
    </div>
  </fieldset>`;
}

/** Tick boxes for several allowed values. A value that is not allowed is shown, to be unticked. */
function checkboxesField(host: FormHost, path: Path, opts: FieldOptions, values: readonly string[]): TemplateResult {
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
  return html`<fieldset class=${f.css} data-path=${formatPath(path)} aria-describedby=${f.describedBy}>
    <legend class="label">${f.title}</legend>
    ${f.notes}
    <div class="choices">
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
    </div>
  </fieldset>`;
}

/** An "add" row: a box (or a list of names to choose from) and a button. */
function addRow(
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

/** A list of short texts: each can be changed or removed, and one more added. */
function textListField(host: FormHost, path: Path, opts: FieldOptions): TemplateResult {
  const f = frame(host, path, opts);
  const id = f.id;
  const noun = wordsFor(host.schema, path).item ?? 'item';
  const current = host.value(path);
  const list = Array.isArray(current) ? (current as Json[]) : [];
  const suggestions = host.suggestions?.(path);
  host.target(path, list.length ? fieldId([...path, 0]) : `${id}:add:key`);
  const setList = (next: Json[]) => host.set(path, next.length || opts.required ? next : undefined);
  return html`<fieldset class=${f.css} data-path=${formatPath(path)} aria-describedby=${f.describedBy}>
    <legend class="label">${f.title}</legend>
    ${f.notes}
    ${
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
    )}
  </fieldset>`;
}

/** An object: a group of fields, one per setting the schema lists, in its order. */
function objectField(host: FormHost, path: Path, opts: FieldOptions): TemplateResult {
  const f = frame(host, path, opts, 'object');
  // No target of its own: a problem here leads to the first field inside.
  const fields = objectChildren(host, path, opts.skip);
  return html`<fieldset class=${f.css} data-path=${formatPath(path)} aria-describedby=${f.describedBy}>
    <legend class="label group-label">${f.title}</legend>
    ${f.notes} ${fields}
  </fieldset>`;
}

/** The fields of an object's settings, without a group around them. */
export function objectChildren(host: FormHost, path: Path, skip: readonly string[] = []): TemplateResult[] {
  const node = nodeAt(host.schema, path);
  const kind = fieldKind(node);
  const obj = kind.kind === 'object' ? kind.node : kind.kind === 'switch-or-object' ? kind.object : undefined;
  return Object.keys(obj?.properties ?? {})
    .filter((k) => !skip.includes(k))
    .map((k) => renderField(host, [...path, k], { required: isRequired(obj, k) }));
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
function objectListField(host: FormHost, path: Path, opts: FieldOptions): TemplateResult {
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

/** Named entries (languages, sentences, colour tokens): each changed or removed, and one more added. */
function recordField(
  host: FormHost,
  path: Path,
  opts: FieldOptions,
  keys: SchemaNode,
  valueNode: SchemaNode,
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
  return html`<fieldset class=${f.css} data-path=${formatPath(path)} aria-describedby=${f.describedBy}>
    <legend class="label group-label ${opts.hideLabel ? 'visually-hidden' : ''}">${f.title}</legend>
    ${f.notes}
    ${entries.map(([key]) => {
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
    }
  </fieldset>`;
}

/** Anything the form does not know how to show: edited as JSON, checked as it is typed. */
function jsonField(host: FormHost, path: Path, opts: FieldOptions): TemplateResult {
  const id = fieldId(path);
  const draftKey = `${id}:json`;
  const hint = hintFor(host, path);
  const problems = host.problemsAt(path);
  const value = host.value(path);
  const draft = host.drafts.get(draftKey);
  const text = draft ?? (value === undefined ? '' : JSON.stringify(value, null, 2));
  const hintId = `${id}:hint`;
  const errorId = problems.length || draft !== undefined ? `${id}:error` : undefined;
  host.target(path, id);
  return html`<div class="form-group ${problems.length ? 'has-error' : ''}" data-path=${formatPath(path)}>
    <label class="label" for=${id}>${opts.label ?? labelFor(host.schema, path)}${requiredMark(opts.required)}</label>
    <div class="hint" id=${hintId}>${hint ? `${hint} ` : ''}Written as JSON.</div>
    ${
      draft !== undefined
        ? html`<p class="error-message" id=${errorId!}>
            <span class="visually-hidden">Error:</span> Not valid JSON yet: the config keeps the last valid value.
          </p>`
        : errorMessages(errorId ?? '', problems)
    }
    <textarea
      id=${id}
      class="code"
      rows="4"
      spellcheck="false"
      .value=${live(text)}
      aria-describedby=${describedBy(hintId, errorId)!}
      aria-invalid=${problems.length || draft !== undefined ? 'true' : nothing}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLTextAreaElement).value;
        if (raw.trim() === '') {
          host.drafts.delete(draftKey);
          host.set(path, undefined);
          return;
        }
        try {
          const parsed = JSON.parse(raw) as Json;
          host.drafts.delete(draftKey);
          host.set(path, parsed);
        } catch {
          host.drafts.set(draftKey, raw);
          host.refresh();
        }
      }}
    ></textarea>
  </div>`;
}

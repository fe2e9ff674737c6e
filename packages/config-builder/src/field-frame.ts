/**
 * What every field of the builder's form shares: what the form needs from the builder
 * (`FormHost`), a field's options, and its frame as GOV.UK's form groups (an id, its problems, a
 * label, a hint and error messages).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '@rpc-kit/rules';
import { fieldId, formatPath, type Json, type Path } from './edit.js';
import type { SchemaNode } from './schema.js';
import { labelFor, wordsFor } from './words.js';

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

/** Draws the field for a path (the form's dispatcher, handed to the fields that hold other fields). */
export type RenderField = (host: FormHost, path: Path, opts?: FieldOptions) => TemplateResult;

export const describedBy = (...ids: (string | false | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

export function errorMessages(id: string, problems: readonly Problem[]): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<p class="error-message" id=${id}>
    ${problems.map((p) => html`<span class="error-line"><span class="visually-hidden">Error:</span> ${p.message}</span>`)}
  </p>`;
}

export const requiredMark = (required: boolean | undefined) =>
  required ? html` <span class="required">(required)</span>` : nothing;

export function hintFor(host: FormHost, path: Path): string | undefined {
  const words = wordsFor(host.schema, path).hint;
  const fallback = host.defaultHint?.(path);
  return words && fallback ? `${words} ${fallback}` : (words ?? fallback);
}

/** What every field has, as GOV.UK's form groups: an id, its problems, a label, a hint and error messages. */
export interface Frame {
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

export function frame(host: FormHost, path: Path, opts: FieldOptions, extra = ''): Frame {
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

/** A group of boxes as a fieldset whose legend is the field's label (text in each language, choices, lists, objects). */
export function fieldset(f: Frame, path: Path, body: unknown, legendClass = 'label'): TemplateResult {
  return html`<fieldset class=${f.css} data-path=${formatPath(path)} aria-describedby=${f.describedBy}>
    <legend class=${legendClass}>${f.title}</legend>
    ${f.notes} ${body}
  </fieldset>`;
}

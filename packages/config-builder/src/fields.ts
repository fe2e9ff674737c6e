/**
 * The generic form: one field for each kind of schema node (text, text in each language, one or
 * several allowed values, yes or no, numbers, objects, lists and named entries), each with its
 * label, hint and the problems `validateConfig` finds at its path, as GOV.UK's form patterns. This
 * module picks the field for a node and draws objects; the fields themselves are in
 * `value-fields.ts`, `list-fields.ts`, `record-field.ts` and `json-field.ts`.
 */
import { html, type TemplateResult } from 'lit';
import type { Path } from './edit.js';
import { frame, type FieldOptions, type FormHost, fieldset } from './field-frame.js';
import { jsonField } from './json-field.js';
import { objectListField, textListField } from './list-fields.js';
import { recordField } from './record-field.js';
import { fieldKind, isRequired, nodeAt } from './schema.js';
import { checkboxesField, choiceField, localisedField, numberField, textField } from './value-fields.js';
import { valueLabel } from './words.js';

export type { FieldOptions, FormHost } from './field-frame.js';

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
      return objectListField(host, path, opts, renderField);
    case 'record':
      return recordField(host, path, opts, kind.keys, kind.value, renderField);
    default:
      return jsonField(host, path, opts);
  }
}

/** An object: a group of fields, one per setting the schema lists, in its order. */
function objectField(host: FormHost, path: Path, opts: FieldOptions): TemplateResult {
  const f = frame(host, path, opts, 'object');
  // No target of its own: a problem here leads to the first field inside.
  const fields = objectChildren(host, path, opts.skip);
  return fieldset(f, path, html`${fields}`, 'label group-label');
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

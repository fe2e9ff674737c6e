/** The form's field for anything it does not know how to show: edited as JSON, checked as it is typed. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldId, formatPath, type Json, type Path } from './edit.js';
import { describedBy, errorMessages, hintFor, requiredMark, type FieldOptions, type FormHost } from './field-frame.js';
import { labelFor } from './words.js';

/** Anything the form does not know how to show: edited as JSON, checked as it is typed. */
export function jsonField(host: FormHost, path: Path, opts: FieldOptions): TemplateResult {
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

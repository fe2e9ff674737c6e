/**
 * The top of the builder's form: opening a config file (read on the computer, nothing sent) or
 * starting again, and the summary of the problems `validateConfig` finds, each linked to its field
 * (or, for a misspelt setting, with a button to remove it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { validateConfig } from '@rpc-kit/rules';
import { fieldId, openConfigText, parsePath, type Json, type Path } from './edit.js';
import { isUnknownKey, renameFor } from './schema.js';
import { problemCount, type BuilderHost } from './builder-host.js';

async function openFile(host: BuilderHost, event: Event): Promise<void> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  const text = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  }).catch((error: Error) => `\u0000${error.message}`);
  const result = text.startsWith('\u0000')
    ? { ok: false as const, message: `could not be read (${text.slice(1)})` }
    : openConfigText(text);
  if (result.ok) {
    host.drafts.clear();
    host.config = result.config;
    host.dirty = false;
    const n = validateConfig(result.config).problems.length;
    host.opened = {
      ok: true,
      text: `Opened ${file.name}: ${n === 0 ? 'no problems.' : `${problemCount(n)}, listed below. Everything that could be read is in the form.`}`,
    };
  } else {
    host.opened = { ok: false, text: `${file.name} ${result.message}. Nothing was changed.` };
  }
  input.value = '';
  host.focusLater('opened');
}

function startAgain(host: BuilderHost): void {
  host.drafts.clear();
  host.config = {};
  host.dirty = false;
  host.opened = { ok: true, text: 'Started a new config: every setting is empty, and every default is on.' };
  host.focusLater('opened');
}

/** Opening a file, starting a new config, and a link to the file and snippet. */
export function renderOpen(host: BuilderHost): TemplateResult {
  return html`<section class="open panel" aria-labelledby="open-heading">
    <h2 id="open-heading">Start from a file</h2>
    <p>Open a config file you already have to change it. It is read here, on your computer: nothing is sent.</p>
    <div class="form-group">
      <label class="label" for="open-file">Open a config file (.json)</label>
      <input id="open-file" type="file" accept=".json,application/json" @change=${(e: Event) => openFile(host, e)} />
    </div>
    ${
      host.opened
        ? html`<p id="opened" class="opened ${host.opened.ok ? '' : 'error-message'}" tabindex="-1">
            ${host.opened.text}
          </p>`
        : nothing
    }
    <p class="no-margin">
      <button class="link-button" type="button" @click=${() => startAgain(host)}>Start a new config</button>
      <span class="hint">(empties the form)</span> ·
      <a
        href="#output"
        @click=${(e: Event) => {
          e.preventDefault();
          host.focusId('output-heading');
        }}
        >Go to the file and the snippet</a
      >
    </p>
  </section>`;
}

/** For a misspelt setting close to a real one: a button that renames it, keeping its value. */
function renderRename(host: BuilderHost, path: Path, shown: string): TemplateResult | typeof nothing {
  const meant = renameFor(host.schema, path, host.config);
  if (!meant) return nothing;
  const to = [...path.slice(0, -1), meant];
  return html`<button
      class="link-button"
      type="button"
      @click=${() => {
        const value = host.value(path) as Json;
        host.set(path, undefined);
        host.set(to, value);
        host.announce(`Renamed ${shown} to ${meant}.`);
        host.focusLater('summary');
      }}
    >
      Rename it to “${meant}”<span class="visually-hidden"> (${shown})</span>
    </button>
    ·`;
}

/** The problems, each linked to its field; or that there are none. */
export function renderSummary(host: BuilderHost): TemplateResult {
  const n = host.problems.length;
  if (!n) {
    return html`<div class="success-summary" id="summary" tabindex="-1">
      <h2>No problems</h2>
      <p class="no-margin">The elements accept this config, exactly as it is.</p>
    </div>`;
  }
  return html`<div class="error-summary" id="summary" tabindex="-1" aria-labelledby="summary-heading">
    <h2 id="summary-heading">There ${n === 1 ? 'is 1 problem' : `are ${n} problems`} with this config</h2>
    <p>
      The elements find the same problems and, until they are fixed, leave out each part with a problem (or, if nothing
      can be used, show only the national helplines). Each link goes to its field.
    </p>
    <ul class="error-list">
      ${host.problems.map((p) => {
        const path = parsePath(p.path);
        const unknown = path ? isUnknownKey(host.schema, path) : false;
        // A misspelt setting has no field, unless it is a named entry the form shows (a sentence).
        const linked = path && (!unknown || host.hasTarget(p.path));
        return html`<li>
          ${
            linked
              ? html`<a
                  href="#${fieldId(path)}"
                  @click=${(e: Event) => {
                    e.preventDefault();
                    host.focusPath(path);
                  }}
                  ><code>${p.path}</code>: ${p.message}</a
                >`
              : html`<span><code>${p.path}</code>: ${p.message}</span>`
          }
          ${path && unknown ? renderRename(host, path, p.path) : nothing}
          ${
            path && unknown
              ? html`<button
                  class="link-button"
                  type="button"
                  @click=${() => {
                    host.set(path, undefined);
                    host.announce(`Removed ${p.path}.`);
                    host.focusLater('summary');
                  }}
                >
                  Remove this setting<span class="visually-hidden"> ${p.path}</span>
                </button>`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

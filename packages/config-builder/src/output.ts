/**
 * The builder's output: the config as a file (downloaded or copied, with its name), the snippet
 * to paste for an element, and what to check before publishing. The builder keeps nothing: this
 * is how the work leaves the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DEFAULT_PATHWAYS, defaultPathwaysOnUnsaid, formatPath } from '@rpc-kit/rules';
import { copyText } from '@rpc-kit/elements';
import { serialise } from './edit.js';
import { problemCount, type BuilderHost } from './builder-host.js';
import { DEFAULTS } from './defaults.js';
import { jsonFileName, snippet, SNIPPET_ELEMENTS, type SnippetElement } from './snippet.js';

const snippetText = (host: BuilderHost): string => snippet(host.snippetFor, host.folder, host.fileName);

function download(host: BuilderHost): void {
  const name = jsonFileName(host.fileName);
  host.saveFile(new Blob([serialise(host.config)], { type: 'application/json' }), name);
  host.dirty = false;
  host.announce(`Downloaded ${name}.`);
}

async function copy(host: BuilderHost, what: 'json' | 'snippet'): Promise<void> {
  const text = what === 'json' ? serialise(host.config) : snippetText(host);
  const pre = host.renderRoot.querySelector(what === 'json' ? '#json' : '#snippet');
  const ok = await copyText(text, pre);
  if (what === 'json' && ok) host.dirty = false;
  host.copied = ok
    ? `Copied the ${what === 'json' ? 'JSON' : 'snippet'}.`
    : 'Could not copy: the text is selected, so copy it with your keyboard or menu.';
  host.announce(host.copied);
}

export function renderOutput(host: BuilderHost): TemplateResult {
  const json = serialise(host.config);
  const n = host.problems.length;
  // The rules' own list, as `rpc-kit validate` warns of it; read while the config has problems too.
  const unchosen = defaultPathwaysOnUnsaid(host.config);
  const others = host.warnings.filter((w) => w.path !== formatPath(DEFAULTS));
  return html`<section class="output" id="output" aria-labelledby="output-heading">
    <h2 id="output-heading" tabindex="-1">Your config file</h2>
    <p class=${n ? 'error-message' : 'good'}>
      ${
        n
          ? `This config has ${problemCount(n)}. You can download it to carry on later, but fix ${n === 1 ? 'it' : 'them'} before you publish: until then the elements leave out each part with a problem (or, if nothing can be used, show only the national helplines).`
          : 'No problems: the elements accept this config.'
      }
    </p>
    <p>
      The builder keeps nothing: when you close this page, the form is gone. Download the file to keep your work, and
      open it here to carry on.
    </p>
    <div class="form-group">
      <label class="label" for="file-name">File name</label>
      <input
        id="file-name"
        type="text"
        autocomplete="off"
        spellcheck="false"
        .value=${live(host.fileName)}
        @input=${(e: Event) => (host.fileName = (e.target as HTMLInputElement).value)}
      />
    </div>
    <div class="actions">
      <button class="button" type="button" @click=${() => download(host)}>Download the JSON</button>
      <button class="button secondary" type="button" @click=${() => copy(host, 'json')}>Copy the JSON</button>
    </div>
    <pre id="json" class="code-block" tabindex="0" role="region" aria-label="The config as JSON">${json}</pre>

    <h3>Paste into your page</h3>
    <p>
      Put the file in the <code>rpc-kit</code> folder on your site (uploaded whole, with its
      <code>chunks</code> folder), then paste this where the element should go.
    </p>
    <div class="form-group">
      <label class="label" for="snippet-element">Element</label>
      <select
        id="snippet-element"
        @change=${(e: Event) => (host.snippetFor = (e.target as HTMLSelectElement).value as SnippetElement)}
      >
        ${SNIPPET_ELEMENTS.map(
          (s) => html`<option value=${s.id} ?selected=${host.snippetFor === s.id}>${s.label}</option>`,
        )}
      </select>
    </div>
    <div class="form-group">
      <label class="label" for="snippet-folder">Folder on your site</label>
      <div class="hint" id="snippet-folder-hint">Where you put the files, for example /rpc-kit/</div>
      <input
        id="snippet-folder"
        type="text"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="snippet-folder-hint"
        .value=${live(host.folder)}
        @input=${(e: Event) => (host.folder = (e.target as HTMLInputElement).value)}
      />
    </div>
    <pre id="snippet" class="code-block" tabindex="0" role="region" aria-label="The snippet to paste">
${snippetText(host)}</pre>
    <div class="actions">
      <button class="button secondary" type="button" @click=${() => copy(host, 'snippet')}>Copy the snippet</button>
      ${host.copied ? html`<span class="copied">${host.copied}</span>` : nothing}
    </div>

    <h3>Before you publish</h3>
    <ul>
      ${
        unchosen.length
          ? html`<li>
              These default pathways are on without a choice from you, so families will be offered them:
              ${unchosen.map((id) => DEFAULT_PATHWAYS.find((p) => p.id === id)?.name.en ?? id).join(', ')}. Switch off
              what your council does not run.
            </li>`
          : nothing
      }
      ${others.map((w) => html`<li><code>${w.path}</code>: ${w.message}</li>`)}
      <li>Check your phone numbers and links by using them.</li>
      <li>
        If you have RPC Kit's command line, <code>npx @rpc-kit/rules validate ${host.fileName}</code> checks the file
        with the same rules as this page.
      </li>
    </ul>
  </section>`;
}

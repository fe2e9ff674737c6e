/**
 * The builder's preview: each element (a tab each) showing the config live, in English or Welsh,
 * as a page would load it. The preview's Exit this page stays on the page, so the webmaster keeps
 * their work, and says where it would go.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { DEFAULT_QUICK_EXIT_URL } from '@rpc-kit/rules';
import { getIn } from './edit.js';
import { problemCount, type BuilderHost, type Tab } from './builder-host.js';
import { valueLabel } from './words.js';

const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'screener', label: 'Screener' },
  { id: 'signposter', label: 'Signposter (list)' },
  { id: 'help-finder', label: 'Help finder' },
  { id: 'da-check', label: 'DA check' },
];

/** Where the council's quick exit goes: its config's, or the elements' default. */
export const exitUrl = (host: BuilderHost): string =>
  (getIn(host.config, ['quickExit', 'url']) as string | undefined) ?? DEFAULT_QUICK_EXIT_URL;

/** Keeps the preview's Exit this page from leaving (capture phase: before its own handler); one per builder. */
const exitHolds = new WeakMap<BuilderHost, { handleEvent: (event: Event) => void; capture: boolean }>();
function holdExit(host: BuilderHost) {
  let hold = exitHolds.get(host);
  if (!hold) {
    hold = {
      handleEvent: (event: Event): void => {
        if (!event.composedPath().some((n) => (n as Element).localName === 'rpc-quick-exit')) return;
        event.preventDefault();
        event.stopPropagation();
        host.previewNote = `On your site, Exit this page would now cover the page and go to ${exitUrl(host)}. The preview stays here.`;
      },
      capture: true,
    };
    exitHolds.set(host, hold);
  }
  return hold;
}

/** The arrow keys, Home and End move between the tabs. */
function onTabKey(host: BuilderHost, event: KeyboardEvent): void {
  const i = TABS.findIndex((t) => t.id === host.tab);
  const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  host.tab = TABS[(next + TABS.length) % TABS.length]!.id;
  host.focusLater(`tab-${host.tab}`);
}

export function renderPreview(host: BuilderHost): TemplateResult {
  const n = host.problems.length;
  const lang = host.previewLang;
  const config = host.config;
  // A fresh element for each tab and language, as a page would load it.
  const element = {
    screener: html`<rpc-screener .config=${config} lang=${lang}></rpc-screener>`,
    signposter: html`<rpc-signposter mode="list" .config=${config} lang=${lang}></rpc-signposter>`,
    'help-finder': html`<rpc-help-finder .config=${config} lang=${lang}></rpc-help-finder>`,
    'da-check': html`<rpc-da-check .config=${config} lang=${lang}></rpc-da-check>`,
  }[host.tab];
  return html`<aside class="preview-column" aria-labelledby="preview-heading">
    <div class="preview">
      <h2 id="preview-heading">Preview</h2>
      <p class="preview-status ${n ? 'bad' : 'good'}">
        ${
          n
            ? html`${problemCount(n)}:
                <a
                  href="#summary"
                  @click=${(e: Event) => {
                    e.preventDefault();
                    host.focusId('summary');
                  }}
                  >see the list</a
                >`
            : 'No problems'
        }
      </p>
      <div
        class="tabs"
        role="tablist"
        aria-label="Element to preview"
        @keydown=${(e: KeyboardEvent) => onTabKey(host, e)}
      >
        ${TABS.map(
          (t) =>
            html`<button
              type="button"
              role="tab"
              id=${`tab-${t.id}`}
              aria-selected=${host.tab === t.id ? 'true' : 'false'}
              aria-controls="preview-panel"
              tabindex=${host.tab === t.id ? '0' : '-1'}
              @click=${() => (host.tab = t.id)}
            >
              ${t.label}
            </button>`,
        )}
      </div>
      <fieldset class="preview-lang">
        <legend>Language of the preview</legend>
        <div class="choices inline-choices">
          ${(['en', 'cy'] as const).map(
            (l) =>
              html`<div class="choice">
                <input
                  type="radio"
                  id=${`preview-lang-${l}`}
                  name="preview-lang"
                  .checked=${live(lang === l)}
                  @change=${() => (host.previewLang = l)}
                />
                <label for=${`preview-lang-${l}`}>${valueLabel(l)}</label>
              </div>`,
          )}
        </div>
      </fieldset>
      <p class="hint">
        In the preview, Exit this page stays here so you keep your work; on your site it goes to
        <code>${exitUrl(host)}</code>.
      </p>
      ${host.previewNote ? html`<p class="notice" role="status">${host.previewNote}</p>` : nothing}
      <div
        class="preview-panel"
        id="preview-panel"
        role="tabpanel"
        aria-labelledby=${`tab-${host.tab}`}
        tabindex="0"
        @click=${holdExit(host)}
      >
        ${keyed(`${host.tab} ${lang}`, element)}
      </div>
    </div>
  </aside>`;
}

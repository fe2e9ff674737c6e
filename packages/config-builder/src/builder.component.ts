import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import {
  DEFAULT_PATHWAYS,
  SUPPORTED_LOCALES,
  validateConfig,
  type MessageId,
  type Pathway,
  type Problem,
} from '@rpc-kit/rules';
import { baseStyles, copyText } from '@rpc-kit/elements';
import { listStyles } from '@rpc-kit/elements/list.js';
import { journeyStyles, summaryStyles } from '@rpc-kit/elements/journey.js';
import { messageText } from '@rpc-kit/kit/words.js';
import {
  fieldId,
  formatPath,
  getIn,
  isObject,
  openConfigText,
  parsePath,
  removeIn,
  serialise,
  setIn,
  type Json,
  type JsonObject,
  type Path,
} from './edit.js';
import { objectChildren, renderField, type FormHost } from './fields.js';
import { configJsonSchema, fieldKind, isUnknownKey, keyOrder, nodeAt, type SchemaNode } from './schema.js';
import { builderStyles } from './builder.styles.js';
import { jsonFileName, snippet, SNIPPET_ELEMENTS, type SnippetElement } from './snippet.js';
import { valueLabel } from './words.js';

type Tab = 'screener' | 'signposter' | 'help-finder' | 'da-check';
const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'screener', label: 'Screener' },
  { id: 'signposter', label: 'Signposter (list)' },
  { id: 'help-finder', label: 'Help finder' },
  { id: 'da-check', label: 'DA check' },
];

const DEFAULTS = ['pathways', 'defaults'] as const;

/** The parts of the config each section of the form holds, in the order a webmaster fills them. */
const SECTIONS: readonly { id: string; title: string; intro?: string; paths: readonly Path[] }[] = [
  {
    id: 'council',
    title: 'Your council',
    intro: 'Your council’s name and nation, and the languages you publish in.',
    paths: [['council'], ['nation'], ['locales']],
  },
  {
    id: 'quick-exit',
    title: 'Quick exit',
    intro: 'Every element that asks about abuse has an Exit this page button. Choose where it goes.',
    paths: [['quickExit']],
  },
  { id: 'defaults', title: 'Default pathways', paths: [DEFAULTS, ['pathways', 'allDefaults']] },
  {
    id: 'offers',
    title: 'Your own offers',
    paths: [
      ['pathways', 'custom'],
      ['pathways', 'order'],
    ],
  },
  { id: 'services', title: 'Services', paths: [['services']] },
  { id: 'contacts', title: 'Contacts', paths: [['contacts']] },
  {
    id: 'referrals',
    title: 'Referral routes',
    intro: 'For practitioners using the DA check: where to refer when there are signs of abuse, and for high risk.',
    paths: [['referrals']],
  },
  { id: 'branding', title: 'Branding', paths: [['branding']] },
  { id: 'strings', title: 'Wording', paths: [['strings']] },
];

const pathKey = (path: Path) => formatPath(path);
const within = (outer: string, inner: string) =>
  inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);

/** Whether a default pathway is on, by the same rule the rules use. */
function defaultIsOn(config: JsonObject, id: string): boolean {
  const entry = getIn(config, [...DEFAULTS, id]);
  if (typeof entry === 'boolean') return entry;
  if (isObject(entry)) return entry.enabled !== false;
  return getIn(config, ['pathways', 'allDefaults']) !== false;
}

/**
 * `<rpc-config-builder>`: a form for a council's RPC Kit config, made from the config's schema.
 * Beside it, each element shows the config live, and every problem `validateConfig` finds is
 * listed with its JSON path and linked to its field. The JSON can be copied or downloaded, with
 * the snippet to paste; an existing file can be opened. It keeps nothing and sends nothing: the
 * config lives in memory until the page is closed.
 *
 * @summary Write a council's RPC Kit config with a form.
 */
export class RpcConfigBuilder extends LitElement implements FormHost {
  // The elements' styles in full, as the builder's form reuses their classes.
  static override styles = [baseStyles, journeyStyles, listStyles, summaryStyles, builderStyles];

  static override properties = {
    config: { attribute: false },
    tab: { state: true },
    previewLang: { state: true },
    announcement: { state: true },
    opened: { state: true },
    previewNote: { state: true },
    fileName: { state: true },
    snippetFor: { state: true },
    folder: { state: true },
    copied: { state: true },
  };

  /** How a file is handed to the browser to save. Replaced only by tests. */
  static save = (blob: Blob, name: string): void => {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  /** The config being written, as plain JSON data. */
  declare config: JsonObject;
  declare tab: Tab;
  declare previewLang: 'en' | 'cy';
  declare announcement: string;
  declare opened: { ok: boolean; text: string } | undefined;
  declare previewNote: string;
  declare fileName: string;
  declare snippetFor: SnippetElement;
  declare folder: string;
  declare copied: string;

  /** The config's JSON Schema, from the rules: the form is made from it. */
  schema: SchemaNode = configJsonSchema();
  readonly drafts = new Map<string, string>();
  /** The problems `validateConfig` finds, as the elements would show them. */
  problems: readonly Problem[] = [];
  private byPath = new Map<string, Problem[]>();
  private targets = new Map<string, string>();
  private pendingFocus: string | undefined;
  private dirty = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private lastAnnounced = -1;
  private get order() {
    return keyOrder(this.schema);
  }

  constructor() {
    super();
    this.config = {};
    this.tab = 'screener';
    this.previewLang = 'en';
    this.announcement = '';
    this.opened = undefined;
    this.previewNote = '';
    this.fileName = 'our-council.json';
    this.snippetFor = 'rpc-screener';
    this.folder = '/rpc-kit/';
    this.copied = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The preview's quick exit must not throw away the webmaster's work: the Shift key is kept
    // from its listeners (on the document) while the builder is on the page.
    window.addEventListener('keydown', this.holdShift, true);
    window.addEventListener('keyup', this.holdShift, true);
    window.addEventListener('beforeunload', this.warnUnsaved);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.holdShift, true);
    window.removeEventListener('keyup', this.holdShift, true);
    window.removeEventListener('beforeunload', this.warnUnsaved);
    clearTimeout(this.announceTimer);
  }

  private readonly holdShift = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') event.stopPropagation();
  };

  private readonly warnUnsaved = (event: BeforeUnloadEvent): void => {
    if (this.dirty) event.preventDefault();
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('config')) {
      this.problems = validateConfig(this.config).problems;
      this.byPath = new Map();
      for (const p of this.problems) this.byPath.set(p.path, [...(this.byPath.get(p.path) ?? []), p]);
      this.scheduleAnnouncement();
    }
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      const id = this.pendingFocus;
      this.pendingFocus = undefined;
      this.focusId(id);
    }
  }

  /** Says the number of problems once typing pauses, not at every key. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const n = this.problems.length;
      if (n === this.lastAnnounced) return;
      this.lastAnnounced = n;
      this.announce(
        n === 0 ? 'No problems: the config is valid.' : `${n} ${n === 1 ? 'problem' : 'problems'} in the config.`,
      );
    }, 1500);
  }

  // FormHost

  value(path: Path): unknown {
    return getIn(this.config, path);
  }

  set(path: Path, value: Json | undefined): void {
    let config: Json = this.config;
    // A default pathway switched on or off (true or false) becomes an object when its text is changed.
    const isDefaultPatch = path.length > 3 && path[0] === DEFAULTS[0] && path[1] === DEFAULTS[1];
    const entryPath = path.slice(0, 3);
    if (isDefaultPatch && !isObject(getIn(config, entryPath))) {
      if (value === undefined) return;
      config = setIn(
        config,
        entryPath,
        defaultIsOn(this.config, String(path[2])) ? {} : { enabled: false },
        this.order,
      );
    }
    config =
      value === undefined
        ? removeIn(config, path, (p) => p.length === 3 && p[0] === DEFAULTS[0] && p[1] === DEFAULTS[1])
        : setIn(config, path, value, this.order);
    if (isDefaultPatch) {
      // Nothing changed but on or off: write just that.
      const entry = getIn(config, entryPath);
      if (isObject(entry)) {
        const keys = Object.keys(entry);
        if (keys.length === 0) config = setIn(config, entryPath, true);
        else if (keys.length === 1 && typeof entry.enabled === 'boolean')
          config = setIn(config, entryPath, entry.enabled);
      }
    }
    this.config = (isObject(config) ? config : {}) as JsonObject;
    this.dirty = true;
    this.copied = '';
  }

  addItem(path: Path, item: Json): void {
    const list = this.value(path);
    const index = Array.isArray(list) ? list.length : 0;
    this.set([...path, index], item);
    const id = fieldId([...path, index]);
    void this.updateComplete.then(() => {
      const details = this.renderRoot.querySelector<HTMLDetailsElement>(`details[id="${CSS.escape(id)}"]`);
      if (details) details.open = true;
      details?.querySelector<HTMLElement>('.item-body input, .item-body textarea, .item-body select')?.focus();
    });
    this.announce('Added. Fill in its details below.');
  }

  problemsAt(path: Path): readonly Problem[] {
    return this.byPath.get(pathKey(path)) ?? [];
  }

  problemsWithin(path: Path): number {
    const key = pathKey(path);
    return this.problems.filter((p) => within(key, p.path)).length;
  }

  target(path: Path, id: string): void {
    const key = pathKey(path);
    if (!this.targets.has(key)) this.targets.set(key, id);
  }

  get locales(): readonly string[] {
    const list = this.config.locales;
    return Array.isArray(list)
      ? list.filter((l): l is string => typeof l === 'string' && /^[a-z]{2,3}(-|$)/.test(l))
      : [];
  }

  announce(text: string): void {
    // The same words twice in a row are said again.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  refresh(): void {
    this.requestUpdate();
  }

  focusLater(id: string): void {
    this.pendingFocus = id;
    this.requestUpdate();
  }

  defaultHint(path: Path): string | undefined {
    if (path.length !== 4 || path[0] !== DEFAULTS[0] || path[1] !== DEFAULTS[1]) return undefined;
    const pathway = DEFAULT_PATHWAYS.find((p) => p.id === path[2]);
    const key = path[3] as keyof Pathway;
    const now = pathway?.[key];
    if (!pathway || now === undefined) return undefined;
    if (key === 'formats') return `If none ticked: ${(now as string[]).map(valueLabel).join(', ')}.`;
    if (key === 'eligibility') {
      const rules = Object.entries(now as object).map(
        ([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`,
      );
      return `Its own rules now: ${rules.length ? rules.join('; ') : 'every family'}.`;
    }
    if (key === 'access') {
      const a = now as Pathway['access'];
      const ways = [a.url, a.phone, a.email, a.howTo?.en].filter(Boolean).join('; ');
      return `Anything you set here replaces its own${ways ? `: ${ways}` : ''}.`;
    }
    if (isObject(now) && typeof now.en === 'string') return `If empty: “${now.en}”`;
    return undefined;
  }

  suggestions(path: Path): readonly string[] | undefined {
    const key = pathKey(path);
    if (key === '$.locales' || key === '$.strings') return SUPPORTED_LOCALES;
    if (key === '$.pathways.order') {
      const custom = getIn(this.config, ['pathways', 'custom']);
      const ids = Array.isArray(custom) ? custom.map((c) => (isObject(c) ? c.id : undefined)) : [];
      return [...DEFAULT_PATHWAYS.map((p) => p.id), ...ids.filter((i): i is string => typeof i === 'string')];
    }
    return undefined;
  }

  initialText(path: Path, key: string): string | undefined {
    return path.length === 2 && path[0] === 'strings'
      ? messageText(key as MessageId, 'parent', String(path[1]))
      : undefined;
  }

  entryHint(path: Path, key: string): string | undefined {
    if (path.length !== 2 || path[0] !== 'strings') return undefined;
    const now = messageText(key as MessageId, 'parent', String(path[1]));
    return now === key ? undefined : `The elements’ own wording: “${now}”`;
  }

  // Focus

  /** Moves focus to the field of a problem's path: the closest field there is. */
  focusPath(path: Path): void {
    const key = pathKey(path);
    let id = this.targets.get(key);
    if (id === undefined) {
      // A group: its first field.
      for (const [k, v] of this.targets) {
        if (within(key, k)) {
          id = v;
          break;
        }
      }
    }
    for (let p = path.slice(0, -1); id === undefined && p.length; p = p.slice(0, -1)) id = this.targets.get(pathKey(p));
    if (id !== undefined) this.focusId(id);
  }

  private focusId(id: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!el) return;
    // Open every folded section around it.
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    el.focus();
    el.scrollIntoView({ block: 'center' });
  }

  // Files

  private async openFile(event: Event): Promise<void> {
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
      this.drafts.clear();
      this.config = result.config;
      this.dirty = false;
      const n = validateConfig(result.config).problems.length;
      this.opened = {
        ok: true,
        text: `Opened ${file.name}: ${n === 0 ? 'no problems.' : `${n} ${n === 1 ? 'problem' : 'problems'}, listed below. Everything that could be read is in the form.`}`,
      };
    } else {
      this.opened = { ok: false, text: `${file.name} ${result.message}. Nothing was changed.` };
    }
    input.value = '';
    this.focusLater('opened');
  }

  private startAgain(): void {
    this.drafts.clear();
    this.config = {};
    this.dirty = false;
    this.opened = { ok: true, text: 'Started a new config: every setting is empty, and every default is on.' };
    this.focusLater('opened');
  }

  private download(): void {
    const name = jsonFileName(this.fileName);
    RpcConfigBuilder.save(new Blob([serialise(this.config)], { type: 'application/json' }), name);
    this.dirty = false;
    this.announce(`Downloaded ${name}.`);
  }

  private async copy(what: 'json' | 'snippet'): Promise<void> {
    const text = what === 'json' ? serialise(this.config) : this.snippetText();
    const pre = this.renderRoot.querySelector(what === 'json' ? '#json' : '#snippet');
    const ok = await copyText(text, pre);
    if (what === 'json' && ok) this.dirty = false;
    this.copied = ok
      ? `Copied the ${what === 'json' ? 'JSON' : 'snippet'}.`
      : 'Could not copy: the text is selected, so copy it with your keyboard or menu.';
    this.announce(this.copied);
  }

  private snippetText(): string {
    return snippet(this.snippetFor, this.folder, this.fileName);
  }

  // Rendering

  protected override render(): TemplateResult {
    this.targets = new Map();
    // The form first, so the summary can link each problem to the field it found.
    const form = this.renderForm();
    return html`<div class="root preset-govuk builder">
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div class="layout">
        <div class="form-column">${this.renderOpen()} ${this.renderSummary()} ${form}</div>
        ${this.renderPreview()}
      </div>
      ${this.renderOutput()}
    </div>`;
  }

  private renderOpen(): TemplateResult {
    return html`<section class="open panel" aria-labelledby="open-heading">
      <h2 id="open-heading">Start from a file</h2>
      <p>Open a config file you already have to change it. It is read here, on your computer: nothing is sent.</p>
      <div class="form-group">
        <label class="label" for="open-file">Open a config file (.json)</label>
        <input id="open-file" type="file" accept=".json,application/json" @change=${this.openFile} />
      </div>
      ${
        this.opened
          ? html`<p id="opened" class="opened ${this.opened.ok ? '' : 'error-message'}" tabindex="-1">
              ${this.opened.text}
            </p>`
          : nothing
      }
      <p class="no-margin">
        <button class="link-button" type="button" @click=${this.startAgain}>Start a new config</button>
        <span class="hint">(empties the form)</span> ·
        <a
          href="#output"
          @click=${(e: Event) => {
            e.preventDefault();
            this.focusId('output-heading');
          }}
          >Go to the file and the snippet</a
        >
      </p>
    </section>`;
  }

  private renderSummary(): TemplateResult {
    const n = this.problems.length;
    if (!n) {
      return html`<div class="success-summary" id="summary" tabindex="-1">
        <h2>No problems</h2>
        <p class="no-margin">The elements accept this config, exactly as it is.</p>
      </div>`;
    }
    return html`<div class="error-summary" id="summary" tabindex="-1" aria-labelledby="summary-heading">
      <h2 id="summary-heading">There ${n === 1 ? 'is 1 problem' : `are ${n} problems`} with this config</h2>
      <p>
        The elements find the same problems and, until they are fixed, show only the national helplines. Each link goes
        to its field.
      </p>
      <ul class="error-list">
        ${this.problems.map((p) => {
          const path = parsePath(p.path);
          const unknown = path ? isUnknownKey(this.schema, path) : false;
          // A misspelt setting has no field, unless it is a named entry the form shows (a sentence).
          const linked = path && (!unknown || this.targets.has(p.path));
          return html`<li>
            ${
              linked
                ? html`<a
                    href="#${fieldId(path)}"
                    @click=${(e: Event) => {
                      e.preventDefault();
                      this.focusPath(path);
                    }}
                    ><code>${p.path}</code>: ${p.message}</a
                  >`
                : html`<span><code>${p.path}</code>: ${p.message}</span>`
            }
            ${
              path && unknown
                ? html`<button
                    class="link-button"
                    type="button"
                    @click=${() => {
                      this.set(path, undefined);
                      this.announce(`Removed ${p.path}.`);
                      this.focusLater('summary');
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

  private renderForm(): TemplateResult {
    const claimed = new Set(SECTIONS.flatMap((s) => s.paths.map(pathKey)));
    const inSchema = (path: Path) => nodeAt(this.schema, path) !== undefined;
    // Settings the schema has that no section holds: shown at the end, so nothing is left out.
    const others: Path[] = [];
    const collect = (path: Path) => {
      const node = nodeAt(this.schema, path);
      for (const key of Object.keys(node?.properties ?? {})) {
        const child = [...path, key];
        if (claimed.has(pathKey(child))) continue;
        if (SECTIONS.some((s) => s.paths.some((p) => within(pathKey(child), pathKey(p))))) collect(child);
        else others.push(child);
      }
    };
    collect([]);
    return html`<form class="config-form" novalidate @submit=${(e: Event) => e.preventDefault()}>
      ${SECTIONS.map((section) => {
        const paths = section.paths.filter(inSchema);
        if (!paths.length) return nothing;
        return html`<section class="section" id=${`section-${section.id}`} aria-labelledby=${`h-${section.id}`}>
          <h2 id=${`h-${section.id}`}>${section.title}</h2>
          ${section.intro ? html`<p>${section.intro}</p>` : nothing}
          ${paths.map((path) => this.renderSectionPath(path))}
        </section>`;
      })}
      ${
        others.length
          ? html`<section class="section" id="section-other" aria-labelledby="h-other">
              <h2 id="h-other">Other settings</h2>
              ${others.map((path) => renderField(this, path))}
            </section>`
          : nothing
      }
    </form>`;
  }

  private renderSectionPath(path: Path): TemplateResult {
    if (pathKey(path) === pathKey(DEFAULTS)) return this.renderDefaults();
    const kind = fieldKind(nodeAt(this.schema, path)).kind;
    // A section that is one object shows its settings under the section's heading.
    if (kind === 'object' && path.length === 1 && pathKey(path) !== '$.council') {
      return html`${objectChildren(this, path)}`;
    }
    if (pathKey(path) === '$.council') {
      return html`${this.problemsAt(path).map((p) => html`<p class="error-message">${p.message}</p>`)}
      ${objectChildren(this, path)}`;
    }
    // A list or named entries alone under its heading: the heading is its label.
    const section = SECTIONS.find((s) => s.paths.length === 1 && pathKey(s.paths[0]!) === pathKey(path));
    return renderField(this, path, section ? { label: section.title, hideLabel: true } : {});
  }

  /** Every default pathway, with an explicit on or off, and its text to change. */
  private renderDefaults(): TemplateResult {
    const node = nodeAt(this.schema, DEFAULTS);
    const ids = (node?.propertyNames?.enum ?? []).filter((v): v is string => typeof v === 'string');
    const on = ids.filter((id) => defaultIsOn(this.config, id));
    const unchosen = ids.filter((id) => getIn(this.config, [...DEFAULTS, id]) === undefined);
    const allOff = getIn(this.config, ['pathways', 'allDefaults']) === false;
    return html`<div class="defaults" data-path=${pathKey(DEFAULTS)}>
      <div class="notice important">
        <p>
          <strong
            >Every default pathway is on unless you switch it off: switch off what your council does not run</strong
          >, so families are not offered a course you do not run.
        </p>
        <p class="no-margin">
          ${on.length} of ${ids.length}
          on.${
            unchosen.length
              ? ` Not chosen yet: ${unchosen.length} (${allOff ? 'off, as every default starts off below' : 'on by default'}).`
              : ' You have chosen on or off for every one.'
          }
        </p>
      </div>
      ${this.problemsAt(DEFAULTS).map((p) => html`<p class="error-message">${p.message}</p>`)}
      ${ids.map((id) => this.renderDefault(id))}
    </div>`;
  }

  private renderDefault(id: string): TemplateResult {
    const path = [...DEFAULTS, id];
    const pathway = DEFAULT_PATHWAYS.find((p) => p.id === id);
    const name = pathway?.name.en ?? id;
    const entry = getIn(this.config, path);
    const isOn = defaultIsOn(this.config, id);
    const problems = this.problemsAt(path);
    const fid = fieldId(path);
    // A pathway whose text or links the council changed counts as chosen too.
    const chosen = entry !== undefined;
    this.target(path, `${fid}:on`);
    this.target([...path, 'enabled'], `${fid}:on`);
    const choose = (value: boolean) => {
      if (isObject(getIn(this.config, path))) this.set([...path, 'enabled'], value);
      else this.set(path, value);
    };
    return html`<fieldset
      class="form-group default-pathway ${problems.length ? 'has-error' : ''} ${isOn ? 'is-on' : 'is-off'}"
      data-path=${pathKey(path)}
      data-pathway-id=${id}
      aria-describedby=${`${fid}:about`}
    >
      <legend><h3>${name}</h3></legend>
      <div class="hint" id=${`${fid}:about`}>
        ${
          pathway
            ? html`${pathway.provider ? html`${pathway.provider.en}. ` : nothing}${pathway.formats
                .map(valueLabel)
                .join(', ')}.
              For: ${pathway.whoFor.en}.`
            : nothing
        }
        <code>${id}</code>
      </div>
      ${problems.map((p) => html`<p class="error-message"><span class="visually-hidden">Error:</span> ${p.message}</p>`)}
      <div class="choices inline-choices">
        <div class="choice">
          <input type="radio" id=${`${fid}:on`} name=${fid} .checked=${live(isOn)} @change=${() => choose(true)} />
          <label for=${`${fid}:on`}>On: we run it</label>
        </div>
        <div class="choice">
          <input type="radio" id=${`${fid}:off`} name=${fid} .checked=${live(!isOn)} @change=${() => choose(false)} />
          <label for=${`${fid}:off`}>Off: we do not run it</label>
        </div>
      </div>
      ${chosen ? nothing : html`<p class="hint not-chosen">Not chosen yet: ${isOn ? 'on by default' : 'off'}.</p>`}
      <details class="patch">
        <summary>
          Change its text, links or who it is
          for${
            this.problemsWithin(path) > problems.length
              ? html` <span class="problem-count">(has problems)</span>`
              : nothing
          }
        </summary>
        <div>${objectChildren(this, path, ['enabled'])}</div>
      </details>
    </fieldset>`;
  }

  private renderPreview(): TemplateResult {
    const n = this.problems.length;
    const lang = this.previewLang;
    const config = this.config;
    // A fresh element for each tab and language, as a page would load it.
    const element = {
      screener: html`<rpc-screener .config=${config} lang=${lang}></rpc-screener>`,
      signposter: html`<rpc-signposter mode="list" .config=${config} lang=${lang}></rpc-signposter>`,
      'help-finder': html`<rpc-help-finder .config=${config} lang=${lang}></rpc-help-finder>`,
      'da-check': html`<rpc-da-check .config=${config} lang=${lang}></rpc-da-check>`,
    }[this.tab];
    return html`<aside class="preview-column" aria-labelledby="preview-heading">
      <div class="preview">
        <h2 id="preview-heading">Preview</h2>
        <p class="preview-status ${n ? 'bad' : 'good'}">
          ${
            n
              ? html`${n} ${n === 1 ? 'problem' : 'problems'}:
                  <a
                    href="#summary"
                    @click=${(e: Event) => {
                      e.preventDefault();
                      this.focusId('summary');
                    }}
                    >see the list</a
                  >`
              : 'No problems'
          }
        </p>
        <div class="tabs" role="tablist" aria-label="Element to preview" @keydown=${this.onTabKey}>
          ${TABS.map(
            (t) =>
              html`<button
                type="button"
                role="tab"
                id=${`tab-${t.id}`}
                aria-selected=${this.tab === t.id ? 'true' : 'false'}
                aria-controls="preview-panel"
                tabindex=${this.tab === t.id ? '0' : '-1'}
                @click=${() => (this.tab = t.id)}
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
                    @change=${() => (this.previewLang = l)}
                  />
                  <label for=${`preview-lang-${l}`}>${valueLabel(l)}</label>
                </div>`,
            )}
          </div>
        </fieldset>
        <p class="hint">
          In the preview, Exit this page stays here so you keep your work; on your site it goes to
          <code>${(getIn(config, ['quickExit', 'url']) as string | undefined) ?? 'https://www.bbc.co.uk/weather'}</code
          >.
        </p>
        ${this.previewNote ? html`<p class="notice" role="status">${this.previewNote}</p>` : nothing}
        <div
          class="preview-panel"
          id="preview-panel"
          role="tabpanel"
          aria-labelledby=${`tab-${this.tab}`}
          tabindex="0"
          @click=${this.holdExit}
        >
          ${keyed(`${this.tab} ${lang}`, element)}
        </div>
      </div>
    </aside>`;
  }

  /** Keeps the preview's Exit this page from leaving (capture phase: before its own handler). */
  private readonly holdExit = {
    handleEvent: (event: Event): void => {
      if (!event.composedPath().some((n) => (n as Element).localName === 'rpc-quick-exit')) return;
      event.preventDefault();
      event.stopPropagation();
      const url = (getIn(this.config, ['quickExit', 'url']) as string | undefined) ?? 'https://www.bbc.co.uk/weather';
      this.previewNote = `On your site, Exit this page would now cover the page and go to ${url}. The preview stays here.`;
    },
    capture: true,
  };

  private onTabKey(event: KeyboardEvent): void {
    const i = TABS.findIndex((t) => t.id === this.tab);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.tab = TABS[(next + TABS.length) % TABS.length]!.id;
    this.focusLater(`tab-${this.tab}`);
  }

  private renderOutput(): TemplateResult {
    const json = serialise(this.config);
    const n = this.problems.length;
    const unchosen = ((nodeAt(this.schema, DEFAULTS)?.propertyNames?.enum ?? []) as string[]).filter(
      (id) => getIn(this.config, [...DEFAULTS, id]) === undefined && defaultIsOn(this.config, id),
    );
    return html`<section class="output" id="output" aria-labelledby="output-heading">
      <h2 id="output-heading" tabindex="-1">Your config file</h2>
      <p class=${n ? 'error-message' : 'good'}>
        ${
          n
            ? `This config has ${n} ${n === 1 ? 'problem' : 'problems'}. You can download it to carry on later, but fix ${n === 1 ? 'it' : 'them'} before you publish: until then the elements show only the national helplines.`
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
          .value=${live(this.fileName)}
          @input=${(e: Event) => (this.fileName = (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="actions">
        <button class="button" type="button" @click=${this.download}>Download the JSON</button>
        <button class="button secondary" type="button" @click=${() => this.copy('json')}>Copy the JSON</button>
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
          @change=${(e: Event) => (this.snippetFor = (e.target as HTMLSelectElement).value as SnippetElement)}
        >
          ${SNIPPET_ELEMENTS.map(
            (s) => html`<option value=${s.id} ?selected=${this.snippetFor === s.id}>${s.label}</option>`,
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
          .value=${live(this.folder)}
          @input=${(e: Event) => (this.folder = (e.target as HTMLInputElement).value)}
        />
      </div>
      <pre id="snippet" class="code-block" tabindex="0" role="region" aria-label="The snippet to paste">
${this.snippetText()}</pre>
      <div class="actions">
        <button class="button secondary" type="button" @click=${() => this.copy('snippet')}>Copy the snippet</button>
        ${this.copied ? html`<span class="copied">${this.copied}</span>` : nothing}
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
        <li>Check your phone numbers and links by using them.</li>
        <li>
          If you have RPC Kit's command line, <code>npx rpc-kit validate ${this.fileName}</code> checks the file with
          the same rules as this page.
        </li>
      </ul>
    </section>`;
  }
}

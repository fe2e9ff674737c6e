import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_PATHWAYS, SUPPORTED_LOCALES, validateConfig, type MessageId, type Problem } from '@rpc-kit/rules';
import { baseStyles, downloadFile } from '@rpc-kit/elements';
import { formStyles, listStyles } from '@rpc-kit/elements/list.js';
import { journeyStyles, summaryStyles } from '@rpc-kit/elements/journey.js';
import { messageText } from '@rpc-kit/kit/words.js';
import { fieldId, getIn, isObject, type Json, type JsonObject, type Path } from './edit.js';
import { keyOrder, configJsonSchema, type SchemaNode } from './schema.js';
import { builderStyles } from './builder.styles.js';
import { pathKey, problemCount, within, type BuilderHost, type Tab } from './builder-host.js';
import { defaultHint, withValue } from './defaults.js';
import { renderOutput } from './output.js';
import { renderPreview } from './preview.js';
import { renderOpen, renderSummary } from './problems-panel.js';
import { renderForm } from './sections.js';
import type { SnippetElement } from './snippet.js';

/**
 * `<rpc-config-builder>`: a form for a council's RPC Kit config, made from the config's schema.
 * Beside it, each element shows the config live, and every problem `validateConfig` finds is
 * listed with its JSON path and linked to its field. The JSON can be copied or downloaded, with
 * the snippet to paste; an existing file can be opened. It keeps nothing and sends nothing: the
 * config lives in memory until the page is closed.
 *
 * @summary Write a council's RPC Kit config with a form.
 */
export class RpcConfigBuilder extends LitElement implements BuilderHost {
  // The elements' styles in full, as the builder's form reuses their classes.
  static override styles = [baseStyles, formStyles, journeyStyles, listStyles, summaryStyles, builderStyles];

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
  static save: (blob: Blob, name: string) => void = downloadFile;

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
  /** The warnings `validateConfig` gives a valid config, as `rpc-kit validate` prints them. */
  warnings: readonly Problem[] = [];
  /** True when the config changed since it was opened, downloaded or copied. */
  dirty = false;
  private byPath = new Map<string, Problem[]>();
  private targets = new Map<string, string>();
  private pendingFocus: string | undefined;
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
      const result = validateConfig(this.config);
      this.problems = result.problems;
      this.warnings = result.warnings;
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
      this.announce(n === 0 ? 'No problems: the config is valid.' : `${problemCount(n)} in the config.`);
    }, 1500);
  }

  // FormHost

  value(path: Path): unknown {
    return getIn(this.config, path);
  }

  set(path: Path, value: Json | undefined): void {
    const config = withValue(this.config, path, value, this.order);
    if (!config) return;
    this.config = config;
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

  hasTarget(path: string): boolean {
    return this.targets.has(path);
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
    return defaultHint(path);
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

  /** Moves focus to an element by id, opening every folded section around it. */
  focusId(id: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!el) return;
    // Open every folded section around it.
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    el.focus();
    el.scrollIntoView({ block: 'center' });
  }

  /** Hands a file to the browser to save (through `RpcConfigBuilder.save`, which tests replace). */
  saveFile(blob: Blob, name: string): void {
    RpcConfigBuilder.save(blob, name);
  }

  // Rendering

  protected override render(): TemplateResult {
    this.targets = new Map();
    // The form first, so the summary can link each problem to the field it found.
    const form = renderForm(this);
    return html`<div class="root preset-govuk builder">
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div class="layout">
        <div class="form-column">${renderOpen(this)} ${renderSummary(this)} ${form}</div>
        ${renderPreview(this)}
      </div>
      ${renderOutput(this)}
    </div>`;
  }
}

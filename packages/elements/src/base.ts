import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  DA_HELPLINE_BY_NATION,
  isContentLoaded,
  type ContentResult,
  loadContent,
  localiseContact,
  type Audience,
  type DecisionContact,
  type MessageId,
} from '@rpc-kit/rules/lean';
import { Announcer } from './announcer.js';
import { ConfigController } from './config-controller.js';
import { emit, type ContactChannel, type RpcEventDetail, type RpcEventName } from './events.js';
import { onPageLanguageChange, resolveLocale, translate, type UiLocale } from './i18n.js';
import type { MessageTable } from './message-table.js';
import { SHARED_MESSAGES } from './shared.messages.js';
import { baseStyles } from './styles.js';
import { renderContacts } from './templates/contact-card.js';
import { renderQuickExit } from './templates/quick-exit.js';

/**
 * The base of every RPC Kit element: config (property, child JSON script or `config-src`),
 * localisation (`lang`, or the page's) with the element's own words (`static messages`), theming,
 * events, the frame every element renders in (`renderFrame`: the theme, the quick exit, the config
 * problems, the live region), and a "never blank" fallback that shows the webmaster what is wrong
 * and the parent the national helplines. What an element does is in controllers and templates it
 * composes (a journey, a feed, a list), not in subclasses of subclasses.
 *
 * @attr audience - `parent` (default) or `practitioner`: changes the wording, never the decision.
 * @attr config-src - URL of the council's config JSON.
 * @attr lang - the language (`en` or `cy`); defaults to the page's.
 */
export class RpcElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * The element's words: the shared words, and an element's own (`{ ...SHARED_MESSAGES,
   * ...OWN_MESSAGES }`). Anything else is looked up in the rules (their reasons and labels).
   */
  static messages: MessageTable = SHARED_MESSAGES;

  static override properties: PropertyDeclarations = {
    config: { attribute: false },
    configSrc: { attribute: 'config-src', reflect: true },
    audience: { reflect: true },
  };

  // The element's own `lang` attribute changes its language.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The council's config as an object (takes precedence over a child script and `config-src`). */
  declare config: unknown;
  declare configSrc: string | undefined;
  declare audience: Audience;

  /** The council's config, loaded and checked (with the defaults when it has problems). */
  readonly configState = new ConfigController(this);
  /** The polite live region (see `announce`). */
  protected readonly announcer = new Announcer(this);
  private tokensSet: readonly string[] = [];
  private stopWatchingLanguage?: () => void;

  constructor() {
    super();
    this.audience = 'parent';
  }

  /**
   * Also waits for the config being checked (its validator loads beside the first paint), so
   * `await el.updateComplete` sees the council's config applied.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.configState.pending ?? this.contentPending) {
      await (this.configState.pending ?? this.contentPending);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** What the content packs were loaded in, by the language and audience asked for. */
  private readonly contentResults = new Map<string, ContentResult>();
  private contentPending: Promise<unknown> | undefined;

  /**
   * Draws only once the rules' words for the element's language and audience are loaded: English
   * for parents is in the first load; Welsh and the practitioners' words are packs, fetched when a
   * page asks for them (then the element draws, in English and with a console error if a pack
   * could not load, so a Welsh page never mixes English safety words into Welsh).
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const { locale, audience, key } = this.asked();
    if (this.contentResults.has(key) || isContentLoaded({ locale, audience })) return super.shouldUpdate(changed);
    if (!this.contentPending) {
      const pending: Promise<unknown> = loadContent({ locale, audience }).then((result) => {
        this.contentResults.set(key, result);
        if (this.contentPending === pending) this.contentPending = undefined;
        this.requestUpdate();
      });
      this.contentPending = pending;
    }
    return false;
  }

  /** Says something to screen reader users without moving focus. */
  announce(text: string): void {
    this.announcer.say(text);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingLanguage = onPageLanguageChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
  }

  /** The language and audience asked for (the page's language, the `audience` attribute). */
  private asked(): { locale: UiLocale; audience: Audience; key: string } {
    const locale = resolveLocale(this);
    const audience: Audience = this.audience === 'practitioner' ? 'practitioner' : 'parent';
    return { locale, audience, key: `${locale} ${audience}` };
  }

  /**
   * The audience, read safely: anything but "practitioner" is a parent (and parents' wording if the
   * practitioners' words could not be loaded).
   */
  get who(): Audience {
    const asked = this.asked();
    return this.contentResults.get(asked.key)?.audience ?? asked.audience;
  }

  /** The language the element speaks now (English if the Welsh words could not be loaded: never a mix). */
  get locale(): UiLocale {
    const asked = this.asked();
    return this.contentResults.get(asked.key)?.locale ?? asked.locale;
  }

  /** A message in the element's language and audience, with the council's overrides. */
  t(id: MessageId, values?: Readonly<Record<string, string | number>>): string {
    const table = (this.constructor as typeof RpcElement).messages;
    return translate(id, this.who, this.locale, this.configState.config.strings, values, table);
  }

  /** Dispatches an `rpc-*` event (bubbling, composed) carrying categories, never answers. */
  emit(name: RpcEventName, detail: Omit<RpcEventDetail, 'element' | 'source'> = {}): void {
    emit(this, name, detail);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The council's design tokens (checked by the rules: known names, safe values, readable
    // colours), set through the CSS object model (no inline style markup); a token the config no
    // longer sets is taken away.
    const tokens = this.configState.config.branding.tokens;
    for (const name of this.tokensSet) if (!Object.hasOwn(tokens, name)) this.style.removeProperty(name);
    for (const [name, value] of Object.entries(tokens)) {
      if (this.style.getPropertyValue(name) !== value) this.style.setProperty(name, value);
    }
    this.tokensSet = Object.keys(tokens);
  }

  /** Called by contact links: tells the host page which contact was used, never why. */
  contactClicked(contact: string, channel: ContactChannel): void {
    this.emit('rpc-contact-click', { contact, channel });
  }

  /** The class list of the element's root: the theme preset. */
  protected rootClass(): string {
    return `root preset-${this.configState.config.branding.preset}`;
  }

  /**
   * The frame every element renders its content in, written once: the root (the theme preset,
   * the language), the quick exit, the config problems for the webmaster, and the live region.
   */
  protected renderFrame(content: unknown, className?: string): TemplateResult {
    return html`<div class=${className ? `${this.rootClass()} ${className}` : this.rootClass()} lang=${this.locale}>
      ${renderQuickExit(this.configState.config, this.locale)} ${this.renderConfigProblems()} ${content}
      ${this.announcer.render()}
    </div>`;
  }

  /** A visible panel for the webmaster listing each config problem and its JSON path. */
  protected renderConfigProblems(): TemplateResult | typeof nothing {
    const { status, problems } = this.configState;
    if (status !== 'error') return nothing;
    return html`<div class="config-error" part="config-error" role="alert">
      <h2>${this.t('ui.config-error-title')}</h2>
      <p>${this.t('ui.config-error-intro')}</p>
      <ul>
        ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
      </ul>
    </div>`;
  }

  /**
   * Contacts from the config by id, in that order, in the element's language; those missing, or
   * only for another nation, are left out.
   */
  contactsById(ids: readonly string[]): DecisionContact[] {
    const { contacts, nation } = this.configState.config;
    return ids
      .map((id) => contacts.find((c) => c.id === id))
      .filter((c) => c !== undefined && (!c.nations || c.nations.includes(nation)))
      .map((c) => localiseContact(c!, this.locale));
  }

  /** The national helplines: 999 and the nation's domestic abuse helpline. Always available. */
  renderHelplines(): TemplateResult {
    const contacts = this.contactsById([
      'emergency-999',
      DA_HELPLINE_BY_NATION[this.configState.config.nation],
      'respect-phoneline',
    ]);
    return html`<section class="helplines" part="helplines" aria-labelledby="helplines-heading">
      <h3 id="helplines-heading">${this.t('ui.helplines-title')}</h3>
      ${renderContacts(this, contacts)}
    </section>`;
  }
}

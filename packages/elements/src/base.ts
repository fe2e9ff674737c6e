import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  DA_HELPLINE_BY_NATION,
  localiseContact,
  type Audience,
  type DecisionContact,
  type MessageId,
} from '@rpc-kit/rules';
import { ConfigController } from './config-controller.js';
import { emit, type RpcEventDetail, type RpcEventName } from './events.js';
import { onPageLanguageChange, resolveLocale, translate, type UiLocale } from './i18n.js';
import { baseStyles } from './styles.js';
import { renderContacts } from './templates.js';

/**
 * The base of every RPC Kit element: config (property, child JSON script or `config-src`),
 * localisation (`lang`, or the page's), theming, events, and a "never blank" fallback that shows
 * the webmaster what is wrong and the parent the national helplines.
 *
 * @attr audience - `parent` (default) or `practitioner`: changes the wording, never the decision.
 * @attr config-src - URL of the council's config JSON.
 * @attr lang - the language (`en` or `cy`); defaults to the page's.
 */
export class RpcElement extends LitElement {
  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    announcement: { state: true },
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
  /** The text of the polite live region (see `announce`). */
  declare announcement: string;

  protected readonly configState = new ConfigController(this);
  private tokensSet: readonly string[] = [];
  private stopWatchingLanguage?: () => void;

  constructor() {
    super();
    this.audience = 'parent';
    this.announcement = '';
  }

  /** Says something to screen reader users without moving focus. */
  announce(text: string): void {
    this.announcement = text;
  }

  /** The polite live region every element renders once. */
  protected renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingLanguage = onPageLanguageChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
  }

  /** The audience, read safely: anything but "practitioner" is a parent. */
  get who(): Audience {
    return this.audience === 'practitioner' ? 'practitioner' : 'parent';
  }

  /** The language the element speaks now. */
  get locale(): UiLocale {
    return resolveLocale(this);
  }

  /** A message in the element's language and audience, with the council's overrides. */
  t(id: MessageId, values?: Readonly<Record<string, string | number>>): string {
    return translate(id, this.who, this.locale, this.configState.config.strings, values);
  }

  /** Dispatches an `rpc-*` event (bubbling, composed) carrying categories, never answers. */
  protected emit(name: RpcEventName, detail: Omit<RpcEventDetail, 'element' | 'source'> = {}): void {
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
  contactClicked(contact: string, channel: NonNullable<RpcEventDetail['channel']>): void {
    this.emit('rpc-contact-click', { contact, channel });
  }

  /** The class list of the element's root: the theme preset. */
  protected rootClass(): string {
    return `root preset-${this.configState.config.branding.preset}`;
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
  protected contactsById(ids: readonly string[]): DecisionContact[] {
    const { contacts, nation } = this.configState.config;
    return ids
      .map((id) => contacts.find((c) => c.id === id))
      .filter((c) => c !== undefined && (!c.nations || c.nations.includes(nation)))
      .map((c) => localiseContact(c!, this.locale));
  }

  /** The national helplines: 999 and the nation's domestic abuse helpline. Always available. */
  protected renderHelplines(): TemplateResult {
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

import { clearFallback } from './clear-fallback.js';
import {
  LitElement,
  html,
  isServer,
  type nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import {
  DA_HELPLINE_BY_NATION,
  contentModules,
  isContentLoaded,
  type ContentResult,
  loadContent,
  localiseContact,
  type Audience,
  type ConfigInput,
  type DecisionContact,
  type MessageId,
} from '@rpc-kit/rules/lean';
import { Announcer } from './announcer.js';
import { ConfigController } from './config-controller.js';
import { FirstScreenTakeover } from './first-screen.js';
import { emit, type ContactChannel, type RpcEventDetail, type RpcEventName } from './events.js';
import { onPageLanguageChange, resolveLocale, translate, type UiLocale } from './i18n.js';
import type { MessageTable } from './message-table.js';
import { SHARED_MESSAGES } from './shared.messages.js';
import { baseStyles } from './styles.js';
import { renderConfigProblems } from './templates/config-problems.js';
import { renderHelplines, renderHelpNow } from './templates/helplines.js';
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
 * @csspart quick-exit - the quick exit (`<rpc-quick-exit>`) at the top of the element.
 * @csspart quick-exit-button - the quick exit's button.
 * @csspart quick-exit-bar - the strip holding the quick exit's button, pinned to the top of the window.
 * @csspart config-error - the config problems, for the website editor.
 * @csspart helplines - the national helplines.
 * @csspart help-now - "Need help now?": 999 and the national helplines.
 * @csspart contacts - a list of contact cards.
 * @csspart contact - one contact card.
 * @csspart call-note - the note on a contact card about calls showing in the phone's history.
 * @cssproperty --rpc-font-family - The font stack (fonts already on the page; no web fonts are loaded). Default `Arial, Helvetica, sans-serif`.
 * @cssproperty --rpc-font-size - The base text size (at least 14px, or 0.875em of the reader’s default size). Default `1.1875em`.
 * @cssproperty --rpc-colour-text - Text. Default `#0b0c0c`; NHS preset `#212b32`.
 * @cssproperty --rpc-colour-secondary-text - Hints and captions. Default `#505a5f`; NHS preset `#4c6272`.
 * @cssproperty --rpc-colour-link - Links. Default `#1d70b8`; NHS preset `#005eb8`.
 * @cssproperty --rpc-colour-link-visited - Visited links. Default `#4c2c92`; NHS preset `#330072`.
 * @cssproperty --rpc-colour-focus - The focus highlight. Default `#ffdd00`; NHS preset `#ffeb3b`.
 * @cssproperty --rpc-colour-focus-text - Text on the focus highlight. Default `#0b0c0c`; NHS preset `#212b32`.
 * @cssproperty --rpc-colour-button - Buttons. Default `#00703c`; NHS preset `#007f3b`.
 * @cssproperty --rpc-colour-button-text - Text on buttons. Default `#ffffff`.
 * @cssproperty --rpc-colour-secondary-button - Secondary buttons. Default `#f3f2f1`.
 * @cssproperty --rpc-colour-border - Borders of cards and panels. Default `#b1b4b6`; NHS preset `#d8dde0`.
 * @cssproperty --rpc-colour-input-border - Borders of radios and inputs. Default `#0b0c0c`; NHS preset `#4c6272`.
 * @cssproperty --rpc-colour-error - Error messages. Default `#d4351c`; NHS preset `#d5281b`.
 * @cssproperty --rpc-colour-emergency - The 999 button and emergency panels. Default `#d4351c`; NHS preset `#d5281b`.
 * @cssproperty --rpc-colour-exit - The quick exit button. Default `#d4351c`.
 * @cssproperty --rpc-colour-panel - Panels and notices. Default `#f3f2f1`; NHS preset `#f0f4f5`.
 * @cssproperty --rpc-colour-background - The background. Default `#ffffff`.
 * @cssproperty --rpc-radius - Corner radius of cards and buttons. Default `0`; NHS preset `4px`.
 * @cssproperty --rpc-space - The space between blocks. Default `15px`.
 * @cssproperty --rpc-padding - Padding around the element. Default `0`.
 * @cssproperty --rpc-quick-exit-top - How far below the top of the window the quick exit sits (for a CMS toolbar). Default `0`.
 * @cssproperty --rpc-quick-exit-bottom - How far above the bottom of the window the quick exit sits while the element is further down (for a bar fixed there). Default `0`.
 */
export class RpcElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * The element's words: the shared words, and an element's own (`{ ...SHARED_MESSAGES,
   * ...OWN_MESSAGES }`). Anything else is looked up in the rules (their reasons and labels).
   * @internal
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
    if (name === 'lang') this.followLanguage();
  }

  /**
   * The council's config as an object (takes precedence over a child script and `config-src`).
   * Checked when set: a config with problems is shown to the website editor, never thrown.
   */
  declare config: ConfigInput | undefined;
  declare configSrc: string | undefined;
  declare audience: Audience;

  /**
   * The council's config, loaded and checked (with the defaults when it has problems).
   * @internal
   */
  readonly configState = new ConfigController(this);
  /** The polite live region (see `announce`). */
  protected readonly announcer = new Announcer(this);
  private readonly firstScreen = new FirstScreenTakeover(this, () => isContentLoaded(this.asked()) && this.render());
  private tokensSet: readonly string[] = [];
  private stopWatchingLanguage?: () => void;
  /** The language, read from the DOM when connected and before each update, never in `render()`. */
  private currentLocale: UiLocale = 'en';

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
    let next: Promise<unknown> | undefined;
    while ((next = this.configState.pending ?? this.contentPending ?? this.work.values().next().value)) {
      await next;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Work under way that `updateComplete` waits for (see `waitFor`). */
  private readonly work = new Set<Promise<unknown>>();

  /** Makes `updateComplete` wait for work (the questions loading after Start), to see its outcome drawn. @internal */
  waitFor(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined).then(() => undefined);
    this.work.add(settled);
    void settled.then(() => this.work.delete(settled));
  }

  /** What the content packs were loaded in, by the language and audience asked for (and for how many modules). */
  private readonly contentResults = new Map<string, ContentResult & { readonly modules: number }>();
  private contentPending: Promise<unknown> | undefined;

  /**
   * Draws only once the rules' words for the element's language and audience are loaded: English
   * for parents is in the first load; Welsh and the practitioners' words are packs, fetched when a
   * page asks for them (then the element draws, in English and with a console error if a pack
   * could not load, so a Welsh page never mixes English safety words into Welsh).
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.firstScreen.waiting) return false;
    // Before willUpdate: the language may have changed since the last update (the element's own `lang`).
    this.currentLocale = resolveLocale(this);
    const { locale, audience, key } = this.asked();
    const [loaded, known] = [isContentLoaded({ locale, audience }), this.contentResults.get(key)];
    // A load holds for the content there was: a chunk loaded since (the rules' journey) has packs of its own.
    if (loaded || known?.modules === contentModules()) {
      this.drawnIn = loaded ? { locale, audience } : known!;
      return super.shouldUpdate(changed);
    }
    if (!this.contentPending) {
      // Never blank: words that have not come in time are drawn in English for parents (always in
      // the first load), and the webmaster reads why.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<ContentResult>((resolve) => {
        timer = setTimeout(() => {
          console.error(
            `<${this.localName}>: the ${locale === 'cy' ? 'Welsh' : 'practitioners’'} words did not load within ${RpcElement.wordsTimeoutMs} ms; showing English for parents.`,
          );
          resolve({ locale: 'en', audience: 'parent' });
        }, RpcElement.wordsTimeoutMs);
      });
      const modules = contentModules();
      const pending: Promise<unknown> = Promise.race([loadContent({ locale, audience }), late]).then((result) => {
        clearTimeout(timer);
        this.contentResults.set(key, { ...result, modules });
        if (this.contentPending === pending) this.contentPending = undefined;
        this.requestUpdate();
      });
      this.contentPending = pending;
    }
    return false;
  }

  /** How long to wait for a language's or audience's packs before drawing in English for parents. @internal */
  static wordsTimeoutMs = 4000;
  /** The language and audience the element last drew in (undefined before its first draw). */
  private drawnIn: ContentResult | undefined;

  /**
   * Says something to screen reader users without moving focus.
   * @internal
   */
  announce(text: string): void {
    this.announcer.say(text);
  }

  override connectedCallback(): void {
    clearFallback(this);
    super.connectedCallback();
    this.currentLocale = resolveLocale(this);
    this.stopWatchingLanguage = onPageLanguageChange(() => this.followLanguage());
  }

  /** The element's, an ancestor's or the page's `lang` changed: speak it from the next update. */
  private followLanguage(): void {
    this.currentLocale = resolveLocale(this);
    this.requestUpdate();
  }

  // Runs on a server too (`@lit-labs/ssr`): `resolveLocale` reads the element's own `lang`, the config is the property's.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.currentLocale = resolveLocale(this);
    if (isServer) this.configState.serverUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
  }

  /** The language and audience asked for (the page's language, the `audience` attribute). */
  private asked(): { locale: UiLocale; audience: Audience; key: string } {
    const locale = this.currentLocale;
    const audience: Audience = this.audience === 'practitioner' ? 'practitioner' : 'parent';
    return { locale, audience, key: `${locale} ${audience}` };
  }

  /**
   * The audience, read safely: anything but "practitioner" is a parent (and parents' wording if the
   * practitioners' words could not be loaded).
   * @internal
   */
  get who(): Audience {
    return this.speaking().audience;
  }

  /**
   * What the element speaks: what its words were loaded in for what is asked; after a change of
   * language or audience, until those words are loaded, what it last drew in (an announcement in
   * between is never a mix); before its first draw (and on a server), what is asked.
   */
  private speaking(): { readonly locale: UiLocale; readonly audience: Audience } {
    const asked = this.asked();
    const loaded = this.contentResults.get(asked.key);
    if (loaded) return loaded;
    if (this.drawnIn && !isContentLoaded(asked)) return this.drawnIn;
    return asked;
  }

  /**
   * The language the element speaks now (English if the Welsh words could not be loaded: never a mix).
   * @internal
   */
  get locale(): UiLocale {
    return this.speaking().locale;
  }

  /**
   * A message in the element's language and audience, with the council's overrides.
   * @internal
   */
  t(id: MessageId, values?: Readonly<Record<string, string | number>>): string {
    const table = (this.constructor as typeof RpcElement).messages;
    const { audience, locale } = this.speaking(); // once: a list's update asks for hundreds of words
    return translate(id, audience, locale, this.configState.config.strings, values, table);
  }

  /**
   * Dispatches an `rpc-*` event (bubbling, composed) carrying categories, never answers.
   * @internal
   */
  emit(name: RpcEventName, detail: Omit<RpcEventDetail, 'element' | 'source'> = {}): void {
    emit(this, name, detail);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The council's design tokens (checked by the rules: known names, safe values, readable colours), set through
    // the CSS object model (no inline style markup); a token the config no longer sets is taken away.
    const tokens = this.configState.config.branding.tokens;
    for (const name of this.tokensSet) if (!Object.hasOwn(tokens, name)) this.style.removeProperty(name);
    for (const [name, value] of Object.entries(tokens)) {
      if (this.style.getPropertyValue(name) !== value) this.style.setProperty(name, value);
    }
    this.tokensSet = Object.keys(tokens);
  }

  /**
   * Called by contact links: tells the host page which contact was used, never why.
   * @internal
   */
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
      ${renderQuickExit(this.configState.config, this.locale, this.configState.quickExitUrl)}
      ${this.renderConfigProblems()} ${content} ${this.announcer.render()}
    </div>`;
  }

  /** A config with problems: what the parent and the webmaster are told (`renderConfigProblems`). */
  protected renderConfigProblems(): TemplateResult | typeof nothing {
    return renderConfigProblems(this, this.configState);
  }

  /**
   * Contacts from the config by id, in that order, in the element's language; those missing, or
   * only for another nation, are left out (none is, where the nation cannot be known).
   * @internal
   */
  contactsById(ids: readonly string[]): DecisionContact[] {
    const { config, nationUnknown } = this.configState;
    return ids
      .map((id) => config.contacts.find((c) => c.id === id))
      .filter((c) => c !== undefined && (nationUnknown || !c.nations || c.nations.includes(config.nation)))
      .map((c) => localiseContact(c!, this.locale));
  }

  /**
   * The ids of the national domestic abuse helplines to show: the nation's. Where the council's
   * nation cannot be known (its config did not load), every nation's, the page's language's first.
   * @internal
   */
  daHelplineIds(): string[] {
    const { config, nationUnknown } = this.configState;
    const first = DA_HELPLINE_BY_NATION[config.nation];
    return nationUnknown ? [first, ...Object.values(DA_HELPLINE_BY_NATION).filter((id) => id !== first)] : [first];
  }

  /** The national helplines, always available (`renderHelplines`). @internal */
  renderHelplines(): TemplateResult {
    return renderHelplines(this);
  }

  /** "Need help now?": 999 and the nation's domestic abuse helplines behind a disclosure (`renderHelpNow`). @internal */
  renderHelpNow(): TemplateResult {
    return renderHelpNow(this);
  }
}

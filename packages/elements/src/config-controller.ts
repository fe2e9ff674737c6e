import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEFAULT_QUICK_EXIT_URL,
  firstScreenConfigFor,
  nationOf,
  quickExitUrlOf,
  yieldToMain,
  type Nation,
  type Problem,
  type ResolvedConfig,
} from '@rpc-kit/rules/lean';
import type * as QuickValidate from '@rpc-kit/rules/quick-validate';
import type * as Validate from '@rpc-kit/rules/validate';
import { resolveLocale } from './i18n.js';

/**
 * Config validation, loaded beside the first paint rather than before it: the first screen (the
 * introduction, the quick exit, the national helplines) draws with the defaults while it loads,
 * and the council's config is checked and applied right after. A valid config is passed by the
 * quick check (no zod); only a config with problems loads the full check (zod/mini and the
 * problems' words), which says what is wrong and what can still be used.
 */
let quick: Promise<typeof QuickValidate> | undefined;
/** The quick check once loaded: later configs are checked at once. */
let quickModule: typeof QuickValidate | undefined;
let importQuick = (): Promise<typeof QuickValidate> => import('@rpc-kit/rules/quick-validate');
const loadQuick = () =>
  (quick ??= importQuick().then(
    async (module) => {
      // The check in a task of its own, after the module's.
      await yieldToMain();
      return (quickModule = module);
    },
    (error: unknown) => {
      // Tried again for the next config (a network that was down may be back).
      quick = undefined;
      throw error;
    },
  ));
let validator: Promise<typeof Validate> | undefined;
// Short tasks on a slow phone, not one long one: the validator's module runs, then its schemas
// are made in steps, each in a task of its own, then the check and the element drawn again.
const loadValidator = () =>
  (validator ??= loadQuick()
    .then((module) => module.loadValidator())
    .then(async (module) => {
      await module.prepareConfigSchemas(yieldToMain);
      await yieldToMain();
      return (validatorModule = module);
    }));
/** The full validator once loaded: later configs are checked at once (and on a server, synchronously). */
let validatorModule: typeof Validate | undefined;
/** Loads the config validator, the full one too, ahead of any element (a server renderer awaits it before rendering). */
export const configValidatorReady = (): Promise<unknown> => loadValidator();

export interface ConfigHost extends ReactiveControllerHost, HTMLElement {
  /** A config object set as a property. */
  config?: unknown;
  /** A URL to fetch the config from (the `config-src` attribute). */
  configSrc?: string;
}

/**
 * What an element's class holds, in a council's nation, before its config is checked, while it is
 * checked, and if it cannot be (`static firstConfigFor`): the rules' `firstScreenConfigFor` (the
 * defaults with no pathways), unless the element shows pathways on its first screen
 * (`defaultConfigFor`, every default pathway).
 */
export interface ConfigHostClass {
  readonly firstConfigFor?: (nation: Nation) => ResolvedConfig;
}

/**
 * - `ready`: the config is valid (or there is none: the defaults);
 * - `partial`: the config has problems, but the rules could leave out each bad item and use the
 *   rest (`leftOut` names what was left out): the element works with it;
 * - `error`: nothing of the config could be used (not JSON, not loaded, or no usable part): the
 *   defaults, with the council's nation if it is valid, so the national helplines show.
 */
export type ConfigStatus = 'loading' | 'ready' | 'partial' | 'error';

const FETCH_TIMEOUT_MS = 8000;
/** The nation of a config that does not say (the schema's default). */
const DEFAULT_NATION: Nation = 'england';

/**
 * Loads a council's config from the `config` property, a child `<script type="application/json">`
 * or `config-src` (fetched once, without credentials or referrer), validates it with the rules'
 * schema, and falls back to the defaults, so the national helplines always show.
 */
export class ConfigController implements ReactiveController {
  /**
   * How the quick check's module is loaded. Replaced only by tests (a check that cannot load, or
   * is slow); replacing it forgets both checks already loaded.
   * @internal
   */
  static get importQuick(): () => Promise<typeof QuickValidate> {
    return importQuick;
  }
  static set importQuick(load: () => Promise<typeof QuickValidate>) {
    importQuick = load;
    quick = validator = undefined;
    quickModule = validatorModule = undefined;
  }

  /**
   * How long a config's check is waited for (ms) before the element says it could not be checked
   * (its file stalled): as the autoloader waits for an element's file. It goes on loading: if it
   * comes, the config is checked and used then. Replaced only by tests.
   * @internal
   */
  static checkTimeout = 10_000;

  status: ConfigStatus = 'loading';
  /**
   * Until the config is checked, the defaults an element's first screen needs; then the council's
   * config, resolved onto the defaults (or, if it cannot be used, the defaults for its nation).
   */
  config: ResolvedConfig;
  problems: readonly Problem[] = [];
  /** The JSON paths of what was left out of a `partial` config. */
  leftOut: readonly string[] = [];
  /**
   * With `error`, whether the council's nation cannot be known (the config did not load, is not
   * JSON, or names a nation that cannot be read): the element's language gives the nation (Welsh:
   * Wales), and the helplines show every nation's, that one first (as when the code cannot load).
   */
  get nationUnknown(): boolean {
    return this.status === 'error' && this.nationUnread;
  }
  /** Whether the config that last failed named no nation that could be read (see `nationUnknown`). */
  private nationUnread = false;
  /** Set while a config is being checked: `RpcElement.getUpdateComplete` waits for it. */
  pending: Promise<void> | undefined;
  /**
   * While a config is being checked, its quick exit address if the check would accept it
   * (`quickExitUrlOf`): config validation loads beside the first paint, and a quick exit pressed
   * meanwhile goes where the council said, not to the default.
   */
  private unchecked: string | undefined;
  private loadedFrom: unknown = Symbol('none');
  private request = 0;

  /** What the element holds, in a nation, before its config is checked, and if it cannot be. */
  private readonly firstFor: (nation: Nation) => ResolvedConfig;

  constructor(private readonly host: ConfigHost) {
    this.firstFor = (host.constructor as ConfigHostClass).firstConfigFor ?? firstScreenConfigFor;
    this.config = this.firstFor(DEFAULT_NATION);
    host.addController(this);
  }

  hostConnected(): void {
    this.load();
  }

  hostUpdate(): void {
    // A new `config` object or `config-src` reloads.
    const source = this.host.config ?? this.inlineScript()?.textContent ?? this.host.configSrc;
    if (source !== this.loadedFrom) this.load();
  }

  /**
   * On a server (`@lit-labs/ssr` calls no controller hook): the `config` property only, checked as
   * in the browser; a child script and `config-src` are read in the browser.
   */
  serverUpdate(): void {
    const { config } = this.host;
    if (config !== undefined && config !== null && config !== this.loadedFrom) {
      this.loadedFrom = config;
      this.apply(config);
    }
  }

  /** Where the element's quick exit goes: the council's address, once known, even before the rest is checked. */
  get quickExitUrl(): string {
    // While a config is checked: its own address, or the default (not an earlier config's).
    if (this.status === 'loading') return this.unchecked ?? DEFAULT_QUICK_EXIT_URL;
    return this.config.quickExitUrl;
  }

  private inlineScript(): HTMLScriptElement | null {
    return this.host.querySelector(':scope > script[type="application/json"]');
  }

  private load(): void {
    const request = ++this.request;
    // The address read from the config before is not this one's (a council may have removed it).
    this.unchecked = undefined;
    const { config, configSrc } = this.host;
    const script = this.inlineScript();
    if (config !== undefined && config !== null) {
      this.loadedFrom = config;
      void this.apply(config);
    } else if (script) {
      this.loadedFrom = script.textContent;
      try {
        void this.apply(JSON.parse(script.textContent ?? ''));
      } catch (error) {
        this.fail([
          { path: '<script type="application/json">', message: `is not valid JSON (${(error as Error).message})` },
        ]);
      }
    } else if (configSrc) {
      this.loadedFrom = configSrc;
      this.status = 'loading';
      void this.fetchConfig(configSrc, request);
    } else {
      this.loadedFrom = undefined;
      void this.apply({});
    }
  }

  private async fetchConfig(src: string, request: number): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
    // A page whose Content Security Policy refuses the address (`connect-src`): the webmaster is
    // told so, not only "Failed to fetch" (all the browser's fetch says).
    let [address, refused] = [src, false];
    const onRefused = (e: SecurityPolicyViolationEvent) =>
      (refused ||= e.effectiveDirective === 'connect-src' && !!e.blockedURI && address.startsWith(e.blockedURI));
    document.addEventListener('securitypolicyviolation', onRefused);
    try {
      address = new URL(src, document.baseURI).href;
      const response = await fetch(src, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-cache',
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        // Loaded, but not JSON (a typo, or a CMS's page in its place): said so, not "not loaded".
        if (request === this.request)
          this.fail([{ path: 'config-src', message: `"${src}" is not valid JSON (${(error as Error).message})` }]);
        return;
      }
      if (request === this.request) await this.apply(json, request);
    } catch (error) {
      if (request !== this.request) return;
      const { name, message } = error as Error;
      // The violation's event may come a task after the fetch has failed.
      if (name === 'TypeError' && !refused) await new Promise((resolve) => setTimeout(resolve));
      const reason =
        name === 'AbortError'
          ? 'it took too long'
          : refused
            ? `the page's Content Security Policy does not allow it: add ${new URL(address).origin} to its connect-src`
            : message;
      if (request === this.request)
        this.fail([{ path: 'config-src', message: `"${src}" could not be loaded (${reason})` }]);
    } finally {
      clearTimeout(timer);
      document.removeEventListener('securitypolicyviolation', onRefused);
    }
  }

  private apply(raw: unknown, request = this.request): Promise<void> {
    if (validatorModule) {
      this.applyResult(validatorModule.validateConfig(raw), raw);
      return Promise.resolve();
    }
    // With the quick check loaded, a valid config is applied at once; `null`: it needs the full check.
    const quickly = quickModule ? (quickModule.quickValidate(raw) ?? null) : undefined;
    if (quickly) {
      this.applyResult(quickly, raw);
      return Promise.resolve();
    }
    // Being checked: until then, a quick exit pressed goes where this config says (`quickExitUrl`),
    // and the helplines are its nation's (read as the address is, with no check loaded).
    const before = this.quickExitUrl;
    const held = this.config;
    const checked = this.status !== 'loading';
    this.status = 'loading';
    this.unchecked = quickExitUrlOf(raw);
    const nation = nationOf(raw) ?? DEFAULT_NATION;
    if (nation !== held.nation) this.config = this.firstFor(nation);
    // Drawn again if the address or the nation changes (not for a council's config that names the
    // default), or if a config was shown (its problems go while the new one is checked).
    if (checked || this.quickExitUrl !== before || this.config !== held) this.host.requestUpdate();
    const done = loadQuick()
      .then(({ quickValidate }) => {
        if (request !== this.request) return;
        const result = quickly === null ? undefined : quickValidate(raw);
        // Drawn with it in a task of its own: on a slow phone the check and the draw are each
        // about 30 ms; together they were one task over 50 ms after the first paint.
        if (result)
          return yieldToMain().then(() => {
            if (request === this.request) this.applyResult(result, raw);
          });
        // A config with problems (or one the quick check is not sure of): the full check.
        return loadValidator().then(({ validateWithSchema }) => {
          if (request === this.request) this.applyResult(validateWithSchema(raw), raw);
        });
      })
      .then(undefined, (error: unknown) => {
        if (request !== this.request) return;
        // The validator's file did not load: the defaults (with the council's nation if it is valid),
        // the national helplines and the reason.
        this.fail([{ path: 'config', message: `could not be checked (${(error as Error).message})` }], raw);
      });
    // A check whose file stalls (no answer, no error): the national helplines and the reason after a
    // while, as for a file that failed; the check still applies the config if its file comes.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        if (request === this.request && this.status === 'loading')
          this.fail([{ path: 'config', message: 'could not be checked (its file took too long to load)' }], raw);
        resolve();
      }, ConfigController.checkTimeout);
    });
    const pending = Promise.race([done, stalled]).finally(() => {
      clearTimeout(timer);
      if (this.pending === pending) this.pending = undefined;
    });
    this.pending = pending;
    return pending;
  }

  private applyResult(result: Validate.ValidationResult, raw: unknown): void {
    if (result.ok) {
      this.status = 'ready';
      this.config = result.config;
      this.problems = [];
      this.leftOut = [];
      this.host.requestUpdate();
    } else if (!result.leftOut.includes('$')) {
      // One bad item does not throw the whole config away: the rest of it is used.
      this.status = 'partial';
      this.config = result.usable;
      this.problems = result.problems;
      this.leftOut = result.leftOut;
      console.error(
        `<${this.host.localName}>: the RPC Kit config has problems; these parts are left out until they are fixed: ` +
          `${result.leftOut.join(', ')}\n` +
          result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'),
      );
      this.host.requestUpdate();
    } else {
      this.fail(result.problems, raw);
    }
  }

  private fail(problems: readonly Problem[], raw?: unknown): void {
    this.status = 'error';
    this.problems = problems;
    this.leftOut = [];
    // Keep the council's nation if it can be read, so its helpline still shows: read here, with no
    // check loaded (its file may be the one that did not load). A config that names none is
    // England's (the schema's default); one that cannot be read, or names a nation that cannot be,
    // is the page's language's (a Welsh page's config with a typo: Wales's helpline, not England's).
    const named = nationOf(raw);
    this.nationUnread = !named && !namesNoNation(raw);
    const guessed: Nation = resolveLocale(this.host) === 'cy' ? 'wales' : DEFAULT_NATION;
    this.config = this.firstFor(named ?? (this.nationUnread ? guessed : DEFAULT_NATION));
    console.error(
      `<${this.host.localName}>: the RPC Kit config has problems; showing the national helplines instead.\n` +
        problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'),
    );
    this.host.requestUpdate();
  }
}

/** Whether a config is a plain object with no `nation` of its own: England's, the schema's default. */
const namesNoNation = (raw: unknown): boolean =>
  raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !Object.hasOwn(raw, 'nation');

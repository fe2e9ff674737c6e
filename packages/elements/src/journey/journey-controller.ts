import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isFirstScreenConfig,
  isContentLoaded,
  loadContent,
  type Audience,
  type JourneyOptions,
  type JourneyPlan,
  type JourneyResult,
  type JourneyStep,
  type MessageId,
  type ResolvedConfig,
  type Tool,
} from '@rpc-kit/rules/lean';
import type { RpcEventDetail, RpcEventName } from '../events.js';
import type { UiLocale } from '../i18n.js';
import { afterPaint } from '../after-paint.js';
import { Lazy } from '../lazy.js';
import { ExitController } from '../exit-controller.js';
import { quickExitRegistry } from '../exit-registry.js';
import { copyText } from '../templates/summary.js';
import type * as EngineModule from './engine.js';

type Engine = typeof EngineModule;

/**
 * The rules' journey (`engine.ts`), one copy for every element on the page: fetched once an
 * element's introduction is drawn, and awaited by Start if it has not arrived yet.
 */
let engine = new Lazy<Engine>(() => import('./engine.js'));

/** Where a journey is: its introduction, a question step, "not safe now", or the result. */
export type Step = 'intro' | 'question' | 'not-safe' | 'result';

/** What a journey needs from its element (`RpcElement` is one). */
export interface JourneyHost extends ReactiveControllerHost, HTMLElement {
  readonly who: Audience;
  readonly locale: UiLocale;
  readonly configState: { readonly config: ResolvedConfig };
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Work `updateComplete` waits for (the journey loading after Start). */
  waitFor(work: Promise<unknown>): void;
  emit(name: RpcEventName, detail?: Omit<RpcEventDetail, 'element' | 'source'>): void;
  announce(text: string): void;
  t(id: MessageId, values?: Readonly<Record<string, string | number>>): string;
}

export interface JourneySettings<Views = unknown> {
  /** Which journey of the rules the element runs. */
  readonly tool: Tool;
  /**
   * The element's views of the steps after its introduction (its question steps, its result),
   * fetched with the rules' journey once the introduction is painted, and awaited by Start:
   * `() => import('./my.views.js')` (see `renderJourney`).
   */
  readonly views: () => Promise<Views>;
  /** Options an element adds to the rules' journey (the signposter's `screened`). */
  readonly options?: () => Omit<JourneyOptions, 'audience'>;
  /** Anything else the element forgets with the answers (the signposter's list filter). */
  readonly onWipe?: () => void;
}

/**
 * A question journey, as GOV.UK's question pages: an introduction, then one step at a time (the
 * question as the heading, focus moved to it, Back never losing an answer), then a result. It
 * holds the answers and where the journey is; which step comes next, when the journey stops and
 * what the result is all come from the rules (`planJourney`, `journeyResult`): it decides nothing
 * itself. It tells the host page what happens (`rpc-start`, `rpc-step`, `rpc-complete`, with
 * categories, never answers). Answers live in memory only and are wiped (`wipe`) on quick exit,
 * on "Start again" and when the element leaves the page.
 */
export class JourneyController<Views = unknown> implements ReactiveController {
  /**
   * How the rules' journey is fetched (`import()`). Replaced only by tests (a file that does not
   * load); replacing it forgets the journey already loaded.
   * @internal
   */
  static get importEngine(): () => Promise<Engine> {
    return engine.fetch;
  }
  static set importEngine(load: () => Promise<Engine>) {
    engine = new Lazy(load);
  }

  /**
   * How long Start waits for the questions (ms) before saying they did not load, with the
   * helplines: a file that never answers (a stalled connection) must not leave a parent waiting
   * with no word. They go on loading meanwhile: Start, pressed again, uses them once they are here.
   * Replaced only by tests.
   * @internal
   */
  static slowAfter = 10_000;

  step: Step = 'intro';
  /** The position of the step on screen in the plan. */
  index = 0;
  /** Continue was pressed with a question unanswered. */
  error = false;
  /** Start was pressed, and the questions could not be loaded (the helplines show instead). */
  unavailable = false;
  /** Start was pressed, and the questions are still on their way ("Loading the questions."). */
  waiting = false;
  /** The referral summary was copied. */
  copied = false;

  /** The answers: in memory only, never stored, never sent. */
  private answers: Record<string, string> = {};
  /** The result on screen, from the rules: the screen and the referral summary both read it. */
  private shown: JourneyResult | undefined;
  /** The config `shown` was worked out with. */
  private shownWith: ResolvedConfig | undefined;
  /** Focus moves after the next render (to the new heading, or to the error summary). */
  private moved = false;
  /** The questions are asked for once the introduction is painted (see `hostUpdated`). */
  private prefetching = false;
  /** Start was pressed and waits for the questions: a second press waits with it, a wipe forgets it. */
  private starting: Promise<void> | undefined;
  /** The element's views of the steps after its introduction (`settings.views`). */
  private readonly ownViews: Lazy<Views>;

  constructor(
    private readonly host: JourneyHost,
    private readonly settings: JourneySettings<Views>,
  ) {
    this.ownViews = new Lazy(settings.views);
    host.addController(this);
    // Wiped on the quick exit of any copy of RPC Kit on the page, and on pagehide.
    new ExitController(host, () => this.wipe());
  }

  hostDisconnected(): void {
    this.wipe();
  }

  hostUpdated(): void {
    // The introduction is drawn: once it is painted, fetch the questions (a task of their own, so
    // they do not hold back that paint).
    if (!this.prefetching && !this.ready()) {
      this.prefetching = true;
      void afterPaint().then(() => this.load().catch(() => undefined));
    }
    if (!this.moved) return;
    this.moved = false;
    const target = this.host.renderRoot.querySelector<HTMLElement>(
      this.error ? '.error-summary' : '[data-focus-target]',
    );
    if (!target) return;
    target.focus({ preventScroll: true });
    // Into view clear of the quick exit pinned at the top (its scroll-margin-top), not under it; at
    // once, whatever the page's `scroll-behavior`, so that the quick exit then reads where it is.
    target.scrollIntoView?.({ block: 'nearest', behavior: 'instant' });
    // Back, above the heading, clear of the pinned button too (after the heading, which the focus
    // reveals): a tap on it must not land on the quick exit (the Welsh button is wider, and covered it).
    const back = this.host.renderRoot.querySelector('.back');
    if (back) quickExitRegistry().reveal(back);
  }

  /** The rules' options for this journey: the audience, and what the element adds. */
  options(): JourneyOptions {
    return { audience: this.host.who, ...this.settings.options?.() };
  }

  /** The plan for the answers so far. */
  plan(): JourneyPlan {
    return this.engine().planJourney(this.settings.tool, this.answers, this.options());
  }

  /** The question step on screen. */
  current(): JourneyStep | undefined {
    return this.step === 'question' ? this.plan().steps[this.index] : undefined;
  }

  /** The answer given to a question, if any. */
  answerTo(id: string): string | undefined {
    return this.answers[id];
  }

  /** Records an answer (kept in memory only). */
  choose(id: string, value: string): void {
    this.answers = { ...this.answers, [id]: value };
    this.error = false;
    this.host.requestUpdate();
  }

  /** Shows a step, tells the host page, and moves focus to its heading. */
  private go(step: Step, index = 0): void {
    this.host.announce('');
    this.step = step;
    this.index = index;
    this.error = false;
    this.moved = true;
    if (step === 'question') {
      const s = this.plan().steps[index];
      if (s) this.host.emit('rpc-step', { section: s.group, index: index + 1 });
    } else if (step !== 'result') {
      this.host.emit('rpc-step', { section: step, index: 0 });
    }
    this.host.requestUpdate();
  }

  /** The rules' journey: loaded before any step but the introduction is shown (see `start`). */
  private engine(): Engine {
    if (!engine.value) throw new Error('RPC Kit: the journey is not loaded yet');
    return engine.value;
  }

  /**
   * The element's views of the steps after its introduction (`settings.views`), once loaded:
   * always, on any step but the introduction (Start waits for them).
   */
  get views(): Views | undefined {
    return this.ownViews.value;
  }

  /** Whether everything the steps after the introduction need is loaded. */
  private ready(): boolean {
    return !!engine.value && !!this.ownViews.value;
  }

  /** Loads the rules' journey and the element's own views (each once; a failed load is tried again). */
  private load(): Promise<unknown> {
    return Promise.all([engine.load(), this.ownViews.load()]);
  }

  /**
   * Shows the first question. Pressed before the rules' journey has arrived, or on a Welsh or
   * practitioners' page whose packs do not yet cover the questions it brought (they came with it),
   * it waits for both first (once: a pack that cannot load leaves its English, as everywhere).
   */
  start(waited = false): void {
    const words = { locale: this.host.locale, audience: this.host.who };
    if (!waited && !(this.ready() && isContentLoaded(words))) {
      if (this.starting) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const slow = new Promise<never>((_, reject) => {
        const seconds = JourneyController.slowAfter / 1000;
        timer = setTimeout(() => reject(new Error(`not here after ${seconds} s`)), JourneyController.slowAfter);
      });
      const starting: Promise<void> = Promise.race([this.load().then(() => loadContent(words)), slow])
        .then(
          () => {
            if (this.starting === starting) this.start(true);
          },
          (error: unknown) => {
            if (this.starting !== starting) return;
            console.error(`<${this.host.localName}>: the questions could not be loaded.`, error);
            this.unavailable = true;
            this.moved = true;
            this.host.requestUpdate();
          },
        )
        .finally(() => {
          clearTimeout(timer);
          if (this.starting !== starting) return;
          this.starting = undefined;
          this.waiting = false;
          this.host.requestUpdate();
        });
      this.starting = starting;
      this.waiting = true;
      this.unavailable = false;
      this.host.announce(this.host.t('ui.questions-loading'));
      this.host.requestUpdate();
      this.host.waitFor(starting);
      return;
    }
    if (!this.ready()) return;
    this.unavailable = false;
    this.host.emit('rpc-start');
    this.go('question', 0);
  }

  /** Continue on a question step: the error summary if a question is unanswered, else the plan's next step. */
  continue(): void {
    const current = this.current();
    if (!current) return;
    if (current.questions.some((q) => this.answers[q.id] === undefined)) return this.showError();
    const plan = this.plan();
    if (plan.status === 'not-safe') return this.go('not-safe');
    const at = plan.steps.findIndex((s) => s.id === current.id);
    if (at >= 0 && at + 1 < plan.steps.length) return this.go('question', at + 1);
    if (plan.status === 'complete') return this.finish();
    const next = plan.next ? plan.steps.indexOf(plan.next) : -1;
    if (next >= 0) this.go('question', next);
  }

  private showError(): void {
    this.error = true;
    this.moved = true;
    this.host.announce(this.host.t('ui.choose-answer'));
    this.host.requestUpdate();
  }

  back(): void {
    if (this.step === 'question' && this.index > 0) this.go('question', this.index - 1);
    else if (this.step === 'not-safe') this.go('question', 0);
    else if (this.step === 'result') this.go('question', this.plan().steps.length - 1);
    else this.go('intro');
  }

  private resultNow(): JourneyResult {
    const { config } = this.host.configState;
    // Before the council's config is checked (or if it could not be), the element holds the first
    // screen's defaults, with no pathways: the result is worked out with every default instead, in
    // the council's nation.
    const engine = this.engine();
    const result = engine.journeyResult(
      this.settings.tool,
      this.answers,
      { ...this.options(), locale: this.host.locale },
      isFirstScreenConfig(config) ? engine.defaultConfigFor(config.nation) : config,
    );
    this.shownWith = config;
    return result;
  }

  private finish(): void {
    this.shown = this.resultNow();
    const d = this.shown.decision;
    this.go('result');
    this.host.emit('rpc-complete', {
      route: d.route,
      ...(d.conflict ? { band: d.conflict } : {}),
      pathways: d.pathways.map((p) => p.id),
    });
  }

  /**
   * The result on screen, in the element's current language and audience (it follows a change of
   * `lang`), with its current config (a page that changes `config-src` or `config` after a result
   * gets the new council's offers and helplines with the same answers).
   */
  get result(): JourneyResult | undefined {
    const r = this.shown;
    if (
      r &&
      (r.decision.locale !== this.host.locale ||
        r.decision.audience !== this.host.who ||
        this.shownWith !== this.host.configState.config)
    )
      this.shown = this.resultNow();
    return this.shown;
  }

  /** Forgets every answer and goes back to the start. */
  wipe(): void {
    this.answers = {};
    this.shown = undefined;
    this.error = false;
    this.unavailable = false;
    this.waiting = false;
    this.starting = undefined;
    this.copied = false;
    this.index = 0;
    this.step = 'intro';
    this.host.announce('');
    this.settings.onWipe?.();
    this.host.requestUpdate();
  }

  /** "Start again": wipes, and moves focus to the introduction's heading. */
  startAgain(): void {
    this.wipe();
    this.moved = true;
    // The introduction is shown again (a list beside the element stops hinting at the result put away).
    this.host.emit('rpc-step', { section: 'intro', index: 0 });
  }

  /** The practitioner's referral summary as plain text, from the result on screen. Nothing is stored or sent. */
  summaryText(): string {
    const r = this.result;
    return r ? this.engine().referralSummary(r, this.host.configState.config.strings) : '';
  }

  /** Copies the summary; if the clipboard is refused, selects it on screen to copy by hand. */
  async copySummary(): Promise<void> {
    const fallback = this.host.renderRoot.querySelector('.summary pre');
    if (await copyText(this.summaryText(), fallback)) {
      this.copied = true;
      this.host.announce(this.host.t('ui.summary.copied'));
      this.host.requestUpdate();
    }
  }
}

import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  EMERGENCY_ID,
  isGuardedRoute,
  journeyResult,
  localiseQuestion,
  planJourney,
  referralSummary,
  type Decision,
  type DecisionContact,
  type JourneyOptions,
  type JourneyPlan,
  type JourneyResult,
  type JourneyStep,
  type MessageId,
  type QuestionGroup,
  type Tool,
} from '@rpc-kit/rules';
import { RpcElement } from './base.js';
import { ExitController } from './exit-controller.js';
import { copyText, renderReferralSummary } from './summary.js';
import {
  renderContacts,
  renderEmergencyPanel,
  renderPathways,
  renderQuestion,
  renderQuickExit,
  renderQuickExitNote,
} from './templates.js';

export type Step = 'intro' | 'question' | 'not-safe' | 'result';

const SECTION_CAPTION: Partial<Record<QuestionGroup, MessageId>> = {
  safety: 'ui.section.safety',
  quality: 'ui.section.quality',
  situation: 'ui.section.situation',
};

/**
 * A question journey, as GOV.UK's question pages: an introduction, then one step at a time (the
 * question as the heading, focus moved to it, Back never losing an answer), then a result. Which
 * step comes next, when the journey stops and what the result is all come from the rules
 * (`planJourney`, `journeyResult`): this class renders them and decides nothing. Answers live in
 * memory only and are wiped on quick exit, on "Start again" and when the element leaves the page.
 * Elements extend it with their tool, their introduction and their result.
 */
export abstract class RpcJourney extends RpcElement {
  static override properties: PropertyDeclarations = {
    step: { state: true },
    index: { state: true },
    error: { state: true },
    copied: { state: true },
  };

  declare step: Step;
  /** The position of the step on screen in the plan. */
  declare index: number;
  declare error: boolean;
  declare copied: boolean;

  /** Which journey of the rules this element runs. */
  protected abstract readonly tool: Tool;

  /** The answers: in memory only, never stored, never sent. */
  protected answers: Record<string, string> = {};
  /** The result on screen, from the rules: the screen and the referral summary both read it. */
  protected result: JourneyResult | undefined;
  private moved = false;
  /** Wipes on the quick exit of any copy of RPC Kit on the page, and on pagehide. */
  protected readonly quickExit = new ExitController(this, () => this.wipe());

  constructor() {
    super();
    this.step = 'intro';
    this.index = 0;
    this.error = false;
    this.copied = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.wipe();
  }

  /** Forgets every answer and goes back to the start. */
  wipe(): void {
    this.answers = {};
    this.result = undefined;
    this.error = false;
    this.copied = false;
    this.index = 0;
    this.step = 'intro';
    this.announcement = '';
  }

  /** The journey's options: the audience, and anything an element adds (the signposter's `screened`). */
  protected journeyOptions(): JourneyOptions {
    return { audience: this.who };
  }

  /** The plan for the answers so far. */
  protected plan(): JourneyPlan {
    return planJourney(this.tool, this.answers, this.journeyOptions());
  }

  private currentStep(): JourneyStep | undefined {
    return this.step === 'question' ? this.plan().steps[this.index] : undefined;
  }

  /** Shows a step, tells the host page, and moves focus to its heading. */
  protected go(step: Step, index = 0): void {
    this.announcement = '';
    this.step = step;
    this.index = index;
    this.error = false;
    this.moved = true;
    if (step === 'question') {
      const s = this.plan().steps[index];
      if (s) this.emit('rpc-step', { section: s.group, index: index + 1 });
    } else if (step !== 'result') {
      this.emit('rpc-step', { section: step, index: 0 });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.moved) {
      this.moved = false;
      const target = this.renderRoot.querySelector<HTMLElement>(this.error ? '.error-summary' : '[data-focus-target]');
      target?.focus();
    }
  }

  protected start(): void {
    this.emit('rpc-start');
    this.go('question', 0);
  }

  protected continueFrom(event: Event): void {
    event.preventDefault();
    const current = this.currentStep();
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

  protected showError(): void {
    this.error = true;
    this.moved = true;
    this.announce(this.t('ui.choose-answer'));
  }

  protected back(): void {
    if (this.step === 'question' && this.index > 0) this.go('question', this.index - 1);
    else if (this.step === 'not-safe') this.go('question', 0);
    else if (this.step === 'result') this.go('question', this.plan().steps.length - 1);
    else this.go('intro');
  }

  protected finish(): void {
    this.result = journeyResult(
      this.tool,
      this.answers,
      { ...this.journeyOptions(), locale: this.locale },
      this.configState.config,
    );
    const d = this.result.decision;
    this.go('result');
    this.emit('rpc-complete', {
      route: d.route,
      ...(d.conflict ? { band: d.conflict } : {}),
      pathways: d.pathways.map((p) => p.id),
    });
  }

  /** The result, in the element's current language (it follows a change of `lang`). */
  protected currentResult(): JourneyResult | undefined {
    if (!this.result) return undefined;
    if (this.result.decision.locale !== this.locale || this.result.decision.audience !== this.who) {
      this.result = journeyResult(
        this.tool,
        this.answers,
        { ...this.journeyOptions(), locale: this.locale },
        this.configState.config,
      );
    }
    return this.result;
  }

  protected startAgain(): void {
    this.wipe();
    this.moved = true;
  }

  protected override render(): TemplateResult {
    return html`<div class=${this.rootClass()} lang=${this.locale}>
      ${renderQuickExit(this.configState.config, this.locale)} ${this.renderConfigProblems()}
      <div class="step" part="step" data-step=${this.step}>${this.renderStep()}</div>
      ${this.configState.status === 'error' && this.step !== 'result' ? this.renderHelplines() : nothing}
      ${this.renderLiveRegion()}
    </div>`;
  }

  protected renderStep(): TemplateResult {
    switch (this.step) {
      case 'intro':
        return this.renderIntro();
      case 'not-safe':
        return this.renderNotSafe();
      case 'question':
        return this.renderCurrentStep();
      case 'result': {
        const r = this.currentResult();
        return r ? this.renderResult(r) : this.renderIntro();
      }
    }
  }

  protected renderErrorSummary(fieldId: string): TemplateResult | typeof nothing {
    if (!this.error) return nothing;
    return html`<div class="error-summary" role="alert" tabindex="-1">
      <h2>${this.t('ui.error-prefix')}</h2>
      <p><a href=${`#${fieldId}`} @click=${this.focusFirstRadio}>${this.t('ui.choose-answer')}</a></p>
    </div>`;
  }

  protected focusFirstRadio(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  /** The first-use note on the quick exit, with advice on browsing safely. */
  protected renderQuickExitNote(): TemplateResult {
    return renderQuickExitNote(this, this.configState.config.safeBrowsingUrl);
  }

  /** The contacts, with 999 taken out when it leads (it is shown first, big, in its own panel). */
  protected splitEmergency(d: Decision): { emergency?: DecisionContact; others: readonly DecisionContact[] } {
    const first = d.contacts[0];
    if (first?.id !== EMERGENCY_ID) return { others: d.contacts };
    return { emergency: first, others: d.contacts.slice(1) };
  }

  /** The top of every result: Back, the title (focused), 999 first when it leads, and why it is urgent. */
  protected renderResultHeader(d: Decision): TemplateResult {
    const { emergency } = this.splitEmergency(d);
    return html`${this.renderBack()}
      <h2 class="result-title" tabindex="-1" data-focus-target>${this.t(`ui.result.title.${d.route}`)}</h2>
      ${emergency ? renderEmergencyPanel(this, emergency) : nothing}
      ${
        d.urgent && d.route !== 'emergency'
          ? html`<p class="notice urgent">${this.t('ui.result.urgent')}: ${d.urgency.join(' ')}</p>`
          : nothing
      }`;
  }

  /** The end of every result: the practitioner's referral summary, and Start again. */
  protected renderResultEnd(r: JourneyResult): TemplateResult {
    return html`${
        this.who === 'practitioner'
          ? renderReferralSummary(this, this.summaryText(r), this.copied, () => void this.copySummary())
          : nothing
      }
      <div class="actions no-print">
        <button class="button secondary" type="button" @click=${this.startAgain}>${this.t('ui.start-again')}</button>
      </div>`;
  }

  /**
   * A result for a family: on a guarded route (where abuse may be present), who to contact comes
   * before anything else and the family is told why no courses are offered; otherwise the reasons,
   * the pathways that fit, then contacts.
   */
  protected renderRouteResult(r: JourneyResult): TemplateResult {
    const d = r.decision;
    const guarded = isGuardedRoute(d.route);
    const { others } = this.splitEmergency(d);
    const contacts = html`<h3>${this.t('ui.result.contacts')}</h3>
      ${renderContacts(this, others)}`;
    return html`<div class="result" part="result" data-route=${d.route} data-urgent=${String(d.urgent)}>
      ${this.renderResultHeader(d)} ${guarded ? contacts : nothing}
      <h3>${this.t('ui.result.why')}</h3>
      <ul class="reasons">
        ${d.reasons.map((reason) => html`<li>${reason}</li>`)}
      </ul>
      ${guarded ? html`<p class="notice">${this.t('ui.result.not-offered')}</p>` : nothing}
      ${
        d.pathways.length
          ? html`<h3>${this.t('ui.result.pathways')}</h3>
              ${renderPathways(this, d.pathways)}`
          : nothing
      }
      ${guarded ? nothing : contacts} ${this.renderResultEnd(r)}
    </div>`;
  }

  protected renderBack(): TemplateResult {
    return html`<button class="link-button back" type="button" @click=${this.back}>${this.t('ui.back')}</button>`;
  }

  protected renderNotSafe(): TemplateResult {
    return html`${this.renderBack()}
      <h2 tabindex="-1" data-focus-target>${this.t('ui.not-safe.title')}</h2>
      <p>${this.t('ui.not-safe.body')}</p>
      ${this.renderHelplines()}`;
  }

  protected renderCurrentStep(): TemplateResult {
    const step = this.currentStep();
    if (!step) return this.renderIntro();
    const first = step.questions.find((q) => this.answers[q.id] === undefined) ?? step.questions[0]!;
    return html`${this.renderBack()}
      <form novalidate @submit=${this.continueFrom}>
        ${this.renderErrorSummary(`q-${first.id}-0`)}
        ${step.questions.map((question) => {
          const caption = SECTION_CAPTION[question.group];
          return renderQuestion(
            this,
            {
              question: localiseQuestion(question, this.who, this.locale),
              value: this.answers[question.id],
              error: this.error && this.answers[question.id] === undefined,
              ...(caption ? { caption: this.t(caption) } : {}),
              showWhy: question.group === 'safety',
            },
            (value) => {
              this.answers = { ...this.answers, [question.id]: value };
              this.error = false;
            },
          );
        })}
        <button class="button" type="submit">${this.t('ui.continue')}</button>
      </form>`;
  }

  /** The practitioner's referral summary as plain text, from the result on screen. Nothing is stored or sent. */
  summaryText(r: JourneyResult | undefined = this.currentResult()): string {
    return r ? referralSummary(r, this.configState.config.strings) : '';
  }

  protected async copySummary(): Promise<void> {
    if (await copyText(this.summaryText(), this.renderRoot.querySelector('.summary pre'))) {
      this.copied = true;
      this.announce(this.t('ui.summary.copied'));
    }
  }

  protected abstract renderIntro(): TemplateResult;
  protected abstract renderResult(result: JourneyResult): TemplateResult;
}

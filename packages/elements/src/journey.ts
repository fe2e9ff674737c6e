import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  evaluate,
  type BankQuestion,
  type Decision,
  type DecisionContact,
  type MessageId,
  type Route,
} from '@rpc-kit/rules';
import { RpcElement } from './base.js';
import { ExitController } from './exit-controller.js';
import { copyText, referralSummaryText, renderReferralSummary } from './summary.js';
import {
  renderContacts,
  renderEmergencyPanel,
  renderPathways,
  renderQuestion,
  renderQuickExit,
  renderQuickExitNote,
} from './templates.js';

/** Routes where abuse may be present: never conflict offers, joint work or mediation. */
export const ABUSE_ROUTES: readonly Route[] = ['emergency', 'domestic-abuse', 'using-harm', 'unclear'];

export type Step = 'intro' | 'safe-check' | 'not-safe' | 'question' | 'result';

const SECTION_CAPTION: Record<BankQuestion['group'], MessageId> = {
  safety: 'ui.section.safety',
  quality: 'ui.section.quality',
  situation: 'ui.section.situation',
};

/**
 * A question journey, as GOV.UK's question pages: an introduction, a safe-to-continue check,
 * one question per step (the question as the heading, focus moved to it, Back never losing an
 * answer), then a result from the shared rules. Answers live in memory only and are wiped on
 * quick exit, on "Start again" and when the element leaves the page. Elements extend it with
 * their questions (`plan`), their introduction and their result.
 */
export abstract class RpcJourney extends RpcElement {
  static override properties: PropertyDeclarations = {
    step: { state: true },
    index: { state: true },
    error: { state: true },
    copied: { state: true },
  };

  declare step: Step;
  declare index: number;
  declare error: boolean;
  declare copied: boolean;

  /** The answers: in memory only, never stored, never sent. */
  protected answers: Record<string, string> = {};
  protected safeToContinue: 'yes' | 'no' | undefined;
  protected decision: Decision | undefined;
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
    this.safeToContinue = undefined;
    this.decision = undefined;
    this.error = false;
    this.copied = false;
    this.index = 0;
    this.step = 'intro';
    this.announcement = '';
  }

  /** Shows a step, announces it to the host page, and moves focus to its heading. */
  protected go(step: Step, index = 0): void {
    this.announcement = '';
    this.step = step;
    this.index = index;
    this.error = false;
    this.moved = true;
    if (step === 'question') {
      const q = this.plan()[index];
      if (q) this.emit('rpc-step', { section: q.group, index: index + 1 });
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
    this.go('safe-check');
  }

  protected continueFrom(event: Event): void {
    event.preventDefault();
    if (this.step === 'safe-check') {
      if (!this.safeToContinue) return this.showError();
      return this.go(this.safeToContinue === 'yes' ? 'question' : 'not-safe');
    }
    const plan = this.plan();
    const q = plan[this.index];
    if (!q) return;
    if (this.answers[q.id] === undefined) return this.showError();
    const next = this.plan();
    if (this.index + 1 < next.length) this.go('question', this.index + 1);
    else this.finish();
  }

  protected showError(): void {
    this.error = true;
    this.moved = true;
    this.announce(this.t('ui.choose-answer'));
  }

  protected back(): void {
    if (this.step === 'question' && this.index > 0) this.go('question', this.index - 1);
    else if (this.step === 'question' || this.step === 'not-safe') this.go('safe-check');
    else if (this.step === 'result') this.go('question', this.plan().length - 1);
    else this.go('intro');
  }

  /** The answers given to the rules. Elements may lay explicit confirmations under them. */
  protected evaluationAnswers(): Record<string, string> {
    return this.answers;
  }

  protected finish(): void {
    const situationIds = ['relationship', 'stage', 'child-arrangements-dispute'];
    const answers = Object.fromEntries(
      Object.entries(this.evaluationAnswers()).filter(([id]) => !situationIds.includes(id)),
    );
    const situation = {
      ...(this.answers.relationship ? { relationship: this.answers.relationship } : {}),
      ...(this.answers.stage ? { stage: this.answers.stage } : {}),
      ...(this.answers['child-arrangements-dispute']
        ? { childArrangementsDispute: this.answers['child-arrangements-dispute'] === 'yes' }
        : {}),
    } as Parameters<typeof evaluate>[0]['situation'];
    this.decision = evaluate({ audience: this.who, locale: this.locale, answers, situation }, this.configState.config);
    this.go('result');
    this.emit('rpc-complete', {
      route: this.decision.route,
      ...(this.decision.conflict ? { band: this.decision.conflict } : {}),
      pathways: this.decision.pathways.map((p) => p.id),
    });
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
      case 'safe-check':
        return this.renderSafeCheck();
      case 'not-safe':
        return this.renderNotSafe();
      case 'question':
        return this.renderCurrentQuestion();
      case 'result':
        return this.renderResult();
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
    const emergency = d.contacts.find((c) => c.id === 'emergency-999');
    if (!emergency || (d.route !== 'emergency' && d.contacts[0] !== emergency)) return { others: d.contacts };
    return { emergency, others: d.contacts.filter((c) => c !== emergency) };
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
  protected renderResultEnd(d: Decision): TemplateResult {
    return html`${
        this.who === 'practitioner'
          ? renderReferralSummary(this, this.summaryText(d), this.copied, () => void this.copySummary())
          : nothing
      }
      <div class="actions no-print">
        <button class="button secondary" type="button" @click=${this.startAgain}>${this.t('ui.start-again')}</button>
      </div>`;
  }

  /**
   * A result for a family: on an abuse route, who to contact comes before anything else and the
   * family is told why no courses are offered; otherwise the reasons, the pathways that fit, then
   * contacts.
   */
  protected renderRouteResult(d: Decision): TemplateResult {
    const abuseRoute = ABUSE_ROUTES.includes(d.route);
    const { others } = this.splitEmergency(d);
    const contacts = html`<h3>${this.t('ui.result.contacts')}</h3>
      ${renderContacts(this, others)}`;
    return html`<div class="result" part="result" data-route=${d.route} data-urgent=${String(d.urgent)}>
      ${this.renderResultHeader(d)} ${abuseRoute ? contacts : nothing}
      <h3>${this.t('ui.result.why')}</h3>
      <ul class="reasons">
        ${d.reasons.map((r) => html`<li>${r}</li>`)}
      </ul>
      ${abuseRoute ? html`<p class="notice">${this.t('ui.result.not-offered')}</p>` : nothing}
      ${
        d.pathways.length
          ? html`<h3>${this.t('ui.result.pathways')}</h3>
              ${renderPathways(this, d.pathways)}`
          : nothing
      }
      ${abuseRoute ? nothing : contacts} ${this.renderResultEnd(d)}
    </div>`;
  }

  protected renderBack(): TemplateResult {
    return html`<button class="link-button back" type="button" @click=${this.back}>${this.t('ui.back')}</button>`;
  }

  protected renderSafeCheck(): TemplateResult {
    const question: BankQuestion = {
      id: 'safe-to-continue',
      group: 'safety',
      tools: ['screener'],
      text: this.t('ui.safe-check.question'),
      hint: this.t('ui.safe-check.hint'),
      options: [
        { value: 'yes', label: this.t('ui.safe-check.yes') },
        { value: 'no', label: this.t('ui.safe-check.no') },
      ],
    };
    return html`${this.renderBack()}
      <form novalidate @submit=${this.continueFrom}>
        ${this.renderErrorSummary('q-safe-to-continue-0')}
        ${renderQuestion(this, { question, value: this.safeToContinue, error: this.error }, (v) => {
          this.safeToContinue = v as 'yes' | 'no';
          this.error = false;
        })}
        <button class="button" type="submit">${this.t('ui.continue')}</button>
      </form>`;
  }

  protected renderNotSafe(): TemplateResult {
    return html`${this.renderBack()}
      <h2 tabindex="-1" data-focus-target>${this.t('ui.not-safe.title')}</h2>
      <p>${this.t('ui.not-safe.body')}</p>
      ${this.renderHelplines()}`;
  }

  protected renderCurrentQuestion(): TemplateResult {
    const q = this.plan()[this.index];
    if (!q) return this.renderIntro();
    return html`${this.renderBack()}
      <form novalidate @submit=${this.continueFrom}>
        ${this.renderErrorSummary(`q-${q.id}-0`)}
        ${renderQuestion(
          this,
          {
            question: q,
            value: this.answers[q.id],
            error: this.error,
            caption: this.t(SECTION_CAPTION[q.group]),
            showWhy: q.group === 'safety',
          },
          (value) => {
            this.answers = { ...this.answers, [q.id]: value };
            this.error = false;
          },
        )}
        <button class="button" type="submit">${this.t('ui.continue')}</button>
      </form>`;
  }

  /** The practitioner's referral summary as plain text. Nothing is stored or sent. */
  summaryText(d: Decision | undefined = this.decision): string {
    return d ? referralSummaryText(this, d) : '';
  }

  protected async copySummary(): Promise<void> {
    if (await copyText(this.summaryText(), this.renderRoot.querySelector('.summary pre'))) {
      this.copied = true;
      this.announce(this.t('ui.summary.copied'));
    }
  }

  /** The questions to ask, in order, given the answers so far. */
  protected abstract plan(): BankQuestion[];
  protected abstract renderIntro(): TemplateResult;
  protected abstract renderResult(): TemplateResult;
}

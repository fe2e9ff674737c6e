import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { evaluate, questionBank, type BankQuestion, type Decision, type MessageId, type Route } from '@rpc-kit/rules';
import { RpcElement, exitBus, renderContacts, renderPathways, renderQuestion } from '@rpc-kit/elements';
import { screenerStyles } from './screener.styles.js';

type Step = 'intro' | 'safe-check' | 'not-safe' | 'question' | 'result';

const SECTION_CAPTION: Record<BankQuestion['group'], MessageId> = {
  safety: 'ui.section.safety',
  quality: 'ui.section.quality',
  situation: 'ui.section.situation',
};

/**
 * `<rpc-screener>`: a parent screens themselves, or a practitioner screens with a family:
 * a safe-to-continue check, the safety questions, then how the relationship is going and the
 * family's situation, then the right next step from the shared rules. Answers live in this
 * element's memory only, and are wiped on quick exit and on "Start again".
 *
 * @summary Safety first, then relationship quality, then the right next step.
 * @attr audience - `parent` (default) or `practitioner` (third-person wording, reasons, referral summary).
 * @attr config-src - URL of the council's config JSON (or give it as a child `<script type="application/json">`).
 * @event rpc-start - the journey started.
 * @event rpc-step - a new step is shown (detail: section, index).
 * @event rpc-complete - the result is shown (detail: route, band, pathways).
 * @event rpc-exit - the quick exit was used.
 * @event rpc-contact-click - a contact or pathway link was used (detail: contact, channel).
 * @csspart quick-exit - the quick exit.
 * @csspart step - the current step.
 * @csspart result - the result.
 * @csspart contacts - contact cards. @csspart pathways - pathway cards.
 * @csspart summary - the practitioner's referral summary.
 * @csspart config-error - the panel listing config problems for the webmaster.
 */
export class RpcScreener extends RpcElement {
  static override styles = [...RpcElement.styles, screenerStyles];

  static override properties = {
    ...RpcElement.properties,
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
  private answers: Record<string, string> = {};
  private safeToContinue: 'yes' | 'no' | undefined;
  private decision: Decision | undefined;
  private moved = false;
  private readonly onExit = () => this.wipe();

  constructor() {
    super();
    this.step = 'intro';
    this.index = 0;
    this.error = false;
    this.copied = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    exitBus.addEventListener('exit', this.onExit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    exitBus.removeEventListener('exit', this.onExit);
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
  }

  /** The questions to ask, given the answers so far. */
  private plan(): BankQuestion[] {
    const bank = questionBank({ tool: 'screener', audience: this.who, locale: this.locale });
    const safety = bank.filter((q) => q.group === 'safety');
    // Someone in danger goes straight to 999.
    if (this.answers['danger-now'] === 'yes') return safety.slice(0, 1);
    const answered = safety.every((q) => this.answers[q.id] !== undefined);
    const clear = safety.every((q) => this.answers[q.id] !== 'unsure' && this.answers[q.id] !== q.indicator);
    if (!answered || clear) return bank;
    // Any sign of abuse or uncertainty: no questions about the relationship's quality.
    return [...safety, ...bank.filter((q) => q.id === 'relationship')];
  }

  private go(step: Step, index = 0): void {
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

  private start(): void {
    this.emit('rpc-start');
    this.go('safe-check');
  }

  private continueFrom(event: Event): void {
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

  private showError(): void {
    this.error = true;
    this.moved = true;
    this.announce(this.t('ui.choose-answer'));
  }

  private back(): void {
    if (this.step === 'question' && this.index > 0) this.go('question', this.index - 1);
    else if (this.step === 'question' || this.step === 'not-safe') this.go('safe-check');
    else if (this.step === 'result') this.go('question', this.plan().length - 1);
    else this.go('intro');
  }

  private finish(): void {
    const situationIds = ['relationship', 'stage', 'child-arrangements-dispute'];
    const answers = Object.fromEntries(Object.entries(this.answers).filter(([id]) => !situationIds.includes(id)));
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

  private startAgain(): void {
    this.wipe();
    this.moved = true;
  }

  protected override render(): TemplateResult {
    return html`<div class=${this.rootClass()} lang=${this.locale}>
      <rpc-quick-exit part="quick-exit" class="no-print" .url=${this.configState.config.quickExitUrl}></rpc-quick-exit>
      ${this.renderConfigProblems()}
      <div class="step" part="step" data-step=${this.step}>${this.renderStep()}</div>
      ${this.configState.status === 'error' && this.step !== 'result' ? this.renderHelplines() : nothing}
      ${this.renderLiveRegion()}
    </div>`;
  }

  private renderStep(): TemplateResult {
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

  private renderIntro(): TemplateResult {
    return html`<div class="intro">
      <h2 tabindex="-1" data-focus-target>${this.t('ui.screener.title')}</h2>
      <p class="lead">${this.t('ui.screener.intro')}</p>
      <p>${this.t('ui.screener.private')}</p>
      <p>${this.t('note.not-diagnosis')}</p>
      <div class="notice" part="quick-exit-note">
        <p>${this.t('ui.quick-exit-note')}</p>
        <p>
          <a href=${this.configState.config.safeBrowsingUrl} rel="noopener noreferrer">${this.t('ui.safe-browsing')}</a>
        </p>
      </div>
      <button class="button" type="button" @click=${this.start}>${this.t('ui.start')}</button>
    </div>`;
  }

  private renderErrorSummary(fieldId: string): TemplateResult | typeof nothing {
    if (!this.error) return nothing;
    return html`<div class="error-summary" role="alert" tabindex="-1">
      <h2>${this.t('ui.error-prefix')}</h2>
      <p><a href=${`#${fieldId}`} @click=${this.focusFirstRadio}>${this.t('ui.choose-answer')}</a></p>
    </div>`;
  }

  private focusFirstRadio(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  private renderBack(): TemplateResult {
    return html`<button class="link-button back" type="button" @click=${this.back}>${this.t('ui.back')}</button>`;
  }

  private renderSafeCheck(): TemplateResult {
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

  private renderNotSafe(): TemplateResult {
    return html`${this.renderBack()}
      <h2 tabindex="-1" data-focus-target>${this.t('ui.not-safe.title')}</h2>
      <p>${this.t('ui.not-safe.body')}</p>
      ${this.renderHelplines()}`;
  }

  private renderCurrentQuestion(): TemplateResult {
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

  private renderResult(): TemplateResult {
    const d = this.decision;
    if (!d) return this.renderIntro();
    const abuseRoute = (['emergency', 'domestic-abuse', 'using-harm', 'unclear'] as Route[]).includes(d.route);
    const emergency = d.contacts.find((c) => c.id === 'emergency-999');
    const showEmergencyFirst = d.route === 'emergency' || (emergency && d.contacts[0]?.id === 'emergency-999');
    const others = showEmergencyFirst ? d.contacts.filter((c) => c.id !== 'emergency-999') : d.contacts;
    return html`<div class="result" part="result" data-route=${d.route} data-urgent=${String(d.urgent)}>
      ${this.renderBack()}
      <h2 class="result-title" tabindex="-1" data-focus-target>${this.t(`ui.result.title.${d.route}`)}</h2>
      ${
        showEmergencyFirst && emergency
          ? html`<div class="panel emergency emergency-panel" part="emergency">
              <p>
                <a class="button warning" href="tel:999" @click=${() => this.contactClicked('emergency-999', 'phone')}
                  >${this.t('ui.call')} 999</a
                >
              </p>
              <p>${emergency.description}</p>
            </div>`
          : nothing
      }
      ${
        d.urgent && d.route !== 'emergency'
          ? html`<p class="notice urgent">${this.t('ui.result.urgent')}: ${d.urgency.join(' ')}</p>`
          : nothing
      }
      ${
        abuseRoute
          ? html`<h3>${this.t('ui.result.contacts')}</h3>
              ${renderContacts(this, others)}`
          : nothing
      }
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
      ${
        abuseRoute
          ? nothing
          : html`<h3>${this.t('ui.result.contacts')}</h3>
              ${renderContacts(this, others)}`
      }
      ${this.who === 'practitioner' ? this.renderSummary(d) : nothing}
      <div class="actions no-print">
        <button class="button secondary" type="button" @click=${this.startAgain}>${this.t('ui.start-again')}</button>
      </div>
    </div>`;
  }

  /** The practitioner's referral summary, as plain text to copy or print. Nothing is stored or sent. */
  summaryText(d: Decision | undefined = this.decision): string {
    if (!d) return '';
    const lines = [
      this.t('ui.summary.title'),
      `${this.t('ui.summary.date')}: ${new Date().toLocaleDateString(this.locale === 'cy' ? 'cy-GB' : 'en-GB')}`,
      `${this.t('ui.summary.route')}: ${this.t(`ui.route.${d.route}`)}`,
      `${this.t('ui.summary.urgent')}: ${d.urgent ? this.t('ui.yes') : this.t('ui.no')}`,
      `${this.t('ui.summary.indicators')}:`,
      ...(d.findings.length
        ? d.findings.map(
            (f) => `- ${f.categoryLabel ? `${f.categoryLabel}: ` : ''}${f.text}${f.answer === 'unsure' ? ' (?)' : ''}`,
          )
        : [`- ${this.t('ui.summary.none')}`]),
      `${this.t('ui.summary.reasons')}:`,
      ...d.reasons.map((r) => `- ${r}`),
      `${this.t('ui.summary.pathways')}: ${d.pathways.map((p) => p.name).join(', ') || this.t('ui.summary.none')}`,
      `${this.t('ui.summary.version')}: ${d.contentVersion}`,
    ];
    return lines.join('\n');
  }

  private async copySummary(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.summaryText());
      this.copied = true;
      this.announce(this.t('ui.summary.copied'));
    } catch {
      // Clipboard refused (permissions): select the text so it can be copied by hand.
      const pre = this.renderRoot.querySelector('.summary pre');
      if (pre) getSelection()?.selectAllChildren(pre);
    }
  }

  private renderSummary(d: Decision): TemplateResult {
    return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading">${this.t('ui.summary.title')}</h3>
      <p class="hint no-print">${this.t('ui.summary.note')}</p>
      <pre>${this.summaryText(d)}</pre>
      <div class="actions no-print">
        <button class="button secondary" type="button" @click=${this.copySummary}>${this.t('ui.summary.copy')}</button>
        <button class="button secondary" type="button" @click=${() => print()}>${this.t('ui.summary.print')}</button>
        ${this.copied ? html`<span>${this.t('ui.summary.copied')}</span>` : nothing}
      </div>
    </section>`;
  }
}

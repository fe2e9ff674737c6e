import { html, nothing, type TemplateResult } from 'lit';
import { questionBank, type BankQuestion } from '@rpc-kit/rules';
import { ABUSE_ROUTES, RpcJourney, renderContacts, renderPathways } from '@rpc-kit/elements';

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
export class RpcScreener extends RpcJourney {
  protected plan(): BankQuestion[] {
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

  protected renderIntro(): TemplateResult {
    return html`<div class="intro">
      <h2 tabindex="-1" data-focus-target>${this.t('ui.screener.title')}</h2>
      <p class="lead">${this.t('ui.screener.intro')}</p>
      <p>${this.t('ui.screener.private')}</p>
      <p>${this.t('note.not-diagnosis')}</p>
      ${this.renderQuickExitNote()}
      <button class="button" type="button" @click=${this.start}>${this.t('ui.start')}</button>
    </div>`;
  }

  protected renderResult(): TemplateResult {
    const d = this.decision;
    if (!d) return this.renderIntro();
    const abuseRoute = ABUSE_ROUTES.includes(d.route);
    const { others } = this.splitEmergency(d);
    return html`<div class="result" part="result" data-route=${d.route} data-urgent=${String(d.urgent)}>
      ${this.renderResultHeader(d)}
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
      ${this.renderResultEnd(d)}
    </div>`;
  }
}

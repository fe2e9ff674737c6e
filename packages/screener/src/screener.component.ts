import { html, nothing, type TemplateResult } from 'lit';
import { questionBank, type BankQuestion, type Route } from '@rpc-kit/rules';
import {
  RpcJourney,
  renderContacts,
  renderEmergencyPanel,
  renderPathways,
  renderReferralSummary,
} from '@rpc-kit/elements';

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
      <div class="notice" part="quick-exit-note">
        <p>${this.t('ui.quick-exit-note')}</p>
        <p>
          <a href=${this.configState.config.safeBrowsingUrl} rel="noopener noreferrer">${this.t('ui.safe-browsing')}</a>
        </p>
      </div>
      <button class="button" type="button" @click=${this.start}>${this.t('ui.start')}</button>
    </div>`;
  }

  protected renderResult(): TemplateResult {
    const d = this.decision;
    if (!d) return this.renderIntro();
    const abuseRoute = (['emergency', 'domestic-abuse', 'using-harm', 'unclear'] as Route[]).includes(d.route);
    const emergency = d.contacts.find((c) => c.id === 'emergency-999');
    const showEmergencyFirst = d.route === 'emergency' || (emergency && d.contacts[0]?.id === 'emergency-999');
    const others = showEmergencyFirst ? d.contacts.filter((c) => c.id !== 'emergency-999') : d.contacts;
    return html`<div class="result" part="result" data-route=${d.route} data-urgent=${String(d.urgent)}>
      ${this.renderBack()}
      <h2 class="result-title" tabindex="-1" data-focus-target>${this.t(`ui.result.title.${d.route}`)}</h2>
      ${showEmergencyFirst && emergency ? renderEmergencyPanel(this, emergency) : nothing}
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
      ${
        this.who === 'practitioner'
          ? renderReferralSummary(this, this.summaryText(d), this.copied, () => void this.copySummary())
          : nothing
      }
      <div class="actions no-print">
        <button class="button secondary" type="button" @click=${this.startAgain}>${this.t('ui.start-again')}</button>
      </div>
    </div>`;
  }

  /** The practitioner's referral summary, as plain text to copy or print. Nothing is stored or sent. */
}

import { html, type TemplateResult } from 'lit';
import { SCREENER_MESSAGES, registerMessages, type JourneyResult } from '@rpc-kit/rules';
import { RpcJourney } from '@rpc-kit/elements/journey.js';

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
  constructor() {
    super();
    // This element's own words (other elements do not carry them).
    registerMessages(SCREENER_MESSAGES);
  }

  protected readonly tool = 'screener';

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

  protected renderResult(result: JourneyResult): TemplateResult {
    return this.renderRouteResult(result);
  }
}

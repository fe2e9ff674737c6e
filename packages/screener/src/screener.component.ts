import { html, type TemplateResult } from 'lit';
import { RpcElement, SHARED_MESSAGES } from '@rpc-kit/elements';
import {
  JOURNEY_MESSAGES,
  JourneyController,
  renderRouteJourney,
  routeViews,
  type RouteViews,
} from '@rpc-kit/elements/journey.js';
import { SCREENER_MESSAGES } from './screener.messages.js';
import { screenerStyles } from './screener.styles.js';

/**
 * `<rpc-screener>`: a parent screens themselves, or a practitioner screens with a family:
 * a safe-to-continue check, the safety questions, then how the relationship is going and the
 * family's situation, then the right next step from the shared rules. Answers live in this
 * element's memory only, and are wiped on quick exit and on "Start again".
 *
 * @tagname rpc-screener
 * @summary Safety first, then relationship quality, then the right next step.
 * @attr audience - `parent` (default) or `practitioner` (third-person wording, reasons, referral summary).
 * @attr config-src - URL of the council's config JSON (or give it as a child `<script type="application/json">`).
 * @fires {CustomEvent<RpcStartDetail>} rpc-start - the journey started.
 * @fires {CustomEvent<RpcStepDetail>} rpc-step - a new step is shown (detail: section, index).
 * @fires {CustomEvent<RpcCompleteDetail>} rpc-complete - the result is shown (detail: route, band, pathways).
 * @fires {CustomEvent<RpcExitDetail>} rpc-exit - the quick exit was used.
 * @fires {CustomEvent<RpcContactClickDetail>} rpc-contact-click - a contact or pathway link was used (detail: contact, channel).
 * @csspart quick-exit - the quick exit.
 * @csspart step - the current step.
 * @csspart result - the result.
 * @csspart contacts - contact cards.
 * @csspart pathways - pathway cards.
 * @csspart summary - the practitioner's referral summary.
 * @csspart radios - a question's answers.
 * @csspart why - "Why we ask" under a question.
 * @csspart emergency - the panel for danger now, with 999 first.
 * @csspart quick-exit-note - how to leave the page quickly and what stays in the browser's history.
 * @csspart pathway - one pathway card.
 * @csspart config-error - the panel listing config problems for the webmaster.
 */
export class RpcScreener extends RpcElement {
  static override styles = screenerStyles;
  static override messages = { ...SHARED_MESSAGES, ...JOURNEY_MESSAGES, ...SCREENER_MESSAGES };

  /** The questions, the answers (in memory only) and the result, from the rules. */
  protected readonly journey = new JourneyController<RouteViews>(this, {
    tool: 'screener',
    views: routeViews,
  });

  protected override render(): TemplateResult {
    return this.renderFrame(
      renderRouteJourney(this, this.journey, {
        title: 'ui.screener.title',
        lead: 'ui.screener.intro',
        body: html`<p>${this.t('ui.screener.private')}</p>
          <p>${this.t('note.not-diagnosis')}</p>`,
        safeBrowsingUrl: this.configState.config.safeBrowsingUrl,
      }),
    );
  }
}

import { html, type TemplateResult } from 'lit';
import { RpcElement, SHARED_MESSAGES } from '@rpc-kit/elements';
import { JOURNEY_MESSAGES, JourneyController, renderIntro, renderJourney } from '@rpc-kit/elements/journey.js';
import type * as Views from './da-check.views.js';
import { DA_CHECK_MESSAGES } from './da-check.messages.js';
import { daCheckStyles } from './da-check.styles.js';

/**
 * `<rpc-da-check>`: conflict or domestic abuse? A practitioner about to refer a family (or a
 * parent) answers the safety questions; the result gives the route, the indicators grouped by the
 * Domestic Abuse Act 2021's categories, the reasons in plain words, what to do next and what not
 * to do, and for practitioners a referral check summary to copy or print. It is not a risk
 * assessment. Nothing is stored or sent.
 *
 * @tagname rpc-da-check
 * @summary Conflict or domestic abuse? With the reasons, for a referral.
 * @attr audience - `practitioner` (default) or `parent` (second-person, gentler wording; the same decision).
 * @attr config-src - URL of the council's config JSON (or a child `<script type="application/json">`).
 * @fires {CustomEvent<RpcStartDetail>} rpc-start - the check started.
 * @fires {CustomEvent<RpcStepDetail>} rpc-step - a new step is shown (detail: section, index).
 * @fires {CustomEvent<RpcCompleteDetail>} rpc-complete - the result is shown (detail: route, pathways).
 * @fires {CustomEvent<RpcExitDetail>} rpc-exit - the quick exit was used.
 * @fires {CustomEvent<RpcContactClickDetail>} rpc-contact-click - a contact link or a referral route's link was used (detail: contact, channel; a referral route's contact is `referrals.domesticAbuse` or `referrals.marac`).
 * @csspart quick-exit - the quick exit.
 * @csspart step - the current step.
 * @csspart result - the result.
 * @csspart findings - the indicators by category.
 * @csspart next - what to do next.
 * @csspart summary - the referral check summary.
 * @csspart radios - a question's answers.
 * @csspart why - "Why we ask" under a question.
 * @csspart emergency - the panel for danger now, with 999 first.
 * @csspart quick-exit-note - how to leave the page quickly and what stays in the browser's history.
 * @csspart config-error - config problems.
 */
export class RpcDaCheck extends RpcElement {
  static override styles = daCheckStyles;
  static override messages = { ...SHARED_MESSAGES, ...JOURNEY_MESSAGES, ...DA_CHECK_MESSAGES };

  /** The safety questions, the answers (in memory only) and the result, from the rules. */
  protected readonly journey = new JourneyController<typeof Views>(this, {
    tool: 'da-check',
    // Its steps and its result come with the questions, after the introduction is painted.
    views: () => import('./da-check.views.js'),
  });

  constructor() {
    super();
    this.audience = 'practitioner';
  }

  protected override render(): TemplateResult {
    return this.renderFrame(
      renderJourney(this, this.journey, {
        intro: () => this.renderIntro(),
        result: (r, views) => views.renderResult(this, this.journey, r),
      }),
    );
  }

  private renderIntro(): TemplateResult {
    return renderIntro(this, this.journey, {
      title: 'ui.da-check.title',
      lead: 'ui.da-check.intro',
      body: html`<h3>${this.t('ui.da-check.before')}</h3>
        <ul>
          <li>${this.t('ui.da-check.enquiry-1')}</li>
          <li>${this.t('ui.da-check.enquiry-2')}</li>
          <li>${this.t('ui.da-check.enquiry-3')}</li>
        </ul>
        <p class="notice">${this.t('ui.da-check.not-risk-assessment')}</p>`,
      safeBrowsingUrl: this.configState.config.safeBrowsingUrl,
    });
  }
}

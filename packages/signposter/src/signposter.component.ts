import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { RpcElement, SHARED_MESSAGES } from '@rpc-kit/elements';
import {
  JOURNEY_MESSAGES,
  JourneyController,
  renderRouteJourney,
  routeViews,
  type RouteViews,
} from '@rpc-kit/elements/journey.js';
import { defaultConfigFor } from '@rpc-kit/rules/lean';
import { SignposterList } from './signposter-list.js';
import { SIGNPOSTER_MESSAGES } from './signposter.messages.js';
import { signposterStyles } from './signposter.styles.js';

/**
 * `<rpc-signposter>`: from a family's situation to the council's own pathways, and how to get onto
 * each. It asks the safety questions first (or, when a practitioner has already screened the
 * family and the page sets `screened`, asks for a one-line confirmation, and still asks the
 * safety questions unless the answer is a clear yes), then the family's situation, then shows the
 * pathways that fit, ranked, with who each is for, its format, cost, length, how to get it and
 * why it was suggested. With `mode="list"` it lists the council's whole offer with filters and
 * asks nothing. Answers live in this element's memory only.
 *
 * @tagname rpc-signposter
 * @summary From a family's situation to the council's pathways, and how to access each.
 * @attr mode - `questions` (default) or `list` (the whole offer with filters, no questions).
 * @attr screened - set by a practitioner's page when the family has been screened for abuse: asks for a one-line confirmation instead of the safety questions.
 * @attr audience - `parent` (default) or `practitioner`.
 * @attr config-src - URL of the council's config JSON (or a child `<script type="application/json">`).
 * @fires {CustomEvent<RpcStartDetail>} rpc-start - the questions started.
 * @fires {CustomEvent<RpcStepDetail>} rpc-step - a new step is shown (detail: section, index).
 * @fires {CustomEvent<RpcCompleteDetail>} rpc-complete - the result is shown (detail: route, band, pathways).
 * @fires {CustomEvent<RpcExitDetail>} rpc-exit - the quick exit was used.
 * @fires {CustomEvent<RpcContactClickDetail>} rpc-contact-click - a contact or pathway link was used (detail: contact, channel).
 * @csspart quick-exit - the quick exit.
 * @csspart step - the current step.
 * @csspart result - the result.
 * @csspart pathways - pathway cards.
 * @csspart contacts - contact cards.
 * @csspart list - the list of the whole offer.
 * @csspart filters - the list's filters.
 * @csspart safety - the list's domestic abuse panel.
 * @csspart guarded - in place of the list's offers while another element on the page shows a result with a sign of abuse or a "not sure".
 * @csspart radios - a question's answers.
 * @csspart why - "Why we ask" under a question.
 * @csspart emergency - the panel for danger now, with 999 first.
 * @csspart quick-exit-note - how to leave the page quickly and what stays in the browser's history.
 * @csspart pathway - one pathway card.
 * @csspart summary - the practitioner's summary of the result.
 * @csspart config-error - config problems.
 */
export class RpcSignposter extends RpcElement {
  static override styles = signposterStyles;
  static override messages = { ...SHARED_MESSAGES, ...JOURNEY_MESSAGES, ...SIGNPOSTER_MESSAGES };
  /**
   * The list of pathways is a first screen: every default pathway until the config is checked (in the
   * council's nation while it is checked, and if it cannot be).
   * @internal
   */
  static firstConfigFor = defaultConfigFor;

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    screened: { type: Boolean, reflect: true },
  };

  declare mode: 'questions' | 'list';
  declare screened: boolean;

  /** List mode: the whole offer and its filter (in memory only). */
  protected readonly list = new SignposterList(this);
  /** Question mode: the questions, the answers (in memory only) and the result, from the rules. */
  protected readonly journey = new JourneyController<RouteViews>(this, {
    tool: 'signposter',
    views: routeViews,
    // `screened` is honoured by the rules for the practitioner audience only.
    options: () => ({ screened: this.screened }),
    onWipe: () => this.list.wipe(),
  });

  constructor() {
    super();
    this.mode = 'questions';
    this.screened = false;
  }

  protected override render(): TemplateResult {
    if (this.mode === 'list') return this.renderFrame(this.list.render());
    return this.renderFrame(
      renderRouteJourney(this, this.journey, {
        title: 'ui.signposter.title',
        lead: 'ui.signposter.intro',
        body: html`<p>${this.t('ui.signposter.private')}</p>
          <p>${this.t('note.not-diagnosis')}</p>`,
        safeBrowsingUrl: this.configState.config.safeBrowsingUrl,
      }),
    );
  }
}

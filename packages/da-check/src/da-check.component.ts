import { html, nothing, type TemplateResult } from 'lit';
import {
  ACT_CATEGORIES,
  isAbuseRoute,
  isGuardedRoute,
  localise,
  type Access,
  type Finding,
  type JourneyResult,
  type MessageId,
} from '@rpc-kit/rules/lean';
import { RpcElement, SHARED_MESSAGES, contactLink, renderContacts } from '@rpc-kit/elements';
import {
  JOURNEY_MESSAGES,
  JourneyController,
  renderIntro,
  renderJourney,
  renderReasons,
  renderResultEnd,
  renderResultHeader,
  splitEmergency,
} from '@rpc-kit/elements/journey.js';
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
  protected readonly journey = new JourneyController(this, { tool: 'da-check' });

  constructor() {
    super();
    this.audience = 'practitioner';
  }

  protected override render(): TemplateResult {
    return this.renderFrame(
      renderJourney(this, this.journey, { intro: () => this.renderIntro(), result: (r) => this.renderResult(r) }),
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

  /**
   * The indicators (and the "not sure" answers) under the Act's categories, and the questions not
   * asked (someone in danger goes straight to 999): never "nothing found" for what was not asked.
   */
  private renderFindings(r: JourneyResult): TemplateResult {
    const d = r.decision;
    const groups: { label: string; items: Finding[] }[] = [];
    for (const category of ACT_CATEGORIES) {
      const items = d.findings.filter((f) => f.category === category && f.id !== 'danger-now');
      if (items.length) groups.push({ label: items[0]!.categoryLabel ?? category, items });
    }
    const own = d.findings.filter((f) => f.concerns === 'own-behaviour');
    if (own.length) groups.push({ label: this.t('ui.route.using-harm'), items: own });
    const found = groups.map(
      (g) =>
        html`<h4>${g.label}</h4>
          <ul>
            ${g.items.map(
              (f) =>
                html`<li data-finding=${f.id}>
                  ${f.answer === 'unsure' ? html`<strong>${this.t('ui.da-check.not-sure')}:</strong> ` : nothing}${f.text}
                </li>`,
            )}
          </ul>`,
    );
    return html`<section class="findings" part="findings" aria-labelledby="found-heading">
      <h3 id="found-heading">${this.t('ui.da-check.found')}</h3>
      ${groups.length ? found : r.notAsked.length ? nothing : html`<p>${this.t('ui.da-check.nothing-found')}</p>`}
      ${
        r.notAsked.length
          ? html`<p class="not-asked" data-not-asked=${r.notAsked.length}>
              ${this.t('ui.da-check.not-asked', { topics: r.notAsked.map((q) => q.topic).join('; ') })}
            </p>`
          : nothing
      }
    </section>`;
  }

  /** The council's referral route (`referrals.<id>` in its config), its links reporting their use under that id. */
  private renderAccess(
    heading: MessageId,
    id: 'domesticAbuse' | 'marac',
    access: Access | undefined,
  ): TemplateResult | typeof nothing {
    if (!access) return nothing;
    const contact = `referrals.${id}`;
    return html`<div class="panel referral-route">
      <h4>${this.t(heading)}</h4>
      ${access.howTo ? html`<p>${localise(access.howTo, this.locale)}</p>` : nothing}
      ${access.phone ? html`<p>${this.t('ui.call')} ${contactLink(this, contact, 'phone', access.phone)}</p>` : nothing}
      ${
        access.email
          ? html`<p>${this.t('ui.email')}: ${contactLink(this, contact, 'email', access.email)}</p>`
          : nothing
      }
      ${
        access.url
          ? html`<p>${contactLink(this, contact, 'website', access.url, { label: this.t('ui.website') })}</p>`
          : nothing
      }
    </div>`;
  }

  private renderResult(r: JourneyResult): TemplateResult {
    const d = r.decision;
    const guarded = isGuardedRoute(d.route);
    const contacts = splitEmergency(d).others;
    const { referrals } = this.configState.config;
    const nextRoute = d.route === 'no-concern' ? 'conflict' : d.route;
    return html`<div class="result" part="result" data-route=${d.route} data-urgent=${String(d.urgent)}>
      ${renderResultHeader(this, this.journey, d)} ${this.renderFindings(r)} ${renderReasons(this, d)}
      <section part="next" aria-labelledby="next-heading">
        <h3 id="next-heading">${this.t('ui.da-check.next')}</h3>
        <p>${this.t(`ui.da-check.next.${nextRoute}`)}</p>
        ${
          d.pathways.length
            ? html`<ul class="offers">
                ${d.pathways.map((p) => html`<li data-pathway-id=${p.id}><strong>${p.name}</strong>: ${p.whoFor}</li>`)}
              </ul>`
            : nothing
        }
        ${renderContacts(this, contacts)}
        ${
          this.who === 'practitioner' && isAbuseRoute(d.route)
            ? html`${this.renderAccess('ui.da-check.referral-route', 'domesticAbuse', referrals.domesticAbuse)}
              ${this.renderAccess('ui.da-check.marac', 'marac', referrals.marac)}`
            : nothing
        }
      </section>
      ${
        guarded
          ? html`<section aria-labelledby="dont-heading">
              <h3 id="dont-heading">${this.t('ui.da-check.dont')}</h3>
              <p class="notice urgent">${this.t('ui.da-check.dont.abuse')}</p>
            </section>`
          : nothing
      }
      ${renderResultEnd(this, this.journey)}
    </div>`;
  }
}

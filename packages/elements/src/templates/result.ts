/** The parts of a journey's result: its top (with 999 first when it leads), a route result, and its end. */
import { html, nothing, type TemplateResult } from 'lit';
import {
  EMERGENCY_ID,
  isGuardedRoute,
  type Decision,
  type DecisionContact,
  type JourneyResult,
} from '@rpc-kit/rules/lean';
import type { JourneyController } from '../journey/journey-controller.js';
import { renderCallHistoryNote, renderContacts } from './contact-card.js';
import { contactLink } from './contact-link.js';
import type { TemplateHost } from './host.js';
import { renderPathways } from './pathway-card.js';
import { renderBack } from './step.js';
import { renderReferralSummary } from './summary.js';

/** The contacts, with 999 taken out when it leads (it is shown first, big, in its own panel). */
export function splitEmergency(d: Decision): { emergency?: DecisionContact; others: readonly DecisionContact[] } {
  const first = d.contacts[0];
  if (first?.id !== EMERGENCY_ID) return { others: d.contacts };
  return { emergency: first, others: d.contacts.slice(1) };
}

/** 999 first, big and clear, with the Silent Solution explained. */
export function renderEmergencyPanel(host: TemplateHost, emergency: DecisionContact): TemplateResult {
  return html`<div class="panel emergency emergency-panel" part="emergency">
    <p>
      ${contactLink(host, emergency.id, 'phone', '999', { className: 'button warning', label: `${host.t('ui.call')} 999` })}
    </p>
    ${emergency.description ? html`<p>${emergency.description}</p>` : nothing} ${renderCallHistoryNote(host)}
  </div>`;
}

/**
 * Who to contact, under its heading: on a route where abuse may be present, straight under the top
 * of the result (and 999's panel, so its note on where calls show is not said twice).
 */
export function renderResultContacts(host: TemplateHost, d: Decision): TemplateResult {
  const { emergency, others } = splitEmergency(d);
  return html`<h3>${host.t('ui.result.contacts')}</h3>
    ${renderContacts(host, others, { callNote: !(isGuardedRoute(d.route) && emergency) })}`;
}

/** The top of every result: Back, the title (focused), 999 first when it leads, and why it is urgent. */
export function renderResultHeader(host: TemplateHost, journey: JourneyController, d: Decision): TemplateResult {
  const { emergency } = splitEmergency(d);
  return html`${renderBack(host, journey)}
    <h2 class="result-title" tabindex="-1" data-focus-target>${host.t(`ui.result.title.${d.route}`)}</h2>
    ${emergency ? renderEmergencyPanel(host, emergency) : nothing}
    ${
      d.urgent && d.route !== 'emergency'
        ? html`<p class="notice urgent">${host.t('ui.result.urgent')}: ${d.urgency.join(' ')}</p>`
        : nothing
    }`;
}

/** The end of every result: the practitioner's referral summary, and Start again. */
export function renderResultEnd(host: TemplateHost, journey: JourneyController): TemplateResult {
  return html`${
      host.who === 'practitioner'
        ? renderReferralSummary(host, journey.summaryText(), journey.copied, () => void journey.copySummary())
        : nothing
    }
    <div class="actions no-print">
      <button class="button secondary" type="button" @click=${() => journey.startAgain()}>
        ${host.t('ui.start-again')}
      </button>
    </div>`;
}

/** The reasons the rules gave. */
export function renderReasons(host: TemplateHost, d: Decision): TemplateResult {
  return html`<h3>${host.t('ui.result.why')}</h3>
    <ul class="reasons">
      ${d.reasons.map((reason) => html`<li>${reason}</li>`)}
    </ul>`;
}

/**
 * A result for a family: on a guarded route (where abuse may be present), who to contact comes
 * before anything else and the family is told why no courses are offered; otherwise the reasons,
 * the pathways that fit, then contacts.
 */
export function renderRouteResult(host: TemplateHost, journey: JourneyController, r: JourneyResult): TemplateResult {
  const d = r.decision;
  const guarded = isGuardedRoute(d.route);
  const contacts = renderResultContacts(host, d);
  return html`<div class="result" part="result" data-route=${d.route} data-urgent=${String(d.urgent)}>
    ${renderResultHeader(host, journey, d)} ${guarded ? contacts : nothing} ${renderReasons(host, d)}
    ${guarded ? html`<p class="notice">${host.t('ui.result.not-offered')}</p>` : nothing}
    ${
      d.pathways.length
        ? html`<h3>${host.t('ui.result.pathways')}</h3>
            ${renderPathways(host, d.pathways)}`
        : nothing
    }
    ${guarded ? nothing : contacts} ${renderResultEnd(host, journey)}
  </div>`;
}

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
import { contactLink, inLanguage, renderContacts, type RpcElement } from '@rpc-kit/elements';
import {
  renderReasons,
  renderResultContacts,
  renderResultEnd,
  renderResultHeader,
  splitEmergency,
  type JourneyController,
} from '@rpc-kit/elements/journey.js';

// The views of `<rpc-da-check>` after its introduction, loaded with the questions once the
// introduction is painted: the question steps (shared) and its result.
export { renderBack, renderStep } from '@rpc-kit/elements/journey.js';

/**
 * The indicators (and the "not sure" answers) under the Act's categories, what else was asked and
 * answered with no concern, and the questions not asked (someone in danger goes straight to 999):
 * never "nothing found" for what was not asked. As the referral summary has them.
 */
function renderFindings(host: RpcElement, r: JourneyResult): TemplateResult {
  const d = r.decision;
  const groups: { label: string; items: Finding[] }[] = [];
  for (const category of ACT_CATEGORIES) {
    // Danger now too ("not sure" about it is no sign of nothing): as the referral summary lists it.
    const items = d.findings.filter((f) => f.category === category);
    if (items.length) groups.push({ label: items[0]!.categoryLabel ?? category, items });
  }
  const own = d.findings.filter((f) => f.concerns === 'own-behaviour');
  if (own.length) groups.push({ label: host.t('ui.route.using-harm'), items: own });
  const found = groups.map(
    (g) =>
      html`<h4>${g.label}</h4>
        <ul>
          ${g.items.map(
            (f) =>
              html`<li data-finding=${f.id}>
                ${f.answer === 'unsure' ? html`<strong>${host.t('ui.da-check.not-sure')}:</strong> ` : nothing}${f.text}
              </li>`,
          )}
        </ul>`,
  );
  return html`<section class="findings" part="findings" aria-labelledby="found-heading">
    <h3 id="found-heading">${host.t('ui.da-check.found')}</h3>
    ${groups.length ? found : r.notAsked.length ? nothing : html`<p>${host.t('ui.da-check.nothing-found')}</p>`}
    ${
      r.clear.length
        ? html`<p class="asked-clear" data-asked-clear=${r.clear.length}>
            ${host.t('ui.da-check.asked-clear', { topics: r.clear.map((q) => q.topic).join('; ') })}
          </p>`
        : nothing
    }
    ${
      r.notAsked.length
        ? html`<p class="not-asked" data-not-asked=${r.notAsked.length}>
            ${host.t('ui.da-check.not-asked', { topics: r.notAsked.map((q) => q.topic).join('; ') })}
          </p>`
        : nothing
    }
  </section>`;
}

/** The council's referral route (`referrals.<id>` in its config), its links reporting their use under that id. */
function renderAccess(
  host: RpcElement,
  heading: MessageId,
  id: 'domesticAbuse' | 'marac',
  access: Access | undefined,
): TemplateResult | typeof nothing {
  if (!access) return nothing;
  const contact = `referrals.${id}`;
  return html`<div class="panel referral-route">
    <h4>${host.t(heading)}</h4>
    ${access.howTo ? html`<p>${localise(access.howTo, host.locale)}</p>` : nothing}
    ${access.phone ? html`<p>${host.t('ui.call')} ${contactLink(host, contact, 'phone', access.phone)}</p>` : nothing}
    ${access.email ? html`<p>${host.t('ui.email')}: ${contactLink(host, contact, 'email', access.email)}</p>` : nothing}
    ${
      access.url
        ? html`<p>${contactLink(host, contact, 'website', access.url, { label: host.t('ui.website') })}</p>`
        : nothing
    }
  </div>`;
}

/**
 * The check's result: the route, the indicators by the Act's categories (for a practitioner), the
 * reasons, what to do next and what not to do.
 */
export function renderResult(host: RpcElement, journey: JourneyController, r: JourneyResult): TemplateResult {
  const d = r.decision;
  const guarded = isGuardedRoute(d.route);
  const contacts = splitEmergency(d).others;
  const { referrals } = host.configState.config;
  const nextRoute = d.route === 'no-concern' ? 'conflict' : d.route;
  // A parent where abuse may be present: the helplines straight under the heading (and 999's
  // panel), as in the screener, not after what they said and what to do next.
  const helplinesFirst = guarded && host.who === 'parent';
  return html`<div class="result" part="result" data-route=${d.route} data-urgent=${String(d.urgent)}>
    ${renderResultHeader(host, journey, d)} ${helplinesFirst ? renderResultContacts(host, d) : nothing}
    ${
      // A parent is told what they said, in their own words, once (the reasons): not under the
      // Act's categories, which read as a finding about their family, nor the questions to ask later.
      host.who === 'practitioner' ? renderFindings(host, r) : nothing
    }
    ${renderReasons(host, d)}
    <section part="next" aria-labelledby="next-heading">
      <h3 id="next-heading">${host.t('ui.da-check.next')}</h3>
      <p>${host.t(`ui.da-check.next.${nextRoute}`)}</p>
      ${
        d.pathways.length
          ? html`<ul class="offers">
              ${d.pathways.map(
                (p) =>
                  html`<li data-pathway-id=${p.id}>
                    <strong>${inLanguage(p.name, p.lang?.name)}</strong>: ${inLanguage(p.whoFor, p.lang?.whoFor)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${helplinesFirst ? nothing : renderContacts(host, contacts)}
      ${
        host.who === 'practitioner' && isAbuseRoute(d.route)
          ? html`${renderAccess(host, 'ui.da-check.referral-route', 'domesticAbuse', referrals.domesticAbuse)}
            ${renderAccess(host, 'ui.da-check.marac', 'marac', referrals.marac)}`
          : nothing
      }
    </section>
    ${
      guarded
        ? html`<section aria-labelledby="dont-heading">
            <h3 id="dont-heading">${host.t('ui.da-check.dont')}</h3>
            <p class="notice urgent">${host.t('ui.da-check.dont.abuse')}</p>
          </section>`
        : nothing
    }
    ${renderResultEnd(host, journey)}
  </div>`;
}

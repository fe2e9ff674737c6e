import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '@rpc-kit/rules/lean';
import type { ConfigStatus } from '../config-controller.js';
import type { TemplateHost } from './host.js';

/**
 * A config with problems. Nothing usable (`error`): one plain line for the parent (the national
 * helplines follow), with each problem and its JSON path for the webmaster behind "For the
 * website editor". Some items left out (`partial`): the element works with the rest, and the
 * disclosure lists the problems and what was left out.
 */
export function renderConfigProblems(
  host: TemplateHost,
  { status, problems, leftOut }: { status: ConfigStatus; problems: readonly Problem[]; leftOut: readonly string[] },
): TemplateResult | typeof nothing {
  if (status !== 'error' && status !== 'partial') return nothing;
  const details = html`<details class="config-details">
    <summary>${host.t('ui.config-editor')}</summary>
    <p>${host.t(status === 'error' ? 'ui.config-error-intro' : 'ui.config-partial-intro')}</p>
    <ul>
      ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
    </ul>
    ${leftOut.length ? html`<p>${host.t('ui.config-left-out', { paths: leftOut.join(', ') })}</p>` : nothing}
  </details>`;
  return status === 'error'
    ? html`<div class="config-error" part="config-error" data-config-status="error">
        <p class="config-error-line" role="alert">${host.t('ui.config-error-title')}</p>
        ${details}
      </div>`
    : html`<div class="config-error partial" part="config-error" data-config-status="partial">${details}</div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { MessageId } from '@rpc-kit/rules/lean';
import type { JourneyController } from '../journey/journey-controller.js';
import type { TemplateHost } from './host.js';
import { renderQuickExitNote } from './quick-exit.js';

export interface IntroView {
  readonly title: MessageId;
  readonly lead: MessageId;
  /** What the element says between the lead and the quick exit's note. */
  readonly body: unknown;
  readonly safeBrowsingUrl: string;
}

/** A journey's introduction: the title (focused), the lead, the element's words, the quick exit's note, Start. */
export function renderIntro(host: TemplateHost, journey: JourneyController, view: IntroView): TemplateResult {
  return html`<div class="intro">
    <h2 tabindex="-1" data-focus-target>${host.t(view.title)}</h2>
    <p class="lead">${host.t(view.lead)}</p>
    ${view.body} ${renderQuickExitNote(host, view.safeBrowsingUrl)}
    <button class="button" type="button" @click=${() => journey.start()}>${host.t('ui.start')}</button>
    ${journey.waiting ? html`<p class="loading-line">${host.t('ui.questions-loading')}</p>` : nothing}
  </div>`;
}

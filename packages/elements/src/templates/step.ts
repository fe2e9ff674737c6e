import { html, nothing, type TemplateResult } from 'lit';
import { localiseQuestion, type MessageId, type QuestionGroup } from '@rpc-kit/rules/lean';
import type { JourneyController } from '../journey/journey-controller.js';
import type { TemplateHost } from './host.js';
import { renderQuestion } from './question.js';

const SECTION_CAPTION: Partial<Record<QuestionGroup, MessageId>> = {
  safety: 'ui.section.safety',
  quality: 'ui.section.quality',
  situation: 'ui.section.situation',
};

/** Back: never loses an answer. */
export function renderBack(host: TemplateHost, journey: JourneyController): TemplateResult {
  return html`<button class="link-button back" type="button" @click=${() => journey.back()}>
    ${host.t('ui.back')}
  </button>`;
}

/**
 * The error summary at the top of a step (GOV.UK's): a link to each unanswered question, which
 * moves focus to its first radio. With one, the link says what to do; with several, each link is
 * the question itself, under that line.
 */
function renderErrorSummary(host: TemplateHost, unanswered: readonly { id: string; text: string }[]): TemplateResult {
  const focusFirstRadio = (fieldId: string) => (event: Event) => {
    event.preventDefault();
    ((event.target as Element).getRootNode() as ParentNode)
      .querySelector<HTMLInputElement>(`#${CSS.escape(fieldId)}`)
      ?.focus();
  };
  const link = (id: string, words: string) =>
    html`<a href=${`#q-${id}-0`} @click=${focusFirstRadio(`q-${id}-0`)}>${words}</a>`;
  return html`<div class="error-summary" role="alert" tabindex="-1">
    <h2>${host.t('ui.error-summary-title')}</h2>
    ${
      unanswered.length === 1
        ? html`<p>${link(unanswered[0]!.id, host.t('ui.choose-answer'))}</p>`
        : html`<p>${host.t('ui.choose-answer')}:</p>
            <ul>
              ${unanswered.map((q) => html`<li>${link(q.id, q.text)}</li>`)}
            </ul>`
    }
  </div>`;
}

/**
 * A question step: Back, then a form with the error summary (after Continue with a question
 * unanswered), the step's questions (safety questions with "Why we ask this") and Continue. A
 * step of a few questions has the section as its heading (focused) and each question under it.
 */
export function renderStep(host: TemplateHost, journey: JourneyController): TemplateResult | undefined {
  const step = journey.current();
  if (!step) return undefined;
  const submit = (event: Event) => {
    event.preventDefault();
    journey.continue();
  };
  const several = step.questions.length > 1;
  const section = SECTION_CAPTION[step.group];
  const questions = step.questions.map((question) => localiseQuestion(question, host.who, host.locale));
  const unanswered = questions.filter((q) => journey.answerTo(q.id) === undefined);
  return html`${renderBack(host, journey)}
    <form novalidate @submit=${submit}>
      ${journey.error && unanswered.length ? renderErrorSummary(host, unanswered) : nothing}
      ${several && section ? html`<h2 class="step-heading" tabindex="-1" data-focus-target>${host.t(section)}</h2>` : nothing}
      ${questions.map((question) => {
        const caption = several ? undefined : SECTION_CAPTION[question.group];
        return renderQuestion(
          host,
          {
            question,
            value: journey.answerTo(question.id),
            error: journey.error && unanswered.includes(question),
            ...(caption ? { caption: host.t(caption) } : {}),
            showWhy: question.group === 'safety',
            subQuestion: several,
          },
          (value) => journey.choose(question.id, value),
        );
      })}
      <button class="button" type="submit">${host.t('ui.continue')}</button>
    </form>`;
}

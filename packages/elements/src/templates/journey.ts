import { html, nothing, type TemplateResult } from 'lit';
import type { JourneyResult } from '@rpc-kit/rules/lean';
import type { ConfigStatus } from '../config-controller.js';
import type { JourneyController } from '../journey/journey-controller.js';
import type { TemplateHost } from './host.js';
import { renderIntro, type IntroView } from './intro.js';

/** What a journey's view needs from its element (`RpcElement` is one). */
export interface JourneyViewHost extends TemplateHost {
  readonly configState: { readonly status: ConfigStatus };
  /** The national helplines, always available. */
  renderHelplines(): TemplateResult;
  /** "Need help now?": the national helplines behind a disclosure. */
  renderHelpNow(): TemplateResult;
}

/**
 * What each journey element shows itself: its introduction, and its result (drawn with its
 * `views` module, loaded by then).
 */
export interface JourneyViews<V> {
  intro(): TemplateResult;
  result(result: JourneyResult, views: V): TemplateResult;
}

/**
 * The views of a journey's question steps: an element's `views` module (its `JourneySettings`)
 * carries them, with its result, so they load after its introduction is painted.
 */
export interface StepViews {
  renderStep(host: TemplateHost, journey: JourneyController): TemplateResult | undefined;
  renderBack(host: TemplateHost, journey: JourneyController): TemplateResult;
}

/** "Not safe now": come back later, with the helplines. */
function renderNotSafe(host: JourneyViewHost, journey: JourneyController, later: StepViews): TemplateResult {
  return html`${later.renderBack(host, journey)}
    <h2 tabindex="-1" data-focus-target>${host.t('ui.not-safe.title')}</h2>
    <p>${host.t('ui.not-safe.body')}</p>
    ${host.renderHelplines()}`;
}

/**
 * The step on screen: the element's introduction, a question step, "not safe now" or the
 * element's result; with a broken config, the national helplines above every step but the result
 * (which has its own contacts). The views of the question steps are the element's `views`
 * module's (`journey.views`), which Start waits for.
 */
export function renderJourney<V extends StepViews>(
  host: JourneyViewHost,
  journey: JourneyController<V>,
  views: JourneyViews<V>,
): TemplateResult {
  const step = (): TemplateResult => {
    const later = journey.views;
    if (!later) return views.intro();
    switch (journey.step) {
      case 'intro':
        return views.intro();
      case 'not-safe':
        return renderNotSafe(host, journey, later);
      case 'question':
        return later.renderStep(host, journey) ?? views.intro();
      case 'result': {
        const r = journey.result;
        return r ? views.result(r, later) : views.intro();
      }
    }
  };
  // Start was pressed and the questions could not load: say so, with the helplines (never blank).
  if (journey.unavailable && journey.step === 'intro')
    return html`<div class="step" part="step" data-step="intro">
        <p class="config-error-line" role="alert" tabindex="-1" data-focus-target>
          ${host.t('ui.questions-unavailable')}
        </p>
        ${views.intro()}
      </div>
      ${host.renderHelplines()}`;
  const broken = host.configState.status === 'error';
  // Help in sight: on the introduction and every question step, 999 and the helplines are one tap away.
  const helpNow = !broken && (journey.step === 'intro' || journey.step === 'question');
  // A broken config: the helplines first, right under the line that says to call them (not three
  // screens down on a phone, after the introduction).
  return html`${broken && journey.step !== 'result' ? host.renderHelplines() : nothing}
    <div class="step" part="step" data-step=${journey.step}>${step()}</div>
    ${helpNow ? host.renderHelpNow() : nothing}`;
}

/** The views of a route journey after its introduction: its question steps and the family's route result. */
export interface RouteViews extends StepViews {
  renderRouteResult(host: TemplateHost, journey: JourneyController, r: JourneyResult): TemplateResult;
}
/** Fetches the views of a route journey (`views: routeViews` in its `JourneySettings`). */
export const routeViews = (): Promise<RouteViews> => import('../journey/route-views.js');

/**
 * A journey whose result is the family's route result (the screener, the signposter's questions):
 * its controller's settings carry `views: routeViews`.
 */
export function renderRouteJourney(
  host: JourneyViewHost,
  journey: JourneyController<RouteViews>,
  intro: IntroView,
): TemplateResult {
  return renderJourney(host, journey, {
    intro: () => renderIntro(host, journey, intro),
    result: (r, later) => later.renderRouteResult(host, journey, r),
  });
}

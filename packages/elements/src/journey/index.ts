/**
 * @rpc-kit/elements/journey.js: the question journey, for the elements that ask questions (a
 * separate entry, so an element without questions, such as the help finder, does not carry the
 * journey planner and the decision engine): the controller that holds the answers and follows
 * the rules' plan, the templates of its steps and results, and their styles.
 */
export { JOURNEY_MESSAGES } from './journey.messages.js';
export { JourneyController, type JourneyHost, type JourneySettings, type Step } from './journey-controller.js';
export {
  renderJourney,
  renderRouteJourney,
  routeViews,
  type JourneyViewHost,
  type JourneyViews,
  type RouteViews,
  type StepViews,
} from '../templates/journey.js';
export { renderBack, renderStep } from '../templates/step.js';
export { renderIntro, type IntroView } from '../templates/intro.js';
export {
  renderEmergencyPanel,
  renderReasons,
  renderResultContacts,
  renderResultEnd,
  renderResultHeader,
  renderRouteResult,
  splitEmergency,
} from '../templates/result.js';
export { renderReferralSummary } from '../templates/summary.js';
export { journeyStyles } from '../styles/journey.styles.js';
export { formStyles } from '../styles/form.styles.js';
export { summaryStyles } from '../styles/summary.styles.js';

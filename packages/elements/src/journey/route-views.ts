/**
 * The views of a route journey after its introduction (the screener's, the signposter's
 * questions): its question steps and the family's route result (the route, the reasons, the
 * contacts and the pathways offered). An element that shows them loads them with its questions
 * (`views: routeViews` in its `JourneySettings`), after its introduction is painted.
 */
export { renderBack, renderStep } from '../templates/step.js';
export { renderRouteResult } from '../templates/result.js';

/**
 * The shared test suites (Lion's pattern): behaviour written once and run against every element
 * from its own small test file, e.g.
 *
 *   import '../src/screener.js';
 *   runElementSuites({ tag: 'rpc-screener', messages: SCREENER_MESSAGES, journey: { tool: 'screener' }, ... });
 *
 * Suites: the journey (question elements), privacy, accessibility, language, config errors, and
 * the quick exit (every element touching abuse; the standalone `<rpc-quick-exit>` runs it too).
 */
import { runAccessibilitySuite } from './accessibility.suite.js';
import { runConfigErrorsSuite } from './config-errors.suite.js';
import type { SuiteElement } from './element.js';
import { runJourneySuite } from './journey.suite.js';
import { runLanguageSuite } from './language.suite.js';
import { runPrivacySuite } from './privacy.suite.js';
import { runElementQuickExitSuite } from './quick-exit.suite.js';

export { EVERY_ANSWER, FAMILY, SOME_CONFLICT } from './answers.js';
export { harnessOf, journeyOf, mount, quietly, type MountOptions, type SuiteElement } from './element.js';
export {
  runAccessibilitySuite,
  runConfigErrorsSuite,
  runElementQuickExitSuite,
  runJourneySuite,
  runLanguageSuite,
  runPrivacySuite,
};

/** Every shared suite that applies to the element: the journey's only to elements that ask questions. */
export function runElementSuites(element: SuiteElement): void {
  if (element.journey) runJourneySuite(element);
  runPrivacySuite(element);
  runAccessibilitySuite(element);
  runLanguageSuite(element);
  runConfigErrorsSuite(element);
  if (element.quickExit !== false) runElementQuickExitSuite(element);
}

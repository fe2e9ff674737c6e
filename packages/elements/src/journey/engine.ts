/**
 * The rules' journey: the planner (which question comes next), the decision and the result, and
 * the referral summary, with the question tables they read. Loaded by `JourneyController` with
 * `import()` once the introduction is on screen, not before it: the first screen of a journey
 * (its introduction, the quick exit, 999 and the helplines) needs none of it, so it draws sooner,
 * and the questions are there by the time Start is pressed (Start waits for them if not). With
 * them, the rules' whole table of messages.
 */
import { message } from '@rpc-kit/rules/lean';
import { useRuleMessages } from '../i18n.js';

export { defaultConfigFor, journeyResult, planJourney, referralSummary } from '@rpc-kit/rules/lean';

// The rules' reasons, urgency and summary words, which the result shows: every element reads
// them from now on (until now, their labels and notes only).
useRuleMessages(message);

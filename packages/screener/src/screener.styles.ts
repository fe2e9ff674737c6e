import { baseStyles } from '@rpc-kit/elements';
import { formStyles, journeyStyles, summaryStyles } from '@rpc-kit/elements/journey.js';

/** The screener's styles: the base, question steps and results, and the referral summary. It has none of its own. */
export const screenerStyles = [baseStyles, formStyles, journeyStyles, summaryStyles];

import { baseStyles } from '@rpc-kit/elements';
import { formStyles, listStyles } from '@rpc-kit/elements/list.js';
import { journeyStyles, summaryStyles } from '@rpc-kit/elements/journey.js';

/** The signposter's styles: the base, question steps and results, the referral summary, and the list with its filters. */
export const signposterStyles = [baseStyles, formStyles, journeyStyles, summaryStyles, listStyles];

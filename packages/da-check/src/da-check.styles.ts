import { css } from 'lit';
import { baseStyles } from '@rpc-kit/elements';
import { formStyles, journeyStyles, summaryStyles } from '@rpc-kit/elements/journey.js';

/** The da-check's styles: the base, question steps and results, the referral summary, and its findings. */
export const daCheckStyles = [
  baseStyles,
  formStyles,
  journeyStyles,
  summaryStyles,
  css`
    .findings li {
      margin-bottom: 5px;
    }
  `,
];

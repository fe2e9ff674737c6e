import { css } from 'lit';

/** The practitioner's referral summary; printing a result prints the summary alone. */
export const summaryStyles = css`
  .summary {
    border: 2px solid var(--_border);
    padding: var(--_space);
    margin: calc(var(--_space) * 2) 0;
  }
  .summary pre {
    font: inherit;
    white-space: pre-wrap;
    margin: 0 0 var(--_space);
  }
  /*
   * Printed, the summary alone, set small and close like a letter (its first line is its title),
   * so even a long one fits on one or two A4 pages.
   */
  @media print {
    .result > :not(.summary),
    .summary > :not(pre) {
      display: none !important;
    }
    .summary {
      border: 0;
      padding: 0;
      margin: 0;
    }
    .summary pre {
      font-size: 10pt;
      line-height: 1.3;
      margin: 0;
    }
  }
`;

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
  @media print {
    .result > :not(.summary) {
      display: none !important;
    }
    .summary {
      border: 0;
    }
  }
`;

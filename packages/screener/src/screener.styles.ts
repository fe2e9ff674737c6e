import { css } from 'lit';

export const screenerStyles = css`
  .intro p {
    max-width: 40em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
    margin-top: var(--_space);
  }
  .result-title {
    margin-top: 0;
  }
  .emergency-panel a.button {
    font-size: 1.4em;
  }
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
  .findings li {
    margin-bottom: 5px;
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

import { css } from 'lit';

/**
 * Lists narrowed by filters (the signposter's list, the help finder): the filters in a row (their
 * controls are the shared form styles, `formStyles`), the count, and the domestic abuse panel kept apart.
 */
export const listStyles = css`
  /* Filters: labelled selects and a search box in a row */
  .filters fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-end;
  }
  .filters legend {
    width: 100%;
    padding: 0;
  }
  .safety-first {
    border-inline-start: 10px solid var(--_emergency);
  }
  .count {
    font-weight: 700;
  }
`;

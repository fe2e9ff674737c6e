import { css } from 'lit';

/**
 * Lists narrowed by filters (the signposter's list, the help finder): labelled selects and a
 * search box as GOV.UK's form controls, the count, and the domestic abuse panel kept apart.
 */
export const listStyles = css`
  /* Filters: labelled selects and a search box, as GOV.UK's form controls */
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
  .field {
    display: flex;
    flex-direction: column;
    gap: 5px;
    flex: 1 1 12em;
    min-width: 0;
  }
  .field label {
    font-weight: 700;
  }
  select,
  input[type='search'],
  input[type='text'] {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_input-border);
    border-radius: var(--_radius);
    min-height: 44px;
    padding: 5px;
    max-width: 100%;
    box-sizing: border-box;
  }
  select:focus-visible,
  input[type='search']:focus-visible,
  input[type='text']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_input-border);
  }
  .safety-first {
    border-inline-start: 10px solid var(--_emergency);
  }
  .count {
    font-weight: 700;
  }
`;

import { css } from 'lit';

/**
 * Form controls, as GOV.UK's: labelled selects and text boxes 44px high with a 2px border and a
 * yellow focus, and problems shown as GOV.UK shows them (the error summary, the message above the
 * box in red, the red bar beside it). Every element that asks for something shares them: the
 * journeys' questions, the lists' filters, the practice audit's entry row, the config builder.
 */
export const formStyles = css`
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
  .has-error select,
  .has-error input[type='text'] {
    border-color: var(--_error);
  }
  .error-summary {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin-bottom: var(--_space);
  }
  .has-error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: var(--_space);
  }
  @media (forced-colors: active) {
    .error-summary {
      border: 2px solid CanvasText;
    }
  }
`;

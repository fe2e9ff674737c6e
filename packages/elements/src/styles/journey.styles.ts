import { css } from 'lit';

/**
 * Question journeys, as GOV.UK's question pages: Back, the section caption, the question as the
 * heading, native radios (their problems are shown with the shared form styles, `formStyles`), the introduction, the result's title,
 * 999 first, and the actions.
 */
export const journeyStyles = css`
  .caption {
    color: var(--_secondary);
    font-size: 0.9em;
    margin: 0 0 5px;
  }
  /* Start pressed, the questions still on their way. */
  .loading-line {
    margin: 0 0 var(--_space);
  }
  .back {
    display: inline-block;
    margin-bottom: var(--_space);
    font-size: 0.9em;
  }
  .back::before {
    content: '‹ ';
  }
  legend h2,
  legend h3 {
    margin: 0;
  }
  legend h3 {
    font-size: 1.25em;
  }
  .step-heading + .question,
  .question + .question {
    margin-top: calc(var(--_space) * 2);
  }
  .radios {
    margin-top: var(--_space);
  }
  .radio {
    position: relative;
    display: flex;
    align-items: flex-start;
    min-height: 40px;
    margin-bottom: 10px;
  }
  .radio input {
    flex: none;
    width: 32px;
    height: 32px;
    /* Room on the start side for the focus ring: the element clips what is drawn outside it. */
    margin: 4px 0 0;
    margin-inline-start: 6px;
    accent-color: var(--_text);
    cursor: pointer;
  }
  .radio label {
    padding: 6px 10px;
    cursor: pointer;
    touch-action: manipulation;
  }
  /* As GOV.UK's radios: a dark ring on the radio and the focus colour around it, seen on any background. */
  .radio input:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 0;
    border-radius: 50%;
    box-shadow: 0 0 0 6px var(--_focus);
  }
  /* Journeys: intro, actions, results, the referral summary. */
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
`;

import { css } from 'lit';

/** The builder's layout and form controls, on top of the elements' shared styles (GOV.UK-like). */
export const builderStyles = css`
  :host {
    contain: none;
    font-size: var(--rpc-font-size, 1rem);
  }
  .builder {
    --_space: 15px;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  @media (min-width: 64em) {
    .layout {
      grid-template-columns: minmax(0, 11fr) minmax(0, 9fr);
    }
    .preview-column {
      position: sticky;
      top: 0;
      align-self: start;
      max-height: 100vh;
      overflow: auto;
    }
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
  }
  code {
    font-family: monospace;
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }
  .no-margin {
    margin-bottom: 0;
  }
  .section {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
  .form-group {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  fieldset.form-group {
    padding: 0;
    border: 0;
  }
  fieldset.form-group.has-error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: var(--_space);
  }
  fieldset.default-pathway > legend {
    float: left;
    width: 100%;
    margin-bottom: 5px;
  }
  fieldset.default-pathway > legend + * {
    clear: both;
  }
  fieldset.object,
  fieldset.record {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: var(--_space);
  }
  .label,
  .add-field label,
  .locale label {
    display: block;
    font-weight: 700;
    margin-bottom: 5px;
  }
  legend.label {
    font-size: 1.05em;
  }
  .group-label {
    font-size: 1.1em;
  }
  .required {
    font-weight: 400;
  }
  .hint {
    margin-bottom: 5px;
  }
  input[type='text'],
  input[type='url'],
  input[type='tel'],
  input[type='email'],
  textarea,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_input-border);
    border-radius: 0;
    min-height: 40px;
    padding: 5px;
    width: 100%;
    max-width: 36em;
  }
  textarea {
    display: block;
    min-height: 5em;
    resize: vertical;
  }
  textarea.code {
    font-family: monospace;
  }
  input.width-5 {
    max-width: 6em;
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_input-border);
  }
  .has-error > input,
  .has-error > textarea,
  .has-error .inline > input,
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .error-message {
    margin-bottom: 5px;
  }
  .error-line {
    display: block;
  }
  .locale {
    margin-bottom: 10px;
  }
  .locale label {
    font-weight: 400;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: 5px;
  }
  .inline-choices {
    flex-direction: row;
    flex-wrap: wrap;
    gap: 5px 20px;
  }
  .choice {
    display: grid;
    grid-template-columns: 28px minmax(0, 1fr);
    align-items: start;
    column-gap: 8px;
  }
  .choice input {
    width: 24px;
    height: 24px;
    margin: 2px 0 0;
    accent-color: var(--_text);
    cursor: pointer;
  }
  .choice input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice label {
    cursor: pointer;
    min-height: 24px;
  }
  .choice-hint {
    grid-column: 2;
    font-size: 0.9em;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 5px 10px;
    align-items: center;
  }
  .inline > input {
    flex: 1 1 12em;
    width: auto;
  }
  .inline .button {
    margin: 0;
  }
  .button.small {
    min-height: 36px;
    padding: 5px 10px;
    font-size: 0.95em;
  }
  .text-list {
    padding: 0;
    list-style: none;
    margin-bottom: 10px;
  }
  .text-list li {
    margin-bottom: 8px;
  }
  .add-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 10px;
  }
  .add-field {
    flex: 1 1 12em;
    min-width: 0;
  }
  .add-row .button {
    margin: 0;
  }
  details.item,
  details.patch {
    border: 1px solid var(--_border);
    padding: 10px;
    margin-bottom: 10px;
  }
  details.item.has-error {
    border-inline-start: 5px solid var(--_error);
  }
  details > summary {
    font-weight: 700;
  }
  .item-body,
  details.patch > div {
    border: 0;
    padding: var(--_space) 0 0;
    margin: 0;
  }
  .problem-count {
    color: var(--_error);
  }
  fieldset.default-pathway {
    border: 1px solid var(--_border);
    border-inline-start: 5px solid var(--_button);
    padding: 10px var(--_space);
  }
  fieldset.default-pathway.is-off {
    border-inline-start-color: var(--_secondary);
  }
  .default-pathway legend h3 {
    margin: 0;
    font-size: 1.15em;
  }
  fieldset.default-pathway.has-error {
    border-inline-start-color: var(--_error);
  }
  .notice.important {
    border-color: var(--_link);
  }
  .error-summary h2,
  .success-summary h2 {
    font-size: 1.3em;
  }
  .error-list {
    padding-inline-start: 0;
    list-style: none;
  }
  .error-list li {
    margin-bottom: 8px;
  }
  .error-list a {
    color: var(--_error);
    font-weight: 700;
  }
  .success-summary {
    border: 5px solid var(--_button);
    padding: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .success-summary:focus,
  .opened:focus {
    outline: 3px solid var(--_focus);
  }
  .open input[type='file'] {
    font: inherit;
    max-width: 100%;
  }
  .preview {
    border: 1px solid var(--_border);
    padding: var(--_space);
    background: var(--_background);
  }
  .preview-status.bad {
    color: var(--_error);
    font-weight: 700;
  }
  .preview-status.good,
  .good {
    color: var(--_button);
    font-weight: 700;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 5px;
    margin-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  [role='tab'] {
    font: inherit;
    min-height: 40px;
    padding: 5px 12px;
    border: 1px solid var(--_border);
    border-bottom: 0;
    background: var(--_panel);
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_background);
    color: var(--_text);
    text-decoration: none;
    font-weight: 700;
    margin-bottom: -1px;
    padding-bottom: 6px;
  }
  [role='tab']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    background: var(--_focus);
    color: var(--_focus-text);
  }
  .preview-lang legend {
    font-weight: 700;
  }
  .preview-panel {
    border-top: 5px solid var(--_panel);
    padding-top: var(--_space);
  }
  .preview-panel:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .output {
    border-top: 5px solid var(--_text);
    margin-top: calc(var(--_space) * 3);
    padding-top: var(--_space);
  }
  .code-block {
    font-family: monospace;
    font-size: 0.9em;
    background: var(--_panel);
    border: 1px solid var(--_border);
    padding: 10px;
    max-height: 24em;
    overflow: auto;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .code-block:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
  }
  .copied {
    margin-bottom: var(--_space);
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-bottom: 3px solid CanvasText;
    }
  }
`;

/**
 * The benchmark's smallest reference: a Lit element that shows one question (a heading, a hint
 * and three radios, in the GOV.UK pattern) and nothing else. What one question costs with Lit.
 */
import { LitElement, css, html } from 'lit';

export class BenchQuestion extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font:
        19px/1.3 system-ui,
        sans-serif;
      color: #0b0c0c;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
    }
    legend {
      font-size: 1.5em;
      font-weight: 700;
      margin-bottom: 0.5em;
    }
    label {
      display: block;
      padding: 0.4em 0;
    }
    input {
      width: 1.5em;
      height: 1.5em;
      vertical-align: middle;
    }
    button {
      font: inherit;
      margin-top: 1em;
      padding: 0.4em 0.8em;
      background: #00703c;
      color: #fff;
      border: 0;
      box-shadow: 0 2px 0 #002d18;
    }
  `;

  override render() {
    return html`<form>
      <fieldset>
        <legend>Are you or your children in danger right now?</legend>
        <p>If anyone is in danger now, call 999 first.</p>
        <label><input type="radio" name="danger-now" value="yes" /> Yes</label>
        <label><input type="radio" name="danger-now" value="no" /> No</label>
        <label><input type="radio" name="danger-now" value="unsure" /> Not sure, or I would rather not say</label>
      </fieldset>
      <button type="submit">Continue</button>
    </form>`;
  }
}

customElements.define('bench-question', BenchQuestion);

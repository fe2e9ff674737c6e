import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The element's polite live region: says something to screen reader users without moving focus.
 * `sayWhenQuiet` waits until things settle (typing pauses), so a screen reader is not interrupted
 * on every key.
 */
export class Announcer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(text: string): void {
    clearTimeout(this.timer);
    this.text = text;
    this.host.requestUpdate();
  }

  /** Says `text()` once nothing has changed for `ms` milliseconds. */
  sayWhenQuiet(text: () => string, ms = 500): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.say(text()), ms);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.text}</div>`;
  }
}

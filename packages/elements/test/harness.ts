/**
 * One driver for RPC Kit's elements, used by the tests and the Storybook stories alike: it does
 * what a person does (start, answer by value with the pointer or the keyboard, go back, choose a
 * filter, type) and reads what a person sees (the step, the question, the result, its route,
 * pathways and contacts), so neither the tests nor the stories know the elements' markup by
 * heart. Keyboard use needs a way to press real keys: the tests pass `keyboard` (from
 * ./keyboard.ts, the test runner's `sendKeys`); the stories use the pointer only.
 */
import { screenedClearAnswers } from '@rpc-kit/rules';

/** Any RPC Kit element: a custom element that renders into its shadow root. */
export type RpcKitElement = HTMLElement & { readonly updateComplete: Promise<boolean> };
/** How a person acts: with the pointer (click, tap) or the keyboard alone. */
export type By = 'pointer' | 'keyboard';

export interface HarnessOptions {
  /** Presses a real key (the test runner's `sendKeys`); needed for `by: 'keyboard'`. */
  readonly press?: (key: string) => Promise<void>;
}

/** Every safety question answered with no sign of abuse. */
export const NO_ABUSE: Readonly<Record<string, string>> = screenedClearAnswers();

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Drives any element: queries in its shadow root, focus, filters, the keyboard. */
export class ElementHarness<E extends RpcKitElement = RpcKitElement> {
  constructor(
    readonly element: E,
    protected readonly keys: HarnessOptions = {},
  ) {}

  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.element.shadowRoot!.querySelector<T>(selector);
  }

  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return Array.from(this.element.shadowRoot!.querySelectorAll<T>(selector));
  }

  /** The element with focus inside the element's shadow root. */
  get focused(): HTMLElement | null {
    return this.element.shadowRoot!.activeElement as HTMLElement | null;
  }

  /** Waits for the element to render what the last action changed. */
  async settle(): Promise<void> {
    // Timers, not animation frames: pages running in the background get no frames.
    await this.element.updateComplete;
    await tick();
    await this.element.updateComplete;
  }

  /** Presses a key, as a person at a keyboard. */
  async press(key: string): Promise<void> {
    if (!this.keys.press) throw new Error('this harness has no keyboard: pass { press } (see keyboard.ts)');
    await this.keys.press(key);
  }

  /** Presses Tab until `match` has focus. */
  async tabTo(match: (node: HTMLElement) => boolean, limit = 20): Promise<HTMLElement> {
    for (let i = 0; i < limit; i++) {
      await this.press('Tab');
      const node = this.focused;
      if (node && match(node)) return node;
    }
    throw new Error('could not reach the control with Tab');
  }

  /** Chooses a value in a select (a filter) by its id. */
  async choose(id: string, value: string): Promise<void> {
    const select = this.$<HTMLSelectElement>(`#${id}`);
    if (!select) throw new Error(`no select #${id}`);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await this.settle();
  }

  /** Types into a text or search box by its id (the whole text at once). */
  async type(id: string, text: string): Promise<void> {
    const input = this.$<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no input #${id}`);
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await this.settle();
  }

  /** The ids of the contacts shown (inside `scope`, if given). */
  contacts(scope = ''): string[] {
    return this.$$(`${scope} [data-contact-id]`).map((n) => n.dataset.contactId!);
  }

  /** The ids of the pathways shown (inside `scope`, if given). */
  pathways(scope = ''): string[] {
    return this.$$(`${scope} [data-pathway-id]`).map((n) => n.dataset.pathwayId!);
  }

  /** The config problems the element lists for the webmaster (their text). */
  configProblems(): string | undefined {
    return this.$('[part="config-error"]')?.textContent ?? undefined;
  }
}

/** Drives a question journey (the screener, the da-check, the signposter's questions). */
export class JourneyHarness<E extends RpcKitElement = RpcKitElement> extends ElementHarness<E> {
  /** Where the journey is: `intro`, `question`, `not-safe` or `result`. */
  get step(): string | undefined {
    return this.$('[part="step"]')?.dataset.step;
  }

  /**
   * The id of the question on screen: on a step of a few questions, the first one not answered
   * yet (or the first, when all are).
   */
  get question(): string | undefined {
    const fields = this.$$('fieldset[data-question-id]');
    const open = fields.find((f) => !f.querySelector('input[type="radio"]:checked'));
    return (open ?? fields[0])?.dataset.questionId;
  }

  /** The ids of every question on the step on screen. */
  get questions(): string[] {
    return this.$$('fieldset[data-question-id]').map((f) => f.dataset.questionId!);
  }

  private field(): string {
    return `fieldset[data-question-id="${this.question}"]`;
  }

  /** The values of the options of the question on screen. */
  options(): string[] {
    return this.$$<HTMLInputElement>(`${this.field()} input[type="radio"]`).map((r) => r.value);
  }

  /** Presses Start on the introduction. */
  async start(by: By = 'pointer'): Promise<void> {
    if (by === 'keyboard') {
      await this.tabTo((n) => n instanceof HTMLButtonElement && n.closest('.intro') !== null);
      await this.press('Enter');
    } else {
      const start = this.$<HTMLButtonElement>('.intro button');
      if (!start) throw new Error(`no Start button (step: ${this.step})`);
      start.click();
    }
    await this.settle();
  }

  /** Starts and says it is safe to continue. */
  async startSafely(by: By = 'pointer'): Promise<void> {
    await this.start(by);
    await this.answer('yes', by);
  }

  /** Chooses an answer to the question on screen, without continuing. */
  async pick(value: string): Promise<void> {
    const radio = this.$<HTMLInputElement>(`${this.field()} input[value="${value}"]`);
    if (!radio) throw new Error(`no option "${value}" for ${this.question}`);
    radio.click();
    await this.settle();
  }

  /** Presses Continue. */
  async continue(): Promise<void> {
    this.$<HTMLButtonElement>('button[type="submit"]')!.click();
    await this.settle();
  }

  /** Every question on the step on screen has an answer chosen. */
  private stepAnswered(): boolean {
    return this.$$('fieldset[data-question-id]').every((f) => f.querySelector('input[type="radio"]:checked'));
  }

  /**
   * Answers the question on screen and continues (on a step of a few questions, once the last is
   * answered): pointer, or Tab, arrows, Space and Enter.
   */
  async answer(value: string, by: By = 'pointer'): Promise<void> {
    if (by === 'pointer') {
      await this.pick(value);
      return this.stepAnswered() ? this.continue() : undefined;
    }
    const id = this.question;
    const values = this.options();
    const target = values.indexOf(value);
    if (target < 0) throw new Error(`no option "${value}" for ${id}`);
    const radio = (await this.tabTo(
      (n) => n instanceof HTMLInputElement && n.type === 'radio' && n.name === id,
    )) as HTMLInputElement;
    let at = values.indexOf(radio.value);
    if (!radio.checked) await this.press('Space');
    for (; at < target; at++) await this.press('ArrowDown');
    for (; at > target; at--) await this.press('ArrowUp');
    if (!this.stepAnswered()) return;
    await this.tabTo((n) => n instanceof HTMLButtonElement && n.type === 'submit');
    await this.press('Enter');
    await this.settle();
  }

  /**
   * Answers each question on screen from `answers` until the journey ends (or `steps` questions
   * are answered); returns the ids asked. A question with no answer given is an error.
   */
  async answerAll(answers: Readonly<Record<string, string>>, by: By = 'pointer', steps = 60): Promise<string[]> {
    const asked: string[] = [];
    for (let i = 0; i < steps && this.question; i++) {
      const id = this.question;
      const value = answers[id];
      if (value === undefined) throw new Error(`no answer for ${id}`);
      asked.push(id);
      await this.answer(value, by);
    }
    return asked;
  }

  /**
   * For stories: starts, says it is safe, then answers each question on screen from `answers`
   * until one has no answer there (that step is shown) or `steps` questions are answered.
   */
  async walk(answers: Readonly<Record<string, string>> | undefined, steps = Infinity): Promise<void> {
    if (!answers) return;
    await this.element.updateComplete;
    await this.startSafely();
    for (let i = 0; i < steps && this.question && answers[this.question] !== undefined; i++)
      await this.answer(answers[this.question]!);
  }

  async back(): Promise<void> {
    this.$<HTMLButtonElement>('.back')!.click();
    await this.settle();
  }

  /** Presses "Start again" on the result. */
  async startAgain(): Promise<void> {
    const button = this.$$<HTMLButtonElement>('.result button').find((b) => b.textContent?.includes('Start again'));
    if (!button) throw new Error('no Start again button');
    button.click();
    await this.settle();
  }

  /** The result on screen. */
  get result(): HTMLElement | null {
    return this.$('.result');
  }

  /** The route of the result on screen. */
  get route(): string | undefined {
    return this.result?.dataset.route;
  }

  /** The phone links of the result, in order. */
  phoneLinks(): string[] {
    return this.$$<HTMLAnchorElement>('.result a[href^="tel:"]').map((a) => a.getAttribute('href')!);
  }

  /** The practitioner's referral summary on screen, as text. */
  summary(): string | undefined {
    return this.$('.summary pre')?.textContent ?? undefined;
  }
}

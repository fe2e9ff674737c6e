/** Shared helpers for driving a question journey in tests, by pointer or by keyboard alone. */
import { aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
/** Any RPC Kit journey element (screener, da-check). */
type RpcScreener = HTMLElement & { readonly updateComplete: Promise<boolean> };

export const $ = <T extends Element = HTMLElement>(el: RpcScreener, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: RpcScreener, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

/** The id of the question on screen. */
export const currentQuestion = (el: RpcScreener) => $(el, 'fieldset')?.dataset.questionId;

export async function settle(el: RpcScreener): Promise<void> {
  // Timers, not animation frames: pages running in the background get no frames.
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

/** Answers the question on screen with the pointer and continues. */
export async function clickAnswer(el: RpcScreener, value: string): Promise<void> {
  const radio = $<HTMLInputElement>(el, `fieldset input[value="${value}"]`);
  if (!radio) throw new Error(`no option "${value}" for ${currentQuestion(el)}`);
  radio.click();
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await settle(el);
}

const active = (el: RpcScreener) => el.shadowRoot!.activeElement as HTMLElement | null;

async function tabTo(el: RpcScreener, match: (node: HTMLElement) => boolean, limit = 12): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const node = active(el);
    if (node && match(node)) return node;
  }
  throw new Error('could not reach the element with Tab');
}

/** Answers the question on screen with the keyboard alone: Tab, arrows, Space, Enter. */
export async function keyboardAnswer(el: RpcScreener, value: string): Promise<void> {
  const values = $$<HTMLInputElement>(el, 'fieldset input[type="radio"]').map((r) => r.value);
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`no option "${value}" for ${currentQuestion(el)}`);
  const radio = (await tabTo(el, (n) => n instanceof HTMLInputElement && n.type === 'radio')) as HTMLInputElement;
  let at = values.indexOf(radio.value);
  if (!radio.checked) await sendKeys({ press: 'Space' });
  while (at < target) {
    await sendKeys({ press: 'ArrowDown' });
    at++;
  }
  while (at > target) {
    await sendKeys({ press: 'ArrowUp' });
    at--;
  }
  await tabTo(el, (n) => n instanceof HTMLButtonElement && n.type === 'submit');
  await sendKeys({ press: 'Enter' });
  await settle(el);
  await aTimeout(0);
}

/** Starts the journey and says it is safe to continue, by keyboard. */
export async function keyboardStart(el: RpcScreener): Promise<void> {
  await tabTo(el, (n) => n instanceof HTMLButtonElement && n.textContent?.trim() === 'Start', 20);
  await sendKeys({ press: 'Enter' });
  await settle(el);
  await keyboardAnswer(el, 'yes');
}

/** True when a journey holds no answer and shows its introduction (after a wipe). */
export const journeyIsWiped = (el: HTMLElement): boolean =>
  !!el.shadowRoot!.querySelector('.intro') &&
  el.shadowRoot!.querySelectorAll('input:checked').length === 0 &&
  Object.keys((el as unknown as { answers: Record<string, string> }).answers).length === 0;

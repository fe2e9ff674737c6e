/** Shared by the stories: walks a journey element through its questions, as a person would. */
import { screenedClearAnswers } from '@rpc-kit/rules';

/** Every safety question answered with no sign of abuse. */
export const NO_ABUSE: Record<string, string> = screenedClearAnswers();

type Journey = HTMLElement & { readonly updateComplete: Promise<boolean> };

const tick = () => new Promise((r) => setTimeout(r, 0));

/**
 * Starts the journey, says it is safe to continue, then answers each question on screen from
 * `answers` until one has no answer there (that step is shown) or `steps` questions are answered.
 */
export async function walk(el: Journey, answers: Record<string, string> | undefined, steps = Infinity): Promise<void> {
  if (!answers) return;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const next = async (value: string) => {
    root.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.click();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await el.updateComplete;
    await tick();
  };
  root.querySelector<HTMLButtonElement>('.intro button')?.click();
  await el.updateComplete;
  await next('yes');
  for (let i = 0; i < steps; i++) {
    const id = root.querySelector<HTMLElement>('fieldset')?.dataset.questionId;
    if (!id || !answers[id]) break;
    await next(answers[id]);
  }
}

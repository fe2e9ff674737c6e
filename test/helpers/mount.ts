/**
 * Puts a template on the page and waits for every Lit element in it to render, by timers only.
 * open-wc's `fixture()` waits for an animation frame when the template's root is a plain element,
 * and a test page running in the background (two files run side by side) never gets one.
 */
import { aTimeout, fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const updating = [root, ...root.querySelectorAll('*')].filter(
    (n): n is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in n,
  );
  await Promise.all(updating.map((n) => n.updateComplete));
  await aTimeout(0);
  return root;
}

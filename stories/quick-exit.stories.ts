/**
 * <rpc-quick-exit> on its own: the button (English, Welsh), the secondary link
 * the page places at its top, and the fallback link shown without JavaScript. In a story,
 * leaving is replaced by a message, so the story stays.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { RpcQuickExit } from '@rpc-kit/elements';
import '@rpc-kit/elements/quick-exit.define.js';

interface Args {
  lang: 'en' | 'cy';
  variant: 'button' | 'link';
}

RpcQuickExit.navigate = (url) => console.info(`The quick exit would now leave for ${url}`);

const meta: Meta<Args> = {
  title: 'Elements/rpc-quick-exit',
  component: 'rpc-quick-exit',
  args: { lang: 'en', variant: 'button' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    variant: { control: 'inline-radio', options: ['button', 'link'] },
  },
  render: ({ lang, variant }) => html`<rpc-quick-exit lang=${lang} variant=${variant}></rpc-quick-exit>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Button: Story = {};
export const ButtonWelsh: Story = { args: { lang: 'cy' } };
export const SecondaryLink: Story = {
  args: { variant: 'link' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<RpcQuickExit>('rpc-quick-exit')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector('a')!.focus();
  },
};
export const ShiftPressedTwice: Story = {
  play: async () => {
    for (let i = 0; i < 2; i++) {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
    }
  },
};
export const WithoutJavaScript: Story = {
  render: () =>
    html`<p>What the page shows when JavaScript does not run:</p>
      <a href="https://www.bbc.co.uk/weather" rel="nofollow noreferrer">Exit this page</a>`,
};

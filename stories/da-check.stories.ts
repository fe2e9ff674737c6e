/**
 * <rpc-da-check>: every route for practitioners and parents, in English and Welsh. Results are
 * reached by answering through the element, as a person would.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { JourneyHarness, NO_ABUSE } from '../packages/elements/test/harness.js';
import { html } from 'lit';
import '@rpc-kit/da-check/da-check.js';
import type { RpcDaCheck } from '@rpc-kit/da-check';

interface Args {
  audience: 'practitioner' | 'parent';
  lang: 'en' | 'cy';
  answers?: Record<string, string>;
}

const CONFIG = {
  referrals: {
    domesticAbuse: { phone: '01234 999000', howTo: 'Call the Northshire domestic abuse hub.' },
    marac: { email: 'marac@northshire.example.gov.uk', howTo: 'Send the risk assessment to the MARAC coordinator.' },
  },
};

const meta: Meta<Args> = {
  title: 'Elements/rpc-da-check',
  component: 'rpc-da-check',
  args: { audience: 'practitioner', lang: 'en' },
  argTypes: {
    audience: { control: 'inline-radio', options: ['practitioner', 'parent'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: ({ audience, lang }) =>
    html`<rpc-da-check audience=${audience} lang=${lang} .config=${CONFIG}></rpc-da-check>`,
  play: async ({ canvasElement, args }) => {
    await new JourneyHarness(canvasElement.querySelector('rpc-da-check') as RpcDaCheck).walk(args.answers);
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Introduction: Story = {};
export const IntroductionParentWelsh: Story = { args: { audience: 'parent', lang: 'cy' } };
export const Question: Story = { args: { answers: { 'danger-now': 'no' } } };
export const Emergency: Story = { args: { answers: { 'danger-now': 'yes' } } };
export const DomesticAbuse: Story = { args: { answers: { ...NO_ABUSE, controlling: 'yes', economic: 'yes' } } };
export const DomesticAbuseUrgentWelsh: Story = { args: { lang: 'cy', answers: { ...NO_ABUSE, strangled: 'yes' } } };
export const DomesticAbuseParent: Story = { args: { audience: 'parent', answers: { ...NO_ABUSE, afraid: 'yes' } } };
export const UsingHarm: Story = { args: { answers: { ...NO_ABUSE, 'own-behaviour': 'yes' } } };
export const Unclear: Story = { args: { answers: { ...NO_ABUSE, degrading: 'unsure' } } };
export const UnclearParentWelsh: Story = {
  args: { audience: 'parent', lang: 'cy', answers: { ...NO_ABUSE, degrading: 'unsure' } },
};
export const ConflictSupportAppropriate: Story = { args: { answers: NO_ABUSE } };
export const ConflictSupportAppropriateWelsh: Story = { args: { lang: 'cy', answers: NO_ABUSE } };

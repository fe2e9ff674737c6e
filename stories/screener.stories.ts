/**
 * <rpc-screener>: every step and every result, in English and Welsh, for parents and
 * practitioners. Results are reached by answering through the element, as a person would.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SAFETY_IDS } from '@rpc-kit/rules';
import { JourneyHarness, NO_ABUSE } from '../packages/elements/test/harness.js';
import { html } from 'lit';
import '@rpc-kit/screener/screener.js';
import type { RpcScreener } from '@rpc-kit/screener';

interface Args {
  audience: 'parent' | 'practitioner';
  lang: 'en' | 'cy';
  preset: 'govuk' | 'nhs';
  /** Answers to give, in order, before showing the story. */
  answers?: Record<string, string>;
  /** Stop after this many questions (the step to show). */
  steps?: number;
}

const CONFLICT = {
  ...NO_ABUSE,
  frequency: 'weekly',
  intensity: 'shouting',
  resolution: 'rarely',
  children: 'occasionally',
  heard: 'sometimes',
  relationship: 'together',
  stage: 'baby',
  'child-arrangements-dispute': 'no',
};

const meta: Meta<Args> = {
  title: 'Elements/rpc-screener',
  component: 'rpc-screener',
  args: { audience: 'parent', lang: 'en', preset: 'govuk' },
  argTypes: {
    audience: { control: 'inline-radio', options: ['parent', 'practitioner'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    preset: { control: 'inline-radio', options: ['govuk', 'nhs'] },
  },
  render: ({ audience, lang, preset }) =>
    html`<rpc-screener audience=${audience} lang=${lang} .config=${{ branding: { preset } }}></rpc-screener>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('rpc-screener') as RpcScreener;
    await new JourneyHarness(el).walk(args.answers, args.steps);
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Introduction: Story = {};
export const IntroductionWelsh: Story = { args: { lang: 'cy' } };
export const IntroductionPractitioner: Story = { args: { audience: 'practitioner' } };
export const NhsPreset: Story = { args: { preset: 'nhs' } };
export const SafetyQuestion: Story = { args: { answers: NO_ABUSE, steps: 1 } };
export const SafetyQuestionWelshPractitioner: Story = {
  args: { answers: NO_ABUSE, steps: 2, lang: 'cy', audience: 'practitioner' },
};
export const QualityQuestion: Story = { args: { answers: CONFLICT, steps: SAFETY_IDS.length } };
export const SituationQuestion: Story = { args: { answers: CONFLICT, steps: SAFETY_IDS.length + 5 } };
export const ResultEmergency: Story = { args: { answers: { 'danger-now': 'yes' } } };
export const ResultEmergencyWelsh: Story = { args: { answers: { 'danger-now': 'yes' }, lang: 'cy' } };
export const ResultDomesticAbuse: Story = {
  args: { answers: { ...NO_ABUSE, afraid: 'yes', relationship: 'separated' } },
};
export const ResultDomesticAbusePractitioner: Story = {
  args: {
    audience: 'practitioner',
    answers: { ...NO_ABUSE, controlling: 'yes', physical: 'yes', relationship: 'separated' },
  },
};
export const ResultUsingHarm: Story = {
  args: { answers: { ...NO_ABUSE, 'own-behaviour': 'yes', relationship: 'together' } },
};
export const ResultUnclear: Story = { args: { answers: { ...NO_ABUSE, afraid: 'unsure', relationship: 'together' } } };
export const ResultUnclearWelsh: Story = {
  args: { lang: 'cy', answers: { ...NO_ABUSE, afraid: 'unsure', relationship: 'together' } },
};
export const ResultConflict: Story = { args: { answers: CONFLICT } };
export const ResultConflictPractitionerWelsh: Story = {
  args: { answers: CONFLICT, audience: 'practitioner', lang: 'cy' },
};
export const ResultNoConcern: Story = {
  args: {
    answers: {
      ...CONFLICT,
      frequency: 'rarely',
      intensity: 'calm',
      resolution: 'usually',
      children: 'never',
      heard: 'usually',
    },
  },
};
export const ConfigError: Story = {
  render: () => html`<rpc-screener .config=${{ nation: 'wales', pathways: { custm: [] } }}></rpc-screener>`,
};

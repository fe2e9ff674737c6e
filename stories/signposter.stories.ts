/**
 * <rpc-signposter>: each family situation and each route, the practitioner's screened gate, and
 * the list of the council's whole offer with filters, in English and Welsh. Results are reached by
 * answering through the element, as a person would, with the example council's config.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@rpc-kit/signposter/signposter.js';
import type { RpcSignposter } from '@rpc-kit/signposter';
import example from '../docs/examples/northshire.config.json';
import { JourneyHarness, NO_ABUSE } from '../packages/elements/test/harness.js';

interface Args {
  audience: 'parent' | 'practitioner';
  lang: 'en' | 'cy';
  mode: 'questions' | 'list';
  screened: boolean;
  /** The council's config (the example council's by default). */
  config: unknown;
  /** Answers to give before showing the story. */
  answers?: Record<string, string>;
  /** List mode: filters to choose (select id -> value). */
  filters?: Record<string, string>;
}

const family = (relationship: string, stage: string, dispute: boolean, conflict: string) => ({
  ...NO_ABUSE,
  relationship,
  stage,
  'child-arrangements-dispute': dispute ? 'yes' : 'no',
  conflict,
});

const meta: Meta<Args> = {
  title: 'Elements/rpc-signposter',
  component: 'rpc-signposter',
  args: { audience: 'parent', lang: 'en', mode: 'questions', screened: false, config: example },
  argTypes: {
    audience: { control: 'inline-radio', options: ['parent', 'practitioner'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    mode: { control: 'inline-radio', options: ['questions', 'list'] },
  },
  render: ({ audience, lang, mode, screened, config }) =>
    html`<rpc-signposter
      audience=${audience}
      lang=${lang}
      mode=${mode}
      ?screened=${screened}
      .config=${config}
    ></rpc-signposter>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('rpc-signposter') as RpcSignposter;
    const harness = new JourneyHarness(el);
    await harness.walk(args.answers);
    for (const [key, value] of Object.entries(args.filters ?? {})) await harness.choose(`filter-${key}`, value);
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Introduction: Story = {};
export const IntroductionWelsh: Story = { args: { lang: 'cy' } };
export const SafetyQuestion: Story = { args: { answers: {} } };

// Each situation
export const TogetherExpectingModerate: Story = {
  args: { answers: family('together', 'expecting', false, 'moderate') },
};
export const TogetherTeenagerLow: Story = { args: { answers: family('together', 'teen', false, 'low') } };
export const TogetherChildHigh: Story = { args: { answers: family('together', 'child', false, 'high') } };
export const SeparatingChildDispute: Story = { args: { answers: family('separating', 'child', true, 'moderate') } };
export const SeparatedBabyHigh: Story = { args: { answers: family('separated', 'baby', true, 'high') } };
export const SeparatedWelsh: Story = { args: { lang: 'cy', answers: family('separated', 'child', false, 'moderate') } };

// Each route
export const RouteEmergency: Story = { args: { answers: { 'danger-now': 'yes' } } };
export const RouteDomesticAbuse: Story = {
  args: { answers: { ...NO_ABUSE, physical: 'yes', relationship: 'together' } },
};
export const RouteDomesticAbuseUrgentAfterSeparation: Story = {
  args: { answers: { ...NO_ABUSE, monitoring: 'yes', relationship: 'separated' } },
};
export const RouteUsingHarm: Story = {
  args: { answers: { ...NO_ABUSE, 'own-behaviour': 'yes', relationship: 'together' } },
};
export const RouteUnclear: Story = { args: { answers: { ...NO_ABUSE, afraid: 'unsure', relationship: 'separating' } } };
export const RouteConflict: Story = { args: { answers: family('together', 'child', false, 'moderate') } };
export const RouteDomesticAbuseWelsh: Story = {
  args: { lang: 'cy', answers: { ...NO_ABUSE, controlling: 'yes', relationship: 'together' } },
};

// The practitioner's gate
export const ScreenedConfirmation: Story = { args: { audience: 'practitioner', screened: true, answers: {} } };
export const ScreenedResult: Story = {
  args: {
    audience: 'practitioner',
    screened: true,
    answers: { 'screened-confirm': 'yes', ...family('separating', 'teen', true, 'high') },
  },
};
export const ScreenedNotSureAsksSafety: Story = {
  args: { audience: 'practitioner', screened: true, answers: { 'screened-confirm': 'unsure' } },
};

// The council's whole offer
export const List: Story = { args: { mode: 'list' } };
export const ListSeparated: Story = { args: { mode: 'list', filters: { relationship: 'separated' } } };
export const ListNothingFits: Story = {
  args: {
    mode: 'list',
    config: { pathways: { allDefaults: false, defaults: { 'me-you-and-baby-too': true } } },
    filters: { relationship: 'separated' },
  },
};
export const ListWelsh: Story = { args: { mode: 'list', lang: 'cy', filters: { format: 'digital' } } };
export const ListDefaultsOnly: Story = { args: { mode: 'list', config: {} } };

export const ConfigWithMistakes: Story = {
  args: {
    config: {
      nation: 'wales',
      pathways: {
        custom: [{ id: 'x', name: 'Course', description: 'A course', formats: ['online'], kind: 'conflict' }],
      },
    },
  },
};

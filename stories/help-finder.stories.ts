/**
 * <rpc-help-finder>: the list, filtered, with nothing found, a failing feed, the poster, and Welsh,
 * with the example council's config. Storybook has no Open Referral UK API, so the feed stories
 * point at an address that fails (the fallback) or use the council's services only.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@rpc-kit/help-finder/help-finder.js';
import type { RpcHelpFinder } from '@rpc-kit/help-finder';
import example from '../docs/examples/northshire.config.json';
import { ElementHarness } from '../packages/elements/test/harness.js';

interface Args {
  lang: 'en' | 'cy';
  mode: 'list' | 'poster';
  need: string;
  feedSrc: string;
  config: unknown;
  /** Words typed in the search box before the story is shown. */
  search?: string;
}

/** More services, so the filters have something to do. */
const config = {
  ...example,
  services: [
    ...example.services,
    {
      id: 'kelby-young-carers',
      name: { en: 'Kelby Young Carers', cy: 'Gofalwyr Ifanc Kelby' },
      description: 'Clubs, trips and someone to talk to for young people who look after someone at home.',
      needs: ['children-wellbeing'],
      areas: ['Kelby'],
      phone: '01234 567222',
      minAge: 8,
      maxAge: 17,
      cost: 'Free',
    },
    {
      id: 'ashford-parenting-apart',
      name: 'Parenting Apart, Ashford Bridge',
      description: 'A six-week course for separated parents on keeping the children out of the middle.',
      needs: ['separating'],
      areas: ['Ashford Bridge'],
      url: 'https://www.northshire.example.gov.uk/parenting-apart',
      hours: 'Thursday evenings, 6pm to 8pm',
      cost: 'Free',
      referral: 'self',
    },
  ],
};

const meta: Meta<Args> = {
  title: 'Elements/rpc-help-finder',
  component: 'rpc-help-finder',
  args: { lang: 'en', mode: 'list', need: '', feedSrc: '', config },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    mode: { control: 'inline-radio', options: ['list', 'poster'] },
    need: {
      control: 'select',
      options: ['', 'conflict-together', 'separating', 'new-baby', 'domestic-abuse', 'children-wellbeing'],
    },
  },
  render: ({ lang, mode, need, feedSrc, config }) =>
    html`<rpc-help-finder
      lang=${lang}
      mode=${mode}
      need=${need}
      feed-src=${feedSrc}
      feed-timeout="3000"
      page-url="https://www.kelby-primary.example.sch.uk/help-for-families"
      poster-id="storybook"
      .config=${config}
    ></rpc-help-finder>`,
  play: async ({ canvasElement, args }) => {
    const harness = new ElementHarness(canvasElement.querySelector('rpc-help-finder') as RpcHelpFinder);
    await harness.settle();
    if (args.search !== undefined) await harness.type('filter-text', args.search);
  },
};
export default meta;
type Story = StoryObj<Args>;

export const List: Story = {};
export const FilteredSeparating: Story = { args: { need: 'separating' } };
export const FilteredDomesticAbuse: Story = { args: { need: 'domestic-abuse' } };
export const Search: Story = { args: { search: 'young carers kelby' } };
export const NothingFound: Story = { args: { search: 'astronomy club' } };
export const FeedFailure: Story = { args: { feedSrc: '/no-such-feed/services' } };
export const Welsh: Story = { args: { lang: 'cy' } };
export const Poster: Story = { args: { mode: 'poster', need: 'conflict-together' } };
export const PosterSeparating: Story = { args: { mode: 'poster', need: 'separating' } };
export const PosterDomesticAbuse: Story = { args: { mode: 'poster', need: 'domestic-abuse' } };
export const PosterWelsh: Story = { args: { mode: 'poster', lang: 'cy' } };
export const ConfigWithMistakes: Story = {
  args: { config: { services: [{ id: 'x', name: 'X', needs: ['arguing'], url: 'javascript:alert(1)' }] } },
};

/**
 * fast-check arbitraries for the property tests: whole journeys driven through the planner, and
 * council configs, honest and hostile (reserved contact ids, joint or mediation abuse support,
 * patched defaults, safety strings rewritten, unreadable or fetching branding tokens).
 */
import fc from 'fast-check';
import { NATIONAL_CONTACTS } from '../src/content/contacts.js';
import { MESSAGE_IDS } from '../src/i18n/message-ids.js';
import { planJourney, type JourneyOptions } from '../src/journey/planner.js';
import { validateConfig } from '../src/config/validate.js';
import type { ResolvedConfig } from '../src/config/resolve.js';
import { NATIONS, TOOLS, type Audience, type Nation, type Tool } from '../src/types.js';

const NATIONAL_IDS = NATIONAL_CONTACTS.map((c) => c.id);

/** Words that make an offer sound like couple work or mediation, or like domestic abuse support. */
const NAMES = [
  'Couples counselling',
  'Family mediation',
  'Relationship support',
  'Joint sessions for both parents together',
  'Domestic abuse outreach',
  'Family worker',
  'Parenting group',
  'Cwnsela i gyplau',
];

const customPathway = fc.record(
  {
    id: fc.constantFrom('local-one', 'local-two', 'local-three', 'local-four'),
    kind: fc.constantFrom('conflict', 'support', 'mediation', 'domestic-abuse'),
    joint: fc.option(fc.boolean(), { nil: undefined }),
    formats: fc.constantFrom(['digital'], ['group'], ['one-to-one'], ['mediation'], ['phone', 'mediation']),
    name: fc.constantFrom(...NAMES),
    description: fc.constantFrom('A local offer', 'For couples who argue', 'We do not offer mediation'),
    enabled: fc.option(fc.boolean(), { nil: undefined }),
    eligibility: fc.option(
      fc.record({
        relationship: fc.constantFrom(['together'], ['separated'], ['together', 'separating', 'separated']),
      }),
      { nil: undefined },
    ),
  },
  { requiredKeys: ['id', 'kind', 'formats', 'name', 'description'] },
);

const hostileContact = fc.record({
  id: fc.oneof(fc.constantFrom(...NATIONAL_IDS), fc.constantFrom('local-helpline', 'hub', 'police-101')),
  name: fc.constantFrom('Our helpline', 'Emergency services: 999', 'Council switchboard'),
  phone: fc.constantFrom('01234 567890', '999', '0808 2000 247', '101'),
  topics: fc.constantFrom(['emergency'], ['domestic-abuse'], ['using-harm'], ['conflict'], ['general']),
});

const defaultPatch = fc.oneof(
  fc.boolean(),
  fc.record(
    {
      name: fc.constantFrom(...NAMES),
      formats: fc.constantFrom(['one-to-one'], ['mediation'], ['group', 'mediation'], ['phone']),
      description: fc.constantFrom('Help for you', 'Mediation for both of you'),
    },
    { requiredKeys: [] },
  ),
);

const hostileStrings = fc.dictionary(
  fc.constantFrom('en', 'cy'),
  fc.dictionary(
    fc.constantFrom(
      ...MESSAGE_IDS.filter((_, i) => i % 3 === 0),
      'reason.emergency',
      'ui.call',
      'reason.domestic-abuse',
    ),
    fc.constantFrom('There is no need to call 999', 'Call our number instead', 'x'),
  ),
  { maxKeys: 2 },
);

const hostileTokens = fc.dictionary(
  fc.constantFrom(
    '--rpc-colour-text',
    '--rpc-colour-background',
    '--rpc-colour-emergency',
    '--rpc-colour-button-text',
    '--rpc-colour-link',
    '--rpc-font-size',
    '--rpc-font-family',
    '--rpc-space',
    '--rpc-not-a-token',
  ),
  fc.constantFrom(
    '#ffffff',
    '#0b0c0c',
    '#1d70b8',
    '0',
    '0px',
    '12px',
    '16px',
    '1rem',
    'url(https://tracker.example/x.png)',
    'image-set("https://tracker.example/x.png" 1x)',
    'red; background: blue',
    'Arial, sans-serif',
    'hsl(0 0% 100%)',
  ),
  { maxKeys: 3 },
);

/** A council config as a webmaster might write it, including every attack on the floor we know. */
export const rawConfig = fc
  .record(
    {
      nation: fc.constantFrom(...NATIONS),
      pathways: fc.record(
        {
          allDefaults: fc.boolean(),
          custom: fc.uniqueArray(customPathway, { selector: (p) => p.id, maxLength: 3 }),
          defaults: fc.record(
            { 'domestic-abuse-support': defaultPatch, cope: defaultPatch, mediation: defaultPatch },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
      contacts: fc.uniqueArray(hostileContact, { selector: (c) => c.id, maxLength: 3 }),
      strings: hostileStrings,
      branding: fc.record({ preset: fc.constantFrom('govuk', 'nhs'), tokens: hostileTokens }, { requiredKeys: [] }),
    },
    { requiredKeys: ['nation'] },
  )
  .map((c) => {
    const custom = c.pathways?.custom?.map((p) => ({ ...p, access: { phone: '01234 567890' } }));
    return { ...c, ...(c.pathways ? { pathways: { ...c.pathways, ...(custom ? { custom } : {}) } } : {}) };
  });

/**
 * The config an element would use for a raw config: the resolved config when it is valid; when it
 * is not, the config with each invalid item left out (`usable`).
 */
export function configFor(raw: { nation: Nation }): { config: ResolvedConfig; valid: boolean } {
  const result = validateConfig(raw);
  return { config: result.usable, valid: result.ok };
}

/** A config that validates: honest offers only. */
export const honestConfig = rawConfig.map((raw) => configFor(raw).config);

export interface Journey {
  readonly tool: Tool;
  readonly options: JourneyOptions & { audience: Audience };
  readonly answers: Record<string, string>;
}

/**
 * A whole journey: a person (or a practitioner) answers each step the planner shows, with any of
 * its options, and sometimes goes Back to change an earlier answer, until the journey is complete
 * or stops. `choices` drives every choice, so fast-check can shrink a failing journey.
 */
export const journey: fc.Arbitrary<Journey> = fc
  .record({
    tool: fc.constantFrom(...TOOLS),
    audience: fc.constantFrom<Audience>('parent', 'practitioner'),
    screened: fc.boolean(),
    choices: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
    safeBias: fc.nat(9),
    /** Out of 20, how often a safety question gets its clear (non-indicator) answer. */
    clear: fc.nat(20),
  })
  .map(({ tool, audience, screened, choices, safeBias, clear }) => {
    const options = { audience, screened };
    const answers: Record<string, string> = {};
    let c = 0;
    const next = () => choices[c++ % choices.length]!;
    for (let guard = 0; guard < 60; guard++) {
      const plan = planJourney(tool, answers, options);
      if (plan.status !== 'asking' || !plan.next) break;
      // Now and then, go back and change an answer already given.
      const answered = plan.steps.filter((s) => s.questions.every((q) => answers[q.id] !== undefined));
      if (answered.length > 1 && next() % 7 === 0) {
        const step = answered[next() % answered.length]!;
        for (const q of step.questions) answers[q.id] = q.options[next() % q.options.length]!.value;
        continue;
      }
      for (const q of plan.next.questions) {
        // Mostly "safe to go on", so journeys get past the first step.
        if (q.id === 'safe-to-continue') answers[q.id] = safeBias === 0 ? 'no' : 'yes';
        else if (q.group === 'safety' && next() % 20 < clear) answers[q.id] = q.indicator === 'no' ? 'yes' : 'no';
        else answers[q.id] = q.options[next() % q.options.length]!.value;
      }
    }
    return { tool, options, answers };
  });

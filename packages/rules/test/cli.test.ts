import { expect } from '@open-wc/testing';
import { runCli, USAGE } from '../src/cli/run.js';
import { safeAnswers } from './helpers.js';

async function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    readFile: (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path]!;
    },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    today: new Date('2026-11-22'),
    version: '9.9.9',
  });
  return { code, stdout, stderr };
}

describe('rpc-kit CLI', () => {
  it('prints usage for help, and its version', async () => {
    expect((await run([])).stdout).to.equal(USAGE);
    expect((await run(['--help'])).code).to.equal(0);
    expect((await run(['--version'])).stdout).to.equal('9.9.9\n');
    const bad = await run(['frobnicate']);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.contain('unknown command "frobnicate"');
  });

  describe('validate', () => {
    it('exits 0 for a valid config', async () => {
      const r = await run(['validate', 'ok.json'], {
        'ok.json': '{"nation": "wales", "pathways": {"allDefaults": false}}',
      });
      expect(r.code).to.equal(0);
      expect(r.stdout).to.equal('ok.json: valid\n');
    });

    it('exits 0 and warns, naming the default pathways a config leaves on without saying', async () => {
      const r = await run(['validate', 'ok.json'], {
        'ok.json': '{"nation": "wales", "pathways": {"defaults": {"cope": false}}}',
      });
      expect(r.code).to.equal(0);
      expect(r.stdout).to.equal('ok.json: valid (1 warnings)\n');
      expect(r.stderr).to.match(
        /^warning: \$\.pathways\.defaults: 8 default pathways are on only because the config does not switch them off/,
      );
      expect(r.stderr).to.contain('mediation');
      expect(r.stderr).not.to.match(/\bcope\b/);
    });

    it('exits 1 with one line per problem and its path', async () => {
      const r = await run(['validate', 'bad.json'], {
        'bad.json': JSON.stringify({
          nation: 'atlantis',
          contacts: [{ id: 'x', name: 'X', topics: ['general'], url: 'javascript:alert(1)' }],
        }),
      });
      expect(r.code).to.equal(1);
      expect(r.stdout).to.equal('');
      expect(r.stderr.trim().split('\n')).to.deep.equal([
        '$.nation: must be one of: "england", "wales", "scotland", "northern-ireland"',
        '$.contacts[0].url: must be a full link starting with https:, http:, tel: or mailto:',
      ]);
    });

    it('reports unreadable files and bad JSON in one line', async () => {
      const missing = await run(['validate', 'nope.json']);
      expect(missing.code).to.equal(1);
      expect(missing.stderr).to.match(/^config nope\.json: cannot read the file/);
      const broken = await run(['validate', 'broken.json'], { 'broken.json': '{"nation": ' });
      expect(broken.code).to.equal(1);
      expect(broken.stderr).to.match(/^config broken\.json: not valid JSON/);
      expect((await run(['validate'])).code).to.equal(2);
      expect((await run(['validate', '--strict', 'x'])).stderr).to.contain('unknown option --strict');
    });
  });

  describe('questions', () => {
    it('prints the question bank, safety first', async () => {
      const r = await run(['questions']);
      expect(r.code).to.equal(0);
      const bank = JSON.parse(r.stdout) as { id: string; group: string }[];
      expect(bank[0]!.id).to.equal('danger-now');
      expect(bank.map((q) => q.group)).to.include.members(['safety', 'quality', 'situation']);
    });

    it('filters by tool, words for the audience and speaks Welsh', async () => {
      const da = JSON.parse((await run(['questions', '--tool', 'da-check', '--audience=practitioner'])).stdout) as {
        id: string;
        text: string;
        group: string;
      }[];
      expect(da.every((q) => q.group === 'safety')).to.equal(true);
      expect(da.map((q) => q.id)).to.include('can-disagree-safely');
      expect(da[1]!.text).to.contain('the parent');
      const cy = JSON.parse((await run(['questions', '--locale', 'cy'])).stdout) as { text: string }[];
      const en = JSON.parse((await run(['questions'])).stdout) as { text: string }[];
      expect(cy[0]!.text).not.to.equal(en[0]!.text);
      const signposter = JSON.parse((await run(['questions', '--tool', 'signposter'])).stdout) as { id: string }[];
      expect(signposter.map((q) => q.id)).to.include.members(['relationship', 'conflict']);
    });

    it('rejects unknown tools and audiences', async () => {
      expect((await run(['questions', '--tool', 'quiz'])).code).to.equal(2);
      expect((await run(['questions', '--audience', 'child'])).stderr).to.contain('--audience must be one of');
      expect((await run(['questions', '--tool'])).stderr).to.contain('--tool needs a value');
      expect((await run(['questions', 'extra'])).code).to.equal(2);
    });
  });

  describe('evaluate', () => {
    const input = (answers: Record<string, string>, extra: object = {}) =>
      JSON.stringify({ audience: 'parent', answers, ...extra });

    it('prints the decision as JSON', async () => {
      const r = await run(['evaluate', 'in.json'], {
        'in.json': input(safeAnswers(), { situation: { relationship: 'together', conflict: 'high' } }),
      });
      expect(r.code).to.equal(0);
      const d = JSON.parse(r.stdout) as {
        route: string;
        pathways: { id: string }[];
        contacts: { id: string; phone?: string }[];
      };
      expect(d.route).to.equal('conflict');
      expect(d.pathways.map((p) => p.id)).to.include('cope');
      expect(d.contacts.length).to.be.greaterThan(0);
    });

    it('reads standard input as -', async () => {
      const r = await run(['evaluate', '-'], { '-': input(safeAnswers({ 'danger-now': 'yes' })) });
      const d = JSON.parse(r.stdout) as { route: string; contacts: { id: string; phone?: string }[] };
      expect(d.route).to.equal('emergency');
      expect(d.contacts[0]!.phone).to.equal('999');
    });

    it('exits 2 naming each missing or unknown safety answer, and prints no decision', async () => {
      const answers = safeAnswers({ physical: 'sometimes', strangle: 'no' });
      delete answers.strangled;
      delete answers.threats;
      const r = await run(['evaluate', 'in.json'], { 'in.json': input(answers) });
      expect(r.code).to.equal(2);
      expect(r.stdout).to.equal('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).to.have.length(4);
      expect(r.stderr).to.contain('"strangled"');
      expect(r.stderr).to.contain('"threats"');
      expect(r.stderr).to.contain('unknown answer "sometimes" for "physical"');
      expect(r.stderr).to.contain('unknown question id "strangle"');
    });

    it('rejects a bad situation, audience or shape', async () => {
      const r = await run(['evaluate', 'in.json'], {
        'in.json': JSON.stringify({
          audience: 'judge',
          locale: 'Welsh please',
          extra: 1,
          answers: safeAnswers({ frequency: 'hourly' }),
          situation: { relationship: 'married', pets: 2 },
        }),
      });
      expect(r.code).to.equal(2);
      expect(r.stderr).to.contain('$.audience: must be one of: "parent", "practitioner"');
      expect(r.stderr).to.contain('$.locale:');
      expect(r.stderr).to.contain('$.extra: is not a known field');
      expect(r.stderr).to.contain('$.answers.frequency: unknown answer "hourly"');
      expect(r.stderr).to.contain('$.situation.relationship: must be one of');
      expect(r.stderr).to.contain('$.situation.pets: is not a known field');
      expect((await run(['evaluate', 'in.json'], { 'in.json': '[]' })).code).to.equal(2);
      expect((await run(['evaluate', 'in.json'], { 'in.json': '{}' })).stderr).to.contain('$.answers: is required');
      expect((await run(['evaluate', 'in.json'], { 'in.json': '{"answers": {}, "situation": 3}' })).stderr).to.contain(
        '$.situation: must be an object',
      );
      expect((await run(['evaluate', 'in.json'], { 'in.json': 'nope' })).code).to.equal(2);
      expect((await run(['evaluate'])).code).to.equal(2);
      expect((await run(['evaluate', 'in.json', '--colour', 'x'])).code).to.equal(2);
    });

    it('uses a council config, and refuses an invalid one with its paths', async () => {
      const files = {
        'in.json': input(safeAnswers({ afraid: 'yes' })),
        'wales.json': '{"nation": "wales"}',
        'bad.json': '{"nation": "wales", "colour": "red"}',
      };
      const d = JSON.parse((await run(['evaluate', 'in.json', '--config', 'wales.json'], files)).stdout) as {
        contacts: { id: string }[];
      };
      expect(d.contacts[0]!.id).to.equal('live-fear-free');
      const bad = await run(['evaluate', 'in.json', '--config', 'bad.json'], files);
      expect(bad.code).to.equal(1);
      expect(bad.stdout).to.equal('');
      expect(bad.stderr).to.contain('config bad.json: $.colour: is not a known setting');
      expect((await run(['evaluate', 'in.json', '--config', 'missing.json'], files)).code).to.equal(1);
    });

    it('answers in Welsh with --locale cy', async () => {
      const files = { 'in.json': input(safeAnswers()) };
      const en = JSON.parse((await run(['evaluate', 'in.json'], files)).stdout) as {
        reasons: string[];
        locale: string;
      };
      const cy = JSON.parse((await run(['evaluate', 'in.json', '--locale', 'cy'], files)).stdout) as {
        reasons: string[];
        locale: string;
      };
      expect(cy.locale).to.equal('cy');
      expect(cy.reasons[0]).not.to.equal(en.reasons[0]);
    });
  });

  it('schema prints the JSON Schema', async () => {
    const schema = JSON.parse((await run(['schema'])).stdout) as { type: string };
    expect(schema.type).to.equal('object');
    expect((await run(['schema', 'x'])).code).to.equal(2);
  });

  it('contacts lists each contact and warns about unverified ones', async () => {
    const r = await run(['contacts']);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.contain('national-da-helpline\t0808 2000 247');
    expect(r.stderr).to.contain('warning: mens-advice-line: unverified');
    expect((await run(['contacts', 'x'])).code).to.equal(2);
  });
});

describe('rpc-kit CLI: hostile and contradictory input', () => {
  const evaluateInput = async (body: unknown) =>
    await run(['evaluate', 'in.json'], { 'in.json': JSON.stringify(body) });
  const oneLineEach = (stderr: string) => {
    for (const line of stderr.trim().split('\n')) {
      expect(line).to.match(/^(\$|config |input |rpc-kit: |warning: )/);
      expect(line).not.to.match(/\bat .*\(.*:\d+:\d+\)/);
    }
  };

  it('refuses answers and a situation that disagree, naming both fields (exit 2)', async () => {
    const r = await evaluateInput({
      answers: { ...safeAnswers(), relationship: 'separated' },
      situation: { relationship: 'together' },
    });
    expect(r.code).to.equal(2);
    expect(r.stdout).to.equal('');
    expect(r.stderr).to.contain(
      '$.situation.relationship: "together" disagrees with answers.relationship ("separated")',
    );
    const quality = {
      frequency: 'daily',
      intensity: 'very-heated',
      resolution: 'never',
      children: 'in-the-middle',
      heard: 'never',
    };
    const q = await evaluateInput({ answers: { ...safeAnswers(), ...quality }, situation: { conflict: 'low' } });
    expect(q.code).to.equal(2);
    expect(q.stderr).to.contain(
      '$.situation.conflict: "low" disagrees with the relationship-quality answers (or answers.conflict) ("high")',
    );
  });

  it('prototype-named keys are errors with their path, never a crash', async () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const r = await run(['evaluate', 'in.json'], {
        'in.json': `{"answers": ${JSON.stringify(safeAnswers())}, "situation": {"${key}": "x"}}`,
      });
      expect(r.code, key).to.equal(2);
      expect(r.stderr, key).to.match(/^\$\.situation/);
      oneLineEach(r.stderr);
    }
  });

  it('deep nesting, long texts and odd values are refused in one line each', async () => {
    const deep = `{"answers": {"danger-now": ${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    const d = await run(['evaluate', 'in.json'], { 'in.json': deep });
    expect(d.code).to.equal(2);
    expect(d.stderr).to.contain('is nested too deeply');
    oneLineEach(d.stderr);
    const long = await evaluateInput({ answers: { ...safeAnswers(), 'danger-now': 'x'.repeat(100_000) } });
    expect(long.code).to.equal(2);
    oneLineEach(long.stderr);
    const v = await run(['validate', 'c.json'], {
      'c.json': `{"pathways": ${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`,
    });
    expect(v.code).to.equal(1);
    oneLineEach(v.stderr);
  });

  it('a 200 KB email, a tel:% link and 10,000 ids are answered at once, never hang', async () => {
    const email = await run(['validate', 'c.json'], {
      'c.json': JSON.stringify({
        contacts: [{ id: 'a', name: 'A', topics: ['general'], email: `a@${'b'.repeat(200_000)}` }],
      }),
    });
    expect(email.code).to.equal(1);
    oneLineEach(email.stderr);
    const tel = await run(['validate', 'c.json'], {
      'c.json': JSON.stringify({ contacts: [{ id: 'a', name: 'A', topics: ['general'], url: 'tel:%' }] }),
    });
    expect(tel.code).to.equal(1);
    expect(tel.stderr).to.contain('$.contacts[0].url');
    const many = Array.from({ length: 10_000 }, (_, i) => `id-${i}`);
    const ids = await run(['validate', 'c.json'], { 'c.json': JSON.stringify({ pathways: { order: many } }) });
    expect(ids.code).to.equal(1);
    expect(ids.stderr.trim().split('\n').length).to.be.below(60);
    oneLineEach(ids.stderr);
  });

  it('a reserved contact id, joint abuse support and a rewritten safety message are refused with their paths', async () => {
    const r = await run(['validate', 'c.json'], {
      'c.json': JSON.stringify({
        contacts: [{ id: 'emergency-999', name: 'Council', phone: '01234 567890', topics: ['emergency'] }],
        pathways: {
          custom: [
            {
              id: 'couples',
              name: 'Couples counselling',
              description: 'For couples',
              formats: ['one-to-one', 'mediation'],
              kind: 'domestic-abuse',
              joint: true,
              access: { phone: '01234 567890' },
            },
          ],
          defaults: { 'domestic-abuse-support': { formats: ['mediation'] } },
        },
        strings: { en: { 'reason.emergency': 'There is no need to call 999' } },
        branding: { tokens: { '--rpc-colour-emergency': '#ffffff', '--rpc-font-size': '0' } },
      }),
    });
    expect(r.code).to.equal(1);
    const lines = r.stderr.trim().split('\n');
    for (const path of [
      '$.contacts[0].id',
      '$.pathways.custom[0].joint',
      '$.pathways.custom[0].formats[1]',
      '$.pathways.defaults.domestic-abuse-support.formats[0]',
      '$.strings.en["reason.emergency"]',
      '$.branding.tokens["--rpc-colour-emergency"]',
      '$.branding.tokens["--rpc-font-size"]',
    ])
      expect(
        lines.some((l) => l.startsWith(`${path}: `)),
        path,
      ).to.equal(true);
    oneLineEach(r.stderr);
  });

  it('warns, and still validates, when an offer reads like couple work but is not marked as joint', async () => {
    const r = await run(['validate', 'c.json'], {
      'c.json': JSON.stringify({
        pathways: {
          allDefaults: false,
          custom: [
            {
              id: 'together-time',
              name: 'Couples counselling',
              description: 'Sessions for both parents together',
              formats: ['one-to-one'],
              kind: 'support',
              joint: false,
              access: { phone: '01234 567890' },
            },
          ],
        },
      }),
    });
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal('c.json: valid (1 warnings)\n');
    expect(r.stderr).to.match(/^warning: \$\.pathways\.custom\[0\]: reads like couple work/);
  });

  it('never prints a stack trace, even when reading a file fails oddly', async () => {
    const code = await runCli(['validate', 'x.json'], {
      readFile: () => {
        throw Object.assign(new Error('boom\n    at somewhere (file.js:1:1)'), { code: 'EIO' });
      },
      stdout: () => undefined,
      stderr: (t) => {
        expect(t.split('\n').filter(Boolean)).to.have.length(1);
      },
    });
    expect(code).to.equal(1);
  });
});

import { expect } from '@open-wc/testing';
import { runCli, USAGE } from '../src/cli/run.js';
import { safeAnswers } from './helpers.js';

function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
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
  it('prints usage for help, and its version', () => {
    expect(run([]).stdout).to.equal(USAGE);
    expect(run(['--help']).code).to.equal(0);
    expect(run(['--version']).stdout).to.equal('9.9.9\n');
    const bad = run(['frobnicate']);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.contain('unknown command "frobnicate"');
  });

  describe('validate', () => {
    it('exits 0 for a valid config', () => {
      const r = run(['validate', 'ok.json'], { 'ok.json': '{"nation": "wales"}' });
      expect(r.code).to.equal(0);
      expect(r.stdout).to.equal('ok.json: valid\n');
    });

    it('exits 1 with one line per problem and its path', () => {
      const r = run(['validate', 'bad.json'], {
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

    it('reports unreadable files and bad JSON in one line', () => {
      const missing = run(['validate', 'nope.json']);
      expect(missing.code).to.equal(1);
      expect(missing.stderr).to.match(/^config nope\.json: cannot read the file/);
      const broken = run(['validate', 'broken.json'], { 'broken.json': '{"nation": ' });
      expect(broken.code).to.equal(1);
      expect(broken.stderr).to.match(/^config broken\.json: not valid JSON/);
      expect(run(['validate']).code).to.equal(2);
      expect(run(['validate', '--strict', 'x']).stderr).to.contain('unknown option --strict');
    });
  });

  describe('questions', () => {
    it('prints the question bank, safety first', () => {
      const r = run(['questions']);
      expect(r.code).to.equal(0);
      const bank = JSON.parse(r.stdout) as { id: string; group: string }[];
      expect(bank[0]!.id).to.equal('danger-now');
      expect(bank.map((q) => q.group)).to.include.members(['safety', 'quality', 'situation']);
    });

    it('filters by tool, words for the audience and speaks Welsh', () => {
      const da = JSON.parse(run(['questions', '--tool', 'da-check', '--audience=practitioner']).stdout) as {
        id: string;
        text: string;
        group: string;
      }[];
      expect(da.every((q) => q.group === 'safety')).to.equal(true);
      expect(da.map((q) => q.id)).to.include('can-disagree-safely');
      expect(da[1]!.text).to.contain('the parent');
      const cy = JSON.parse(run(['questions', '--locale', 'cy']).stdout) as { text: string }[];
      const en = JSON.parse(run(['questions']).stdout) as { text: string }[];
      expect(cy[0]!.text).not.to.equal(en[0]!.text);
      const signposter = JSON.parse(run(['questions', '--tool', 'signposter']).stdout) as { id: string }[];
      expect(signposter.map((q) => q.id)).to.include.members(['relationship', 'conflict']);
    });

    it('rejects unknown tools and audiences', () => {
      expect(run(['questions', '--tool', 'quiz']).code).to.equal(2);
      expect(run(['questions', '--audience', 'child']).stderr).to.contain('--audience must be one of');
      expect(run(['questions', '--tool']).stderr).to.contain('--tool needs a value');
      expect(run(['questions', 'extra']).code).to.equal(2);
    });
  });

  describe('evaluate', () => {
    const input = (answers: Record<string, string>, extra: object = {}) =>
      JSON.stringify({ audience: 'parent', answers, ...extra });

    it('prints the decision as JSON', () => {
      const r = run(['evaluate', 'in.json'], {
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

    it('reads standard input as -', () => {
      const r = run(['evaluate', '-'], { '-': input(safeAnswers({ 'danger-now': 'yes' })) });
      const d = JSON.parse(r.stdout) as { route: string; contacts: { id: string; phone?: string }[] };
      expect(d.route).to.equal('emergency');
      expect(d.contacts[0]!.phone).to.equal('999');
    });

    it('exits 2 naming each missing or unknown safety answer, and prints no decision', () => {
      const answers = safeAnswers({ physical: 'sometimes', strangle: 'no' });
      delete answers.strangled;
      delete answers.threats;
      const r = run(['evaluate', 'in.json'], { 'in.json': input(answers) });
      expect(r.code).to.equal(2);
      expect(r.stdout).to.equal('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).to.have.length(4);
      expect(r.stderr).to.contain('"strangled"');
      expect(r.stderr).to.contain('"threats"');
      expect(r.stderr).to.contain('unknown answer "sometimes" for "physical"');
      expect(r.stderr).to.contain('unknown question id "strangle"');
    });

    it('rejects a bad situation, audience or shape', () => {
      const r = run(['evaluate', 'in.json'], {
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
      expect(run(['evaluate', 'in.json'], { 'in.json': '[]' }).code).to.equal(2);
      expect(run(['evaluate', 'in.json'], { 'in.json': '{}' }).stderr).to.contain('$.answers: is required');
      expect(run(['evaluate', 'in.json'], { 'in.json': '{"answers": {}, "situation": 3}' }).stderr).to.contain(
        '$.situation: must be an object',
      );
      expect(run(['evaluate', 'in.json'], { 'in.json': 'nope' }).code).to.equal(2);
      expect(run(['evaluate']).code).to.equal(2);
      expect(run(['evaluate', 'in.json', '--colour', 'x']).code).to.equal(2);
    });

    it('uses a council config, and refuses an invalid one with its paths', () => {
      const files = {
        'in.json': input(safeAnswers({ afraid: 'yes' })),
        'wales.json': '{"nation": "wales"}',
        'bad.json': '{"nation": "wales", "colour": "red"}',
      };
      const d = JSON.parse(run(['evaluate', 'in.json', '--config', 'wales.json'], files).stdout) as {
        contacts: { id: string }[];
      };
      expect(d.contacts[0]!.id).to.equal('live-fear-free');
      const bad = run(['evaluate', 'in.json', '--config', 'bad.json'], files);
      expect(bad.code).to.equal(1);
      expect(bad.stdout).to.equal('');
      expect(bad.stderr).to.contain('config bad.json: $.colour: is not a known setting');
      expect(run(['evaluate', 'in.json', '--config', 'missing.json'], files).code).to.equal(1);
    });

    it('answers in Welsh with --locale cy', () => {
      const files = { 'in.json': input(safeAnswers()) };
      const en = JSON.parse(run(['evaluate', 'in.json'], files).stdout) as { reasons: string[]; locale: string };
      const cy = JSON.parse(run(['evaluate', 'in.json', '--locale', 'cy'], files).stdout) as {
        reasons: string[];
        locale: string;
      };
      expect(cy.locale).to.equal('cy');
      expect(cy.reasons[0]).not.to.equal(en.reasons[0]);
    });
  });

  it('schema prints the JSON Schema', () => {
    const schema = JSON.parse(run(['schema']).stdout) as { type: string };
    expect(schema.type).to.equal('object');
    expect(run(['schema', 'x']).code).to.equal(2);
  });

  it('contacts lists each contact and warns about unverified ones', () => {
    const r = run(['contacts']);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.contain('national-da-helpline\t0808 2000 247');
    expect(r.stderr).to.contain('warning: mens-advice-line: unverified');
    expect(run(['contacts', 'x']).code).to.equal(2);
  });
});

import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  exportAuditCsv,
  importAuditCsv,
  summarise,
  summaryText,
  type AuditRecord,
  type AuditSummary,
} from '@rpc-kit/rules';
import '../src/practice-audit.js';
import type { RpcPracticeAudit } from '../src/practice-audit.component.js';
import { roundsThatFit, wrapLabel } from '../src/charts.js';
import { ElementHarness } from '../../elements/test/harness.js';

const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(selector));
const settle = (el: RpcPracticeAudit) => new ElementHarness(el).settle();
/** What the element's polite live region says now. */
const said = (el: HTMLElement) => $(el, '.visually-hidden[role="status"]')?.textContent?.trim();

const sample = async (kind: string) => (await fetch(`/docs/examples/audit-${kind}.csv`)).text();
let example: Record<string, unknown>;

before(async () => {
  example = await (await fetch('/docs/examples/northshire.config.json')).json();
});

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

async function audit(mode = 'assessments', attrs: { lang?: string; config?: unknown } = {}): Promise<RpcPracticeAudit> {
  const el = await fixture<RpcPracticeAudit>(
    html`<rpc-practice-audit mode=${mode} lang=${attrs.lang ?? 'en'} .config=${attrs.config}></rpc-practice-audit>`,
  );
  await settle(el);
  return el;
}

const active = (el: RpcPracticeAudit) => el.shadowRoot!.activeElement as HTMLElement | null;
const field = <T extends HTMLElement = HTMLSelectElement>(el: RpcPracticeAudit, name: string) =>
  $<T>(el, `[name="${name}"], #${name}`)!;

async function choose(el: RpcPracticeAudit, name: string, value: string): Promise<void> {
  const select = field(el, name);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settle(el);
}

async function typeInto(el: RpcPracticeAudit, name: string, value: string): Promise<void> {
  const input = field<HTMLInputElement>(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await settle(el);
}

async function add(el: RpcPracticeAudit): Promise<void> {
  $<HTMLButtonElement>(el, 'button.add')!.click();
  await settle(el);
}

const headlineRows = (el: RpcPracticeAudit) =>
  $$(el, '.headline-figure tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

/** The summary in words as the element shows it, one line each, details indented: as the CLI prints it. */
const shownText = (el: RpcPracticeAudit) =>
  $$(el, '.summary-text .line')
    .map((n) => `${n.dataset.level === '1' ? '  ' : ''}${n.textContent!.trim()}\n`)
    .join('');

/** Beforeunload as the browser sends it: does the page ask before it is left? */
function asksBeforeLeaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('<rpc-practice-audit>: entering records', () => {
  it('shows each audit with its title, a warning against personal details, and nothing to summarise yet', async () => {
    for (const [mode, title] of [
      ['assessments', 'Assessment audit'],
      ['referrals', 'Referral panel review'],
      ['uptake', 'Course uptake'],
    ] as const) {
      const el = await audit(mode);
      expect($(el, 'h2')!.textContent).to.equal(title);
      expect($(el, '.privacy')!.textContent).to.contain('Do not enter names or personal details.');
      expect($(el, '.report .empty')).to.exist;
      expect($(el, '.status')!.textContent!.trim()).to.equal('No records yet.');
      expect($<HTMLButtonElement>(el, 'button.save')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    }
  });

  it('adds a record from the keyboard: Enter adds it, focus goes back to the first box, the round stays', async () => {
    const el = await audit();
    field<HTMLInputElement>(el, 'round').focus();
    await sendKeys({ type: '2016 baseline' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('name')).to.equal('score');
    await sendKeys({ type: '4' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'School' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // the first prompt
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.records).to.deep.equal([
      { round: '2016 baseline', team: 'school', score: 4, prompts: ['relationship-asked'] },
    ]);
    expect(active(el)?.getAttribute('name')).to.equal('score');
    expect(field(el, 'score').value).to.equal('');
    expect(field<HTMLInputElement>(el, 'round').value).to.equal('2016 baseline');
    expect(said(el)).to.equal('Record 1 added. Good or above (4 or 5): 1 of 1 (100%).');
    // A second case: Enter on a select adds it too.
    await sendKeys({ type: '0' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Voluntary' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.records[1]).to.deep.equal({ round: '2016 baseline', team: 'voluntary', score: 0, prompts: [] });
    expect(active(el)?.getAttribute('name')).to.equal('score');
    // A third, ending on the case reference box: Enter there adds it (a text box does so natively).
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Police' });
    field<HTMLInputElement>(el, 'ref').focus();
    await sendKeys({ type: 'EH-1043' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.records[2]).to.deep.equal({
      round: '2016 baseline',
      team: 'police',
      score: 1,
      prompts: [],
      ref: 'EH-1043',
    });
    expect(headlineRows(el)).to.deep.equal([['2016 baseline', '1 / 3', '33% (6–79%)']]);
    expect($(el, '.status')!.textContent).to.contain('3 records, not saved.');
    await expect(el).to.be.accessible();
  });

  it('says what is missing beside each box, and refuses a name as a case reference', async () => {
    const el = await audit();
    await add(el);
    expect(el.records).to.deep.equal([]);
    for (const name of ['round', 'score', 'team']) {
      expect(field(el, name).getAttribute('aria-invalid'), name).to.equal('true');
      // Read before the problem: "Error:", as GOV.UK's error messages (not a message's id).
      expect($(el, `#${name}-error`)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Error: A value is needed here.',
      );
      // Shown as GOV.UK shows a problem: the words in red and bold, a red bar and border, the box 44px high.
      const error = getComputedStyle($(el, `#${name}-error`)!);
      expect(error.fontWeight, name).to.equal('700');
      expect(error.color, name).not.to.equal(getComputedStyle($(el, '.lead')!).color);
      expect(getComputedStyle($(el, `[data-field="${name}"]`)!).borderInlineStartWidth, name).to.equal('5px');
      expect(field(el, name).getBoundingClientRect().height, name).to.be.at.least(44);
    }
    expect(active(el)?.getAttribute('name')).to.equal('round');
    expect(said(el)).to.equal('Check the boxes marked: 3 to put right.');
    await expect(el).to.be.accessible();
    await typeInto(el, 'round', '2016 baseline');
    await choose(el, 'score', '3');
    await choose(el, 'team', 'school');
    await typeInto(el, 'ref', 'Jo Bloggs');
    await add(el);
    expect(el.records).to.deep.equal([]);
    expect($(el, '#ref-error')!.textContent).to.contain('Never a name.');
    expect($(el, '#round-error')).to.equal(null);
    await typeInto(el, 'round', '=SUM(A1)');
    await typeInto(el, 'ref', '');
    await add(el);
    expect($(el, '#round-error')!.textContent).to.contain('formulas');
  });

  it('asks for a screen route only after a screen, and a reason only for "another reason"', async () => {
    const el = await audit('referrals', { config: example });
    expect(field(el, 'screen-route').disabled).to.equal(true);
    expect(field(el, 'reason').disabled).to.equal(true);
    // The council's own offer is there to choose; domestic abuse support is not a conflict referral.
    const pathways = [...field(el, 'pathway').options].map((o) => o.value);
    expect(pathways).to.include('northshire-dads-group');
    expect(pathways).not.to.include('domestic-abuse-support');
    await typeInto(el, 'round', '2024 Q3');
    await choose(el, 'team', 'school');
    await choose(el, 'pathway', 'northshire-dads-group');
    await choose(el, 'screened', 'yes');
    expect(field(el, 'screen-route').disabled).to.equal(false);
    await choose(el, 'screen-route', 'unclear');
    await choose(el, 'finding', 'inappropriate-other');
    await choose(el, 'took-up', 'no');
    await add(el);
    expect($(el, '#reason-error')!.textContent).to.contain('Give a reason');
    await choose(el, 'reason', 'higher-need');
    await add(el);
    expect(el.records).to.deep.equal([
      {
        round: '2024 Q3',
        team: 'school',
        pathway: 'northshire-dads-group',
        screened: 'yes',
        screenRoute: 'unclear',
        finding: 'inappropriate-other',
        reason: 'higher-need',
        tookUp: 'no',
      },
    ]);
    // Changing "screened" away from yes clears the route it no longer applies to.
    await choose(el, 'screened', 'yes');
    await choose(el, 'screen-route', 'conflict');
    await choose(el, 'screened', 'no');
    expect(field(el, 'screen-route').value).to.equal('');
    expect($(el, '.records-table')!.textContent).to.contain('Dads Together group');
    expect(shownText(el)).to.contain('Dads Together group 1 of 1 (100%)');
    expect(shownText(el)).to.contain('Referred although the screen showed danger');
    await expect(el).to.be.accessible();
  });

  it('changes a record, and deletes one only after asking, with focus kept in the right place', async () => {
    const el = await audit('uptake');
    el.loadCsv('rpc-audit-v1,uptake\nround,programme,stage\nr1,cope,started\nr1,cope,milestone\n');
    await settle(el);
    $<HTMLButtonElement>(el, '[data-edit="0"]')!.click();
    await settle(el);
    expect($(el, '#entry-heading')!.textContent!.trim()).to.equal('Change record 1');
    expect(field(el, 'programme').value).to.equal('cope');
    expect(field(el, 'stage').value).to.equal('started');
    expect(active(el)?.getAttribute('name')).to.equal('programme');
    await choose(el, 'stage', 'retained');
    expect($(el, 'button.add')!.textContent!.trim()).to.equal('Save changes');
    await add(el);
    expect(el.records[0]).to.deep.equal({ round: 'r1', programme: 'cope', stage: 'retained' });
    expect(active(el)).to.equal($(el, '[data-edit="0"]'));
    expect(said(el)).to.equal('Record 1 changed.');
    expect(el.hasUnsavedChanges).to.equal(true);

    $<HTMLButtonElement>(el, '[data-delete="1"]')!.click();
    await settle(el);
    expect($(el, '[data-record="1"] .confirm')!.textContent).to.contain('Delete record 2?');
    expect(active(el)!.textContent!.trim()).to.equal('No, keep it');
    await expect(el).to.be.accessible();
    active(el)!.click();
    await settle(el);
    expect(el.records.length).to.equal(2);
    expect(active(el)).to.equal($(el, '[data-delete="1"]'));
    $<HTMLButtonElement>(el, '[data-delete="1"]')!.click();
    await settle(el);
    [...$$<HTMLButtonElement>(el, '[data-record="1"] button')].find((b) => b.textContent!.includes('Yes'))!.click();
    await settle(el);
    expect(el.records).to.deep.equal([{ round: 'r1', programme: 'cope', stage: 'retained' }]);
    expect(active(el)).to.equal($(el, '#records-heading'));
    expect(said(el)).to.equal('Record 2 deleted.');
  });

  it('changing a record of another round, then cancelling or saving, leaves the round box as it was', async () => {
    const el = await audit('uptake');
    el.loadCsv('rpc-audit-v1,uptake\nround,programme,stage\n2024-03 baseline,cope,started\n');
    await settle(el);
    await typeInto(el, 'round', '2024-09 follow-up');
    $<HTMLButtonElement>(el, '[data-edit="0"]')!.click();
    await settle(el);
    expect(field<HTMLInputElement>(el, 'round').value).to.equal('2024-03 baseline');
    [...$$<HTMLButtonElement>(el, '.entry button')].find((b) => b.textContent!.trim() === 'Cancel')!.click();
    await settle(el);
    expect(field<HTMLInputElement>(el, 'round').value, 'after Cancel').to.equal('2024-09 follow-up');
    $<HTMLButtonElement>(el, '[data-edit="0"]')!.click();
    await settle(el);
    await choose(el, 'stage', 'retained');
    await add(el);
    expect(el.records[0]).to.deep.equal({ round: '2024-03 baseline', programme: 'cope', stage: 'retained' });
    expect(field<HTMLInputElement>(el, 'round').value, 'after Save changes').to.equal('2024-09 follow-up');
  });

  it('shows ten records at a time, newest first', async () => {
    const el = await audit('uptake');
    const rows = Array.from({ length: 23 }, (_, i) => `r1,cope,started,EH-${i + 1}`).join('\n');
    el.loadCsv(`rpc-audit-v1,uptake\nround,programme,stage,ref\n${rows}\n`);
    await settle(el);
    expect($$(el, '.records-table tbody tr').length).to.equal(10);
    expect($(el, '.records-table tbody tr th')!.textContent).to.equal('23');
    $<HTMLButtonElement>(el, 'button.more')!.click();
    await settle(el);
    expect($$(el, '.records-table tbody tr').length).to.equal(20);
    expect($(el, 'button.more')!.textContent!.trim()).to.equal('Show 3 more');
  });

  it('keeps each audit’s records apart when the page changes the mode', async () => {
    const el = await audit('uptake');
    el.loadCsv(await sample('uptake'));
    el.mode = 'referrals';
    await settle(el);
    expect(el.records.length).to.equal(0);
    el.loadCsv(await sample('referrals'));
    el.mode = 'uptake';
    await settle(el);
    expect(el.records.length).to.equal(135);
    expect($(el, 'h2')!.textContent).to.equal('Course uptake');
  });
});

describe('<rpc-practice-audit>: the summary', () => {
  for (const kind of ['assessments', 'referrals', 'uptake'] as const) {
    it(`${kind}: shows the same summary in words as rpc-kit audit summary prints for the file`, async () => {
      const file = await sample(kind);
      const el = await audit(kind);
      expect(el.loadCsv(file)).to.equal(true);
      await settle(el);
      const read = importAuditCsv(file);
      if (!read.ok) throw new Error('the sample does not read');
      const expected = summaryText(summarise(kind, read.records as never[]) as AuditSummary);
      expect(shownText(el)).to.equal(expected);
      expect(el.summaryText).to.equal(expected);
      expect($(el, '.comparison')!.textContent!.trim()).to.equal(expected.trim().split('\n').at(-1));
      expect($(el, '.status')!.textContent).to.contain('all saved to a file');
      // Every chart is an image with a name and a description, and has a table beside it.
      for (const svg of $$(el, 'svg.chart')) {
        expect(svg.getAttribute('role')).to.equal('img');
        const [title, desc] = svg.getAttribute('aria-labelledby')!.split(' ');
        expect(svg.querySelector(`#${title}`)!.textContent).not.to.equal('');
        expect(svg.querySelector(`#${desc}`)!.textContent).not.to.equal('');
        expect(svg.closest('figure')!.querySelector('table caption')).to.exist;
      }
      // axe is slow on a full report: once is enough (the Welsh test runs it on the referrals).
      if (kind === 'uptake') await expect(el).to.be.accessible();
    });
  }

  it('compares the rounds chosen, in plain words, and the charts follow', async () => {
    const el = await audit('assessments');
    el.loadCsv(await sample('assessments'));
    await settle(el);
    expect($(el, '.comparison')!.textContent).to.contain(
      'good or above rose from 5% (3 of 60) to 31% (18 of 58): up 26 percentage points (95% interval +12 to +39). The change is larger than chance would explain.',
    );
    // The scores chart shows both rounds compared: hatched for the first, solid for the second.
    expect($$(el, '[data-chart="scores"] .group rect.hatched').length).to.equal(6);
    expect($$(el, '[data-chart="scores"] .group rect:not(.hatched)').length).to.equal(6);
    await choose(el, 'compare-from', '2017-03 follow-up');
    expect($(el, '.comparison')!.textContent).to.contain('Choose two different rounds');
    expect(el.summary.comparison).to.equal(undefined);
    await choose(el, 'compare-to', '2016-03 baseline');
    expect($(el, '.comparison')!.textContent).to.contain('good or above fell from 31% (18 of 58) to 5% (3 of 60)');
    expect(el.summary.comparison!.from.round).to.equal('2017-03 follow-up');
  });

  it('with one round, asks for a second one to see a change', async () => {
    const el = await audit('referrals');
    el.loadCsv(
      'rpc-audit-v1,referrals\nround,team,pathway,screened,finding,took-up\nQ1,school,cope,no,appropriate,yes\n',
    );
    await settle(el);
    expect($(el, '.comparison.single')!.textContent).to.contain('Add a second round');
    expect(el.summary.comparison).to.equal(undefined);
  });

  it('speaks Welsh', async () => {
    const el = await audit('referrals', { lang: 'cy' });
    el.loadCsv(await sample('referrals'));
    await settle(el);
    expect($(el, 'h2')!.textContent).to.equal('Adolygiad panel atgyfeirio');
    expect($(el, '.privacy')!.textContent).to.contain('Peidiwch â rhoi enwau na manylion personol.');
    expect($(el, 'label[for="f-team"]')!.textContent).to.equal('Tîm');
    expect($(el, '.comparison')!.textContent).to.contain('Mae’r newid yn fwy nag y gallai siawns ei esbonio.');
    expect($(el, '.report-meta')!.textContent).to.match(
      /Ar \d+ (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}/,
    );
    await expect(el).to.be.accessible();
  });

  it('draws its charts at the width they are shown at, and fits a 320 px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await audit('uptake');
    el.loadCsv(await sample('uptake'));
    await settle(el);
    const drawnWidth = () => Number($(el, 'svg.chart')!.getAttribute('viewBox')!.split(' ')[2]);
    const figure = $(el, '.chart-figure')!;
    await waitUntil(() => Math.abs(drawnWidth() - figure.clientWidth) < 10, 'the charts were not drawn to their width');
    expect(figure.clientWidth).to.be.below(320);
    const wide = (el: RpcPracticeAudit) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
        .filter((n) => !n.closest('.scroll') && n.getBoundingClientRect().right > el.getBoundingClientRect().right + 1)
        .map((n) => `${n.localName}.${n.className}`);
    expect(wide(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    // The other audits' entry rows too (the referrals' long options), with their problems shown.
    for (const mode of ['referrals', 'assessments'] as const) {
      const other = await audit(mode, { config: example });
      await add(other);
      expect(wide(other), mode).to.deep.equal([]);
    }
  });

  it('wraps chart labels on two lines, cutting only what cannot fit', () => {
    expect(wrapLabel('2021 Q4 launch', 8)).to.deep.equal(['2021 Q4', 'launch']);
    expect(wrapLabel('Reached the milestone at last', 8)).to.deep.equal(['Reached', 'the…']);
    expect(wrapLabel('Supercalifragilistic', 6)).to.deep.equal(['Super…']);
    expect(wrapLabel('a b c d', 1, 3)).to.deep.equal(['a', 'b', 'c…']);
  });

  it('prints the report alone, on one A4 page, in black and white', async () => {
    const el = await audit('assessments', { config: example });
    el.loadCsv(await sample('assessments'));
    await settle(el);
    const rules = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText);
    expect(rules.join()).to.match(/size: a4/i);
    await emulateMedia({ media: 'print' });
    await aTimeout(50);
    for (const part of ['.file', '.entry', '.records', '.print', '.in-words', '.compare-rounds', '.privacy'])
      expect($(el, part)!.getClientRects().length, part).to.equal(0);
    expect(getComputedStyle($(el, '.key-figures')!).display).to.equal('block');
    const box = $(el, '.root')!.getBoundingClientRect();
    const mm = 96 / 25.4;
    expect(box.height / mm).to.be.at.most(273);
    expect(getComputedStyle($(el, '.comparison')!).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle($(el, '[data-chart="headline"] .dot')!).fill).to.equal('rgb(0, 0, 0)');
    expect($(el, '.report-meta')!.textContent).to.contain('Northshire Council');
    // Every printed share with its count and base, then its interval: never a bare percentage.
    const cells = $$(el, '.key-figures td').map((td) => td.textContent!.trim());
    expect(cells.length).to.be.greaterThan(3);
    for (const cell of cells) if (cell !== '–') expect(cell).to.match(/^\d+\/\d+: \d+% \(\d+\u2060–\u2060\d+%\)$/);
    el.remove();
    expect([...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).length).to.equal(0);
  });

  it('prints, for referrals, those made against what the screen showed and those still waiting', async () => {
    const el = await audit('referrals', { config: example });
    el.loadCsv(await sample('referrals'));
    await settle(el);
    await emulateMedia({ media: 'print' });
    await aTimeout(50);
    const printed = $(el, '.key-figures')!;
    expect(printed.getClientRects().length).to.be.greaterThan(0);
    // Rows of counts, round by round, after the shares: the headline share first.
    const rows = [...printed.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('th')!.textContent!.trim(),
      ...[...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    ]);
    expect(rows[0]![0]).to.equal('Inappropriate referrals');
    const against = rows.find(([head]) => head!.includes('check these first'));
    const waiting = rows.find(([head]) => head!.startsWith('Not known yet'));
    expect(against, rows.map(([h]) => h).join('|')).to.exist;
    expect(waiting).to.exist;
    for (const row of [against!, waiting!]) for (const cell of row.slice(1)) expect(cell).to.match(/^\d+$/);
    expect(against!.slice(1).some((c) => c !== '0')).to.equal(true);
    for (const row of rows.filter((r) => r !== against && r !== waiting))
      for (const cell of row.slice(1)) if (cell !== '–') expect(cell).to.match(/^\d+\/\d+: /);
    // The headline chart's own table is not printed: its numbers are the first row.
    expect($(el, '.headline-figure .scroll')!.getClientRects().length).to.equal(0);
  });

  /** A sample's records, as `n` rounds of 40 (four: a council three years on). */
  async function fourRounds(kind: string, n = 4): Promise<string> {
    const [head1, head2, ...rows] = (await sample(kind)).trim().split('\n');
    const out = [head1, head2];
    for (let k = 0; k < n; k++)
      for (const row of rows.slice(0, 40))
        out.push(row.replace(/^[^,]*/, `"${2020 + k}-0${(k % 9) + 1} round ${k + 1}"`));
    return `${out.join('\n')}\n`;
  }

  it('prints ten rounds with the key figures of the rounds compared and the latest, and names the others', async () => {
    // The printed width (A4 less 12 mm margins each side), with the test page's own 8 px margins.
    await setViewport({ width: Math.floor((186 * 96) / 25.4) + 16, height: 1000 });
    const el = await audit('referrals', { config: example, lang: 'cy' });
    el.loadCsv(await fourRounds('referrals', 10));
    await settle(el);
    await emulateMedia({ media: 'print' });
    await aTimeout(50);
    // (One page: the outside check prints ten rounds to a PDF and counts its pages.)
    const heads = $$(el, '.key-figures thead th').map((th) => th.textContent!.trim());
    expect(heads.slice(1)).to.deep.equal([
      '2020-01 round 1',
      '2025-06 round 6',
      '2026-07 round 7',
      '2027-08 round 8',
      '2028-09 round 9',
      '2029-01 round 10',
    ]);
    // Each row has a cell for each round shown, and the rounds left out are named.
    for (const tr of $$(el, '.key-figures tbody tr')) expect(tr.querySelectorAll('td').length).to.equal(6);
    const note = $$(el, '.key-figures .earlier')
      .map((p) => p.textContent!)
      .join(' ');
    expect(note).to.contain(
      'Wedi’u gadael allan o’r tabl hwn, i ffitio’r dudalen: 2021-02 round 2, 2022-03 round 3, 2023-04 round 4, 2024-05 round 5.',
    );
    // The headline chart (eight rounds at most, as many as fit its width) has the first round,
    // compared, too, and the latest. (Each label ends with its round's number, whether the chart is
    // wide enough to show it whole or not.)
    const chart = $(el, '[data-chart="headline"]') as SVGSVGElement;
    const fit = Math.min(8, roundsThatFit(chart.viewBox.baseVal.width));
    const labels = $$(el, '[data-chart="headline"] text.label').map((t) => /(\d+)\s*$/.exec(t.textContent!)?.[1]);
    expect(labels).to.deep.equal(['1', ...['4', '5', '6', '7', '8', '9', '10'].slice(1 - fit)]);
    // Each round's share is under its own round: none runs into another's, or past the chart's edge.
    const box = chart.getBoundingClientRect();
    const values = $$(el, '[data-chart="headline"] text.value').map((t) => t.getBoundingClientRect());
    expect(values).to.have.length(fit);
    values.forEach((v, i) => {
      expect(v.left >= box.left && v.right <= box.right, `share ${i} inside the chart`).to.equal(true);
      if (i) expect(v.left, `share ${i} clear of the one before`).to.be.above(values[i - 1]!.right);
    });
    // Nothing wider than the sheet.
    expect($(el, '.root')!.scrollWidth).to.be.at.most($(el, '.root')!.clientWidth + 1);
  });

  it('draws its charts for the printed page whatever the screen, and for larger text, so that their text grows and nothing in them overlaps', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await audit('referrals', { config: example });
    el.loadCsv(await fourRounds('referrals', 10));
    await settle(el);
    const chart = () => $(el, '[data-chart="headline"]') as SVGSVGElement;
    const drawn = () => chart().viewBox.baseVal.width;
    const onPhone = drawn();
    expect(onPhone, 'drawn at its column on a phone').to.be.below(320);
    // Printed from the phone, drawn for the printed page's column (as from any screen), and back after.
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(drawn()).to.equal(410);
    expect($$(el, '[data-chart="headline"] text.value')).to.have.length(6);
    dispatchEvent(new Event('afterprint'));
    await waitUntil(() => drawn() === onPhone, 'back to the phone', { timeout: 2000 });
    // The person's text larger (24 px, not 19): the chart drawn narrower and shown as wide, so its
    // text is larger on screen, and its shares still clear of each other.
    // Measured again at once (a page in the background gets no ResizeObserver report: test pages
    // run side by side), as after printing.
    const measure = () => ['beforeprint', 'afterprint'].forEach((type) => dispatchEvent(new Event(type)));
    await setViewport({ width: 800, height: 800 });
    measure();
    await waitUntil(() => drawn() > onPhone, 'wider', { timeout: 2000 });
    // The panel's findings: each bar's share clear of its neighbour's.
    const shares = $$(el, '[data-chart="findings"] text.value').map((t) => t.getBoundingClientRect());
    expect(shares.length).to.be.above(2);
    shares.forEach((a, i) =>
      shares.slice(i + 1).forEach((b) => {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, 'the shares over the bars clear of each other').to.equal(true);
      }),
    );
    const usual = $(el, '[data-chart="headline"] text.value')!.getBoundingClientRect().height;
    el.style.setProperty('--rpc-font-size', '1.5em');
    measure();
    await waitUntil(
      () => Math.abs(drawn() - (chart().getBoundingClientRect().width * 19) / 24) <= 10,
      'drawn for the larger text',
      { timeout: 2000 },
    );
    await el.updateComplete;
    const values = $$(el, '[data-chart="headline"] text.value').map((t) => t.getBoundingClientRect());
    expect(values[0]!.height, 'larger on screen').to.be.above(usual * 1.15);
    const box = chart().getBoundingClientRect();
    values.forEach((v, i) => {
      expect(v.left >= box.left && v.right <= box.right, `share ${i} inside the chart`).to.equal(true);
      if (i) expect(v.left, `share ${i} clear of the one before`).to.be.above(values[i - 1]!.right);
    });
  });

  for (const lang of ['en', 'cy'])
    it(`prints each kind of audit with four rounds on one A4 page (${lang})`, async () => {
      // The printed width: A4 less 12 mm margins each side.
      // The printed width (A4 less 12 mm margins each side), with the test page's own 8 px margins.
      await setViewport({ width: Math.floor((186 * 96) / 25.4) + 16, height: 1000 });
      for (const kind of ['assessments', 'referrals', 'uptake']) {
        const el = await audit(kind, { config: example, lang });
        el.loadCsv(await fourRounds(kind));
        await settle(el);
        await emulateMedia({ media: 'print' });
        await aTimeout(50);
        const mm = 96 / 25.4;
        expect($(el, '.root')!.getBoundingClientRect().height / mm, kind).to.be.at.most(273);
        if (kind === 'uptake') {
          // The courses' funnel is printed as the key figures of the round it shows, not twice.
          expect($(el, '.kind-figure')!.getClientRects().length).to.equal(0);
          const title = $(el, '.key-figures caption')!.textContent!;
          expect(title).to.contain('2023-04 round 4');
          expect($(el, '.key-figures .earlier')!.getClientRects().length).to.be.greaterThan(0);
          for (const th of $$(el, '.key-figures tbody th')) expect(th.textContent).to.not.contain('round');
        }
        await emulateMedia({ media: 'screen' });
        el.remove();
      }
    });
});

describe('<rpc-practice-audit>: files, and nothing leaving the device', () => {
  /** Opens a file through the file box, as a person choosing it would. */
  async function open(el: RpcPracticeAudit, text: string, name = 'audit.csv'): Promise<void> {
    const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File([text], name, { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await aTimeout(50);
    await settle(el);
  }

  /** Clicks Save and catches the file the browser would download. */
  async function save(el: RpcPracticeAudit): Promise<{ name: string; text: string }> {
    const created: Blob[] = [];
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    let name = '';
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return originalCreate(blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      name = this.download;
    };
    try {
      $<HTMLButtonElement>(el, 'button.save')!.click();
      await settle(el);
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    return { name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  }

  it('saves a CSV file that opens again to the same records and the same summary', async () => {
    const el = await audit('referrals');
    el.loadCsv(await sample('referrals'));
    await settle(el);
    const saved = await save(el);
    expect(saved.name).to.match(/^rpc-audit-referrals-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(saved.text.charCodeAt(0)).to.equal(0xfeff);
    expect(saved.text.slice(1)).to.equal(el.toCsv());
    expect(said(el)).to.contain(`Saved as ${saved.name}. Keep it somewhere safe`);
    const again = await audit('referrals');
    await open(again, saved.text, saved.name);
    expect(again.records).to.deep.equal(el.records);
    expect(shownText(again)).to.equal(shownText(el));
    expect(said(again)).to.equal(`76 records opened from ${saved.name}.`);
  });

  it('asks whether to add a file’s records to the ones there, or replace them', async () => {
    const el = await audit('uptake');
    el.loadCsv('rpc-audit-v1,uptake\nround,programme,stage\nr1,cope,started\n');
    await settle(el);
    const file = 'rpc-audit-v1,uptake\nround,programme,stage\nr2,cope,retained\nr2,cope,enrolled\n';
    await open(el, file);
    expect($(el, '.confirm')!.textContent).to.contain('You already have 1 record here. What should happen to it?');
    expect(active(el)!.textContent!.trim()).to.equal('Add the file’s records to them');
    await expect(el).to.be.accessible();
    active(el)!.click();
    await settle(el);
    expect(el.records.length).to.equal(3);
    expect(el.hasUnsavedChanges).to.equal(true);
    await open(el, file);
    [...$$<HTMLButtonElement>(el, '.confirm button')].find((b) => b.textContent!.includes('Replace'))!.click();
    await settle(el);
    expect(el.records.map((r) => r.round)).to.deep.equal(['r2', 'r2']);
    expect(el.hasUnsavedChanges).to.equal(false);
    await open(el, file);
    [...$$<HTMLButtonElement>(el, '.confirm button')].find((b) => b.textContent!.includes('Cancel'))!.click();
    await settle(el);
    expect(el.records.length).to.equal(2);
  });

  it('adding the same file again leaves out the records already there (by case reference and round), and says so', async () => {
    const el = await audit('uptake');
    const file =
      'rpc-audit-v1,uptake\nround,programme,stage,ref\nr1,cope,started,A1\nr1,cope,retained,A2\nr1,cope,enrolled,\n';
    el.loadCsv(file);
    await settle(el);
    const before = shownText(el);
    await open(el, file);
    active(el)!.click(); // Add the file's records to them
    await settle(el);
    // The two with a case reference are not counted twice; the one without cannot be told apart.
    expect(el.records.length).to.equal(4);
    const note = $(el, '[part="repeated"]')!;
    expect(note.textContent).to.equal(
      '2 records were not added again: their case references were already here for the same round (A1, A2).',
    );
    expect(said(el)).to.contain('1 record opened from');
    expect(shownText(el)).not.to.equal(before);
    await expect(el).to.be.accessible();
    // "R1" and "r1 " are the same round; "r2" is another.
    await open(el, 'rpc-audit-v1,uptake\nround,programme,stage,ref\nR1 ,cope,started,a1\nr2,cope,started,A1\n');
    active(el)!.click();
    await settle(el);
    expect(el.records.length).to.equal(5);
    expect($(el, '[part="repeated"]')!.textContent).to.contain('1 record was not added again');
    // Replacing the records: nothing left out, the note gone.
    await open(el, file);
    [...$$<HTMLButtonElement>(el, '.confirm button')].find((b) => b.textContent!.includes('Replace'))!.click();
    await settle(el);
    expect(el.records.length).to.equal(3);
    expect($(el, '[part="repeated"]')).to.equal(null);
  });

  it('names the course codes the config does not know (a misspelling), counted as courses of their own', async () => {
    const el = await audit('uptake', { config: example });
    el.loadCsv('rpc-audit-v1,uptake\nround,programme,stage\nr1,arguing-beter,started\nr1,cope,started\n');
    await settle(el);
    // Said to a screen reader, as a file opened is.
    expect(said(el)).to.equal('2 records opened.');
    const note = $(el, '[part="unknown-courses"]')!;
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'This code is not one of the pathways in your config, so it is counted as a course of its own: arguing-beter. Check its spelling in the file, or add it to your config.',
    );
    await expect(el).to.be.accessible();
    el.loadCsv('rpc-audit-v1,uptake\nround,programme,stage\nr1,arguing-better,started\nr1,cope,started\n');
    await settle(el);
    expect($(el, '[part="unknown-courses"]')).to.equal(null);
  });

  it('says which rounds have no date when others have one: the rounds are then in the order of their names', async () => {
    const el = await audit('assessments');
    const rows = (rounds: string[]) =>
      `rpc-audit-v1,assessments\nround,team,score\n${rounds.map((r, i) => `${r},school,${i % 6}`).join('\n')}\n`;
    el.loadCsv(rows(['Pilot', '2024-09 follow-up']));
    await settle(el);
    expect(el.summary.rounds.map((r) => r.round)).to.deep.equal(['2024-09 follow-up', 'Pilot']);
    const note = $(el, '[part="undated-rounds"]')!;
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'This round has no date in its name, so the rounds are in the order of their names, not in time order: “Pilot”. Give every round a date, such as “2024-03 baseline”, or none.',
    );
    await expect(el).to.be.accessible();
    // Every round dated: in time order (September before March would be wrong), and no note.
    el.loadCsv(rows(['01/09/2024 follow-up', '15/03/2024 baseline']));
    await settle(el);
    expect(el.summary.rounds.map((r) => r.round)).to.deep.equal(['15/03/2024 baseline', '01/09/2024 follow-up']);
    expect($(el, '[part="undated-rounds"]')).to.equal(null);
    // None dated: the order of their names, and no note.
    el.loadCsv(rows(['Round 10', 'Round 2']));
    await settle(el);
    expect(el.summary.rounds.map((r) => r.round)).to.deep.equal(['Round 2', 'Round 10']);
    expect($(el, '[part="undated-rounds"]')).to.equal(null);
  });

  it('says what is wrong with a file, by row and column, and keeps the records it had', async () => {
    const el = await audit('assessments');
    await open(el, 'rpc-audit-v1,assessments\nround,team,score\nr1,school,7\nr1,teem,2\n');
    const summary = $(el, '.file-problems')!;
    expect(active(el)).to.equal(summary);
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Row 3, column C (score): Must be a whole number from 0 to 5 (found “7”).',
      'Row 4, column B (team): Must be one of: early-help, family-hub, social-care, health-visiting, midwifery, school, early-years, mental-health, police, voluntary, other (found “teem”).',
    ]);
    await expect(el).to.be.accessible();
    await open(el, await sample('uptake'));
    expect($(el, '.file-problems li')!.textContent).to.equal(
      'Row 1, column B: This file holds uptake records; this audit is for assessments.',
    );
    const rows = Array.from({ length: 60 }, () => 'r1,school,9').join('\n');
    await open(el, `rpc-audit-v1,assessments\nround,team,score\n${rows}`);
    expect($$(el, '.file-problems li').at(-1)!.textContent).to.equal('…and 10 more problems.');
    await open(el, 'x'.repeat(5 * 1024 * 1024 + 1));
    expect($(el, '.file-problems li')!.textContent).to.equal(
      'The file is larger than 5 MB: split it into smaller files.',
    );
    expect(el.records).to.deep.equal([]);
    await open(el, await sample('assessments'));
    expect($(el, '.file-problems')).to.equal(null);
  });

  it('asks before the page is left only while records are not saved', async () => {
    const el = await audit('uptake');
    expect(asksBeforeLeaving()).to.equal(false);
    await typeInto(el, 'round', 'r1');
    await choose(el, 'programme', 'cope');
    await choose(el, 'stage', 'started');
    await add(el);
    expect(asksBeforeLeaving()).to.equal(true);
    await save(el);
    expect(asksBeforeLeaving()).to.equal(false);
    $<HTMLButtonElement>(el, '[data-delete="0"]')!.click();
    await settle(el);
    [...$$<HTMLButtonElement>(el, '[data-record="0"] button')].find((b) => b.textContent!.includes('Yes'))!.click();
    await settle(el);
    // Nothing left to lose: no warning.
    expect(asksBeforeLeaving()).to.equal(false);
    el.loadCsv(await sample('uptake'));
    await choose(el, 'programme', 'cope');
    await choose(el, 'stage', 'started');
    await typeInto(el, 'round', 'r9');
    await add(el);
    expect(asksBeforeLeaving()).to.equal(true);
    $<HTMLButtonElement>(el, 'button.clear')!.click();
    await settle(el);
    expect(active(el)!.textContent!.trim()).to.equal('Cancel');
    [...$$<HTMLButtonElement>(el, '.confirm button')].find((b) => b.textContent!.includes('Yes'))!.click();
    await settle(el);
    expect(el.records).to.deep.equal([]);
    expect(asksBeforeLeaving()).to.equal(false);
    el.loadCsv('rpc-audit-v1,uptake\nround,programme,stage\nr1,cope,started\n');
    await typeInto(el, 'round', 'r2');
    await choose(el, 'programme', 'cope');
    await choose(el, 'stage', 'started');
    await add(el);
    expect(asksBeforeLeaving()).to.equal(true);
    el.remove();
    expect(asksBeforeLeaving()).to.equal(false);
  });

  it('stores nothing and sends nothing, and its events carry no records', async () => {
    const text = await sample('assessments');
    const calls: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input));
      return originalFetch(input, init);
    };
    const events: CustomEvent[] = [];
    const record = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('rpc-view', record);
    const before = performance.getEntriesByType('resource').length;
    try {
      const el = await audit('assessments');
      el.loadCsv(text);
      await settle(el);
      await typeInto(el, 'round', '2018-03 second follow-up');
      await choose(el, 'score', '5');
      await choose(el, 'team', 'school');
      await typeInto(el, 'ref', 'EH-9999');
      await add(el);
      await save(el);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(calls).to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length).to.equal(before);
      expect(events.map((e) => e.detail)).to.deep.equal([{ element: 'rpc-practice-audit', mode: 'assessments' }]);
    } finally {
      window.fetch = originalFetch;
      document.removeEventListener('rpc-view', record);
    }
  });

  it('shows the assessment audit when the mode is not one of the three, and says so in the console', async () => {
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await audit('cases');
      expect(el.kind).to.equal('assessments');
      expect($(el, 'h2')!.textContent).to.equal('Assessment audit');
      expect(warnings[0]).to.contain('mode "cases" is not one of assessments, referrals, uptake');
    } finally {
      console.warn = originalWarn;
    }
  });

  it('opens what it saved in another element, whatever the records', async () => {
    const records: AuditRecord[] = [
      { round: 'Round 2, “after”', team: 'school', score: 5, prompts: ['both-views', 'action-in-plan'], ref: 'EH-1' },
      { round: 'Round 10', team: 'other', score: 0, prompts: [] },
    ] as AuditRecord[];
    const el = await audit();
    el.loadCsv(exportAuditCsv('assessments', records as never[]));
    await settle(el);
    const again = await audit();
    again.loadCsv(el.toCsv());
    await settle(again);
    expect(again.records).to.deep.equal(records);
    expect(again.summaryText).to.equal(el.summaryText);
  });
});

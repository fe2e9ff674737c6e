/**
 * The journey planner and the result model: what each element asks, in what order, when a
 * journey stops, and a result that the screen and the referral summary share.
 */
import { expect } from '@open-wc/testing';
import { planJourney, plannedQuestionIds } from '../src/journey/planner.js';
import { journeyResult, referralSummary } from '../src/journey/result.js';
import { formatDate } from '../src/i18n/dates.js';
import { resolveConfig } from '../src/config/validate.js';
import { SAFETY_IDS } from '../src/content/safety.js';
import { QUALITY_IDS } from '../src/content/quality.js';
import { safeAnswers, loadAllContent } from './helpers.js';

const SITUATION = ['relationship', 'stage', 'child-arrangements-dispute'];
/** The signposter also asks how bad the arguing is (the screener works it out from the quality questions). */
const SIGNPOSTER_SITUATION = [...SITUATION, 'conflict'];
const QUALITY = {
  frequency: 'sometimes',
  intensity: 'raised',
  resolution: 'usually',
  children: 'never',
  heard: 'never',
};
const steps = (plan: ReturnType<typeof planJourney>) => plannedQuestionIds(plan);

before(loadAllContent);

describe('journey: the planner', () => {
  it('every journey opens with "is it safe now?", and "no" stops it', () => {
    for (const tool of ['screener', 'da-check', 'signposter'] as const) {
      expect(planJourney(tool, {}).next!.id).to.equal('safe-to-continue');
      const stopped = planJourney(tool, { 'safe-to-continue': 'no', 'danger-now': 'no' });
      expect(stopped.status).to.equal('not-safe');
      expect(stopped.next).to.equal(undefined);
    }
  });

  it('asks the 13 safety questions first, danger now first', () => {
    const plan = planJourney('screener', { 'safe-to-continue': 'yes' });
    expect(steps(plan).slice(1, 14)).to.deep.equal([...SAFETY_IDS]);
    expect(plan.next!.id).to.equal('danger-now');
  });

  it('danger now: stops at once, with nothing else asked', () => {
    for (const tool of ['screener', 'da-check', 'signposter'] as const) {
      const plan = planJourney(tool, { 'safe-to-continue': 'yes', 'danger-now': 'yes' });
      expect(plan.status).to.equal('complete');
      expect(steps(plan)).to.deep.equal(['safe-to-continue', 'danger-now']);
    }
  });

  it('screener: quality and situation questions only after a clear no to every safety question', () => {
    const clear = { 'safe-to-continue': 'yes', ...safeAnswers() };
    expect(steps(planJourney('screener', clear))).to.deep.equal([
      'safe-to-continue',
      ...SAFETY_IDS,
      ...QUALITY_IDS,
      ...SITUATION,
    ]);
    const abuse = { ...clear, afraid: 'yes' };
    expect(steps(planJourney('screener', abuse))).to.deep.equal(['safe-to-continue', ...SAFETY_IDS, 'relationship']);
    const unsure = { ...clear, economic: 'unsure' };
    expect(steps(planJourney('screener', unsure))).not.to.include('frequency');
  });

  it('signposter: situation questions; da-check: safety questions only', () => {
    const clear = { 'safe-to-continue': 'yes', ...safeAnswers() };
    expect(steps(planJourney('signposter', clear))).to.deep.equal([
      'safe-to-continue',
      ...SAFETY_IDS,
      ...SIGNPOSTER_SITUATION,
    ]);
    expect(steps(planJourney('da-check', clear))).to.deep.equal(['safe-to-continue', ...SAFETY_IDS]);
  });

  it('the screened shortcut: practitioners only, and only a clear yes skips the safety questions', () => {
    const base = { 'safe-to-continue': 'yes' };
    const practitioner = { audience: 'practitioner' as const, screened: true };
    expect(planJourney('signposter', base, practitioner).next!.id).to.equal('screened-confirm');
    const yes = planJourney('signposter', { ...base, 'screened-confirm': 'yes' }, practitioner);
    expect(steps(yes)).to.deep.equal(['safe-to-continue', 'screened-confirm', ...SIGNPOSTER_SITUATION]);
    expect(yes.screened).to.equal(true);
    for (const answer of ['no', 'unsure']) {
      const ask = planJourney('signposter', { ...base, 'screened-confirm': answer }, practitioner);
      expect(steps(ask)).to.include.members([...SAFETY_IDS]);
      expect(ask.screened).to.equal(false);
    }
    // A parent never sees it: the page's `screened` does not apply to them.
    const parent = planJourney(
      'signposter',
      { ...base, 'screened-confirm': 'yes' },
      { audience: 'parent', screened: true },
    );
    expect(steps(parent)).not.to.include('screened-confirm');
    expect(parent.next!.id).to.equal('danger-now');
    // Only the signposter has it.
    expect(steps(planJourney('screener', { ...base, 'screened-confirm': 'yes' }, practitioner))).not.to.include(
      'screened-confirm',
    );
  });

  it('an answer that is not one of the options counts as no answer', () => {
    const plan = planJourney('da-check', { 'safe-to-continue': 'yes', 'danger-now': 'maybe' });
    expect(plan.next!.id).to.equal('danger-now');
  });
});

describe('journey: the result', () => {
  it('is the decision for the answers the journey asked, with what was not asked', () => {
    const r = journeyResult(
      'da-check',
      { 'safe-to-continue': 'yes', 'danger-now': 'yes' },
      { audience: 'practitioner' },
    );
    expect(r.decision.route).to.equal('emergency');
    expect(r.asked).to.deep.equal(['danger-now']);
    expect(r.notAsked.map((q) => q.id)).to.deep.equal(SAFETY_IDS.slice(1));
    // Nothing was found about what was never asked.
    expect(r.decision.findings.map((f) => f.id)).to.deep.equal(['danger-now']);
  });

  it('keeps every safety disclosure, even one given before going Back to a practitioner’s confirmation', () => {
    const r = journeyResult(
      'signposter',
      {
        'safe-to-continue': 'yes',
        'screened-confirm': 'yes',
        'danger-now': 'no',
        physical: 'yes',
        relationship: 'together',
      },
      { audience: 'practitioner', screened: true },
    );
    expect(r.decision.route).to.equal('domestic-abuse');
    expect(r.decision.pathways.every((p) => p.safetyClass === 'abuse-support')).to.equal(true);
  });

  it('drops other answers left behind by going Back', () => {
    const r = journeyResult('screener', {
      'safe-to-continue': 'yes',
      ...safeAnswers({ 'danger-now': 'yes' }),
      ...QUALITY,
      relationship: 'separated',
    });
    expect(r.decision.route).to.equal('emergency');
    expect(r.decision.conflictScore).to.equal(null);
    expect(r.asked).not.to.include('frequency');
  });

  it('the practitioner’s screen is named in the reasons, only for a practitioner', () => {
    const answers = { 'safe-to-continue': 'yes', 'screened-confirm': 'yes', relationship: 'together', stage: 'child' };
    const practitioner = journeyResult('signposter', answers, { audience: 'practitioner', screened: true });
    expect(practitioner.screened).to.equal(true);
    expect(practitioner.decision.reasons[0]).to.contain('A practitioner confirmed the family was screened');
    expect(practitioner.decision.route).to.equal('conflict');
    const parent = journeyResult('signposter', answers, { audience: 'parent', screened: true });
    expect(parent.screened).to.equal(false);
    expect(parent.decision.route).to.equal('unclear');
  });

  it('a check that never asks about the family lists every offer that might fit', () => {
    const r = journeyResult('da-check', { 'safe-to-continue': 'yes', ...safeAnswers() }, { audience: 'practitioner' });
    expect(r.decision.route).to.equal('conflict');
    expect(r.decision.pathways.map((p) => p.id)).to.include.members(['arguing-better', 'cope', 'family-hub-support']);
  });

  it('the referral summary lists what the screen shows, dated in the element’s language', () => {
    const config = resolveConfig({ nation: 'wales' });
    const r = journeyResult(
      'screener',
      { 'safe-to-continue': 'yes', ...safeAnswers({ controlling: 'yes' }), relationship: 'separated' },
      { audience: 'practitioner', locale: 'cy' },
      config,
    );
    const text = referralSummary(r, config.strings, new Date(2026, 10, 24));
    expect(text).to.contain('24 Tachwedd 2026');
    expect(text).to.contain('Llinell Gymorth Byw Heb Ofn: 0808 80 10 800');
    for (const p of r.decision.pathways) expect(text).to.contain(`- ${p.name}`);
    expect(formatDate(new Date(2026, 0, 5), 'en-GB')).to.equal('5 January 2026');
  });

  it('says it was safe to talk, and what else was asked and answered with no concern, with the safe answer to disagreeing safely', () => {
    const r = journeyResult(
      'da-check',
      { 'safe-to-continue': 'yes', ...safeAnswers({ controlling: 'yes', afraid: 'unsure' }) },
      { audience: 'practitioner' },
    );
    expect(r.safeToTalk).to.equal(true);
    const clear = r.clear.map((q) => q.id);
    expect(clear).not.to.include.members(['controlling', 'afraid']);
    expect(clear).to.include.members(['danger-now', 'can-disagree-safely']);
    expect(clear.length).to.equal(r.asked.filter((id) => SAFETY_IDS.includes(id)).length - 2);
    const lines = referralSummary(r, {}, new Date(2026, 10, 24)).split('\n');
    expect(lines[2]).to.equal('Safe to talk when asked: Yes');
    const also = lines.find((l) => l.startsWith('Also asked, with no concern in the answer: '))!;
    expect(also).to.contain('danger right now; ');
    expect(also).not.to.contain('feeling afraid');
    expect(lines.indexOf(also)).to.be.above(lines.indexOf('Indicators:'));
    expect(lines.indexOf(also)).to.be.below(lines.indexOf('Reasons:'));
    const welsh = journeyResult(
      'da-check',
      { 'safe-to-continue': 'yes', ...safeAnswers() },
      {
        audience: 'practitioner',
        locale: 'cy',
      },
    );
    const text = referralSummary(welsh, {}, new Date(2026, 10, 24));
    expect(text).to.contain('Diogel i siarad pan ofynnwyd: Ydy');
    expect(text).to.contain('Gofynnwyd hefyd, heb bryder yn yr ateb: ');
  });

  it('after danger now "yes", says nothing was asked with no concern: only what was not asked', () => {
    const r = journeyResult(
      'da-check',
      { 'safe-to-continue': 'yes', 'danger-now': 'yes' },
      { audience: 'practitioner' },
    );
    expect(r.clear).to.deep.equal([]);
    expect(referralSummary(r)).not.to.contain('Also asked');
    expect(referralSummary(r)).to.contain('Not asked (help was given first)');
  });

  it('after Back and danger now changed to "yes", the "no" answers left behind are not asked, never "no concern"', () => {
    const answers = { 'safe-to-continue': 'yes', ...safeAnswers({ controlling: 'yes' }), 'danger-now': 'yes' };
    const r = journeyResult('da-check', answers, { audience: 'practitioner' });
    expect(r.decision.route).to.equal('emergency');
    expect(r.clear).to.deep.equal([]);
    // The disclosure given before the change still counts; the clear answers are to be asked again.
    expect(r.decision.findings.map((f) => f.id)).to.include('controlling');
    expect(r.notAsked.map((q) => q.id)).to.include.members(['afraid', 'physical']);
    expect(r.notAsked.map((q) => q.id)).not.to.include('controlling');
    expect(referralSummary(r)).not.to.contain('Also asked');
  });

  it('lists what was found grouped by the Act’s category, as on screen, each line starting with a capital', () => {
    const r = journeyResult(
      'da-check',
      safeAnswers({ controlling: 'yes', economic: 'yes', monitoring: 'yes', 'own-behaviour': 'unsure' }),
      { audience: 'practitioner' },
    );
    const lines = referralSummary(r).split('\n');
    const found = lines.slice(lines.indexOf('Indicators:') + 1, lines.indexOf('Reasons:'));
    const categories = found.map((l) => l.replace(/^- /, '').split(':')[0]);
    // Each category once, together.
    expect(categories.filter((c, i) => categories.indexOf(c) !== i && categories[i - 1] !== c)).to.deep.equal([]);
    expect(
      found.some((l) => /^- [A-Z].*\(not sure\)$/.test(l)),
      found.join('|'),
    ).to.equal(true);
    expect(found.filter((l) => /^- [a-z]/.test(l))).to.deep.equal([]);
  });
});

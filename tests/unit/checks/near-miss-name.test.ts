import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf, onlyFlag } from '../support';

describe('near-miss-name', () => {
  it('fires (medium) for a one-letter misspelling of a known organisation', async () => {
    const sentence = 'Students at the Bremmerton Polytechnic Institute built the new flood sensors.';
    const report = await checkPage({
      paragraphs: [sentence, 'The sensors report water levels every minute.'],
      list: { organizations: [{ id: 'bpi', name: 'Bremerton Polytechnic Institute' }] },
    });
    const flag = onlyFlag(report, 'near-miss-name');
    expect(flag.severity).toBe('medium');
    expect(flag.excerpt).toBe(sentence);
    expect(flag.message).toContain('"Bremerton Polytechnic Institute"');
  });

  it('fires for a misspelt known person, and does not also call them an unknown speaker', async () => {
    const sentence = '“We were lucky this time,” said Katarzyna Wilczeck, who chairs the county flood board.';
    const report = await checkPage({ paragraphs: ['The river crested overnight.', sentence], list: { people: [{ id: 'kw', name: 'Katarzyna Wilczek' }] } });
    const flag = onlyFlag(report, 'near-miss-name');
    expect(flag.excerpt).toBe(sentence);
    expect(flag.message).toContain('known person "Katarzyna Wilczek"');
    expect(flagsOf(report, 'unknown-speaker')).toEqual([]);
  });

  it('fires for a host domain that wears a known outlet’s name', async () => {
    const report = await checkPage({ url: 'https://reuters-dailywire.example/world/x', paragraphs: ['The river crested overnight.', 'Repairs start next week.'] });
    const flag = onlyFlag(report, 'near-miss-name');
    expect(flag.excerpt).toBe('reuters-dailywire.example');
    expect(flag.message).toContain('reuters.com');
  });

  it('does not fire for Austria against a known "… of Australia", though a real typo of it does', async () => {
    const list = { organizations: [{ id: 'tca', name: 'Trade Council of Australia' }] };
    const austria = await checkPage({ paragraphs: ['Officials from the Trade Council of Austria visited the harbour on Monday.', 'They toured the grain terminal.'], list });
    expect(flagsOf(austria, 'near-miss-name')).toEqual([]);
    const typo = await checkPage({ paragraphs: ['Officials from the Trade Council of Australya visited the harbour on Monday.', 'They toured the grain terminal.'], list });
    expect(flagsOf(typo, 'near-miss-name')).toHaveLength(1);
  });

  it('does not fire for two distinct known people whose names differ by a letter (Wang Jun / Wang Jin)', async () => {
    const report = await checkPage({
      paragraphs: ['The river crested overnight.', '“We were lucky this time,” said Wang Jin, a flood board member.', '“The next storm may be worse,” said Wang Jun, a meteorologist.'],
      list: { people: [{ id: 'wang-jun', name: 'Wang Jun' }, { id: 'wang-jin', name: 'Wang Jin' }] },
    });
    expect(flagsOf(report, 'near-miss-name')).toEqual([]);
    expect(report.attributions.map((a) => a.personId)).toEqual(['wang-jin', 'wang-jun']);
  });

  it('does not treat an unknown short given name as a misspelling of a known one (Wang Jin vs known Wang Jun)', async () => {
    const report = await checkPage({
      paragraphs: ['The river crested overnight.', '“We were lucky this time,” said Wang Jin, a flood board member.'],
      list: { people: [{ id: 'wang-jun', name: 'Wang Jun' }] },
    });
    expect(flagsOf(report, 'near-miss-name')).toEqual([]);
    expect(flagsOf(report, 'unknown-speaker')).toHaveLength(1);
  });
});

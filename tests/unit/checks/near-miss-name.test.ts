import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf, onlyFlag } from '../support';

const CALM = 'The river crested overnight.';
const AFTER = 'Repairs start next week.';

/** A small list of fictional bodies and people, with the affiliations the context rules read. */
const LIST = {
  organizations: [
    { id: 'bpi', name: 'Bremerton Polytechnic Institute' },
    { id: 'nha', name: 'Northway Highways Agency' },
    { id: 'cgr', name: 'Center for Grid Resilience' },
    { id: 'vwi', name: 'Valley Water Institute' },
    { id: 'hfb', name: 'Harbor Flood Board' },
    { id: 'tca', name: 'Trade Council of Australia' },
    { id: 'bsk', name: 'Bank of Slovakia' },
    { id: 'mitre', name: 'MITRE' },
  ],
  people: [
    { id: 'kw', name: 'Katarzyna Wilczek', affiliations: [{ organization: 'Harbor Flood Board', title: 'chair' }] },
    { id: 'ta', name: 'Tom Ashworth', affiliations: [{ organization: 'Northway Highways Agency', title: 'chief engineer' }] },
    { id: 'jo', name: 'Jane Okafor', affiliations: [{ organization: 'Center for Grid Resilience', title: 'director' }] },
  ],
};

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
    expect(flag.message).toContain('"bremmerton" for "bremerton"');
  });

  it('fires for a misspelt known person, and does not also call them an unknown speaker', async () => {
    const sentence = '“We were lucky this time,” said Katarzyna Wilczeck, who chairs the county flood board.';
    const report = await checkPage({ paragraphs: [CALM, sentence], list: { people: [{ id: 'kw', name: 'Katarzyna Wilczek' }] } });
    const flag = onlyFlag(report, 'near-miss-name');
    expect(flag.excerpt).toBe(sentence);
    expect(flag.message).toContain('known person "Katarzyna Wilczek"');
    expect(flagsOf(report, 'unknown-speaker')).toEqual([]);
  });

  it('fires for a wrong syllable in a known university named as an affiliation (starter list)', async () => {
    const sentence = 'Lin Yun, a professor at Shanghai Jia Tong University, expects attackers to gain an edge.';
    const report = await checkPage({ paragraphs: [CALM, sentence] });
    const flag = onlyFlag(report, 'near-miss-name');
    expect(flag.message).toContain('"Shanghai Jiao Tong University"');
    expect(flag.excerpt).toBe(sentence);
  });

  describe('people, decided with the whole name and its context', () => {
    it.each([
      ['a swapped pair of letters in the surname', '“The deck is sound,” said Tom Ashwroth, chief engineer at the Northway Highways Agency.', 'Tom Ashworth'],
      ['a changed letter, backed by the known affiliation', '“The grid held,” said Jane Okafur, director of the Center for Grid Resilience.', 'Jane Okafor'],
      ['a misspelt affiliation that still matches theirs', '“The grid held,” said Jane Okafur, director of the Center for Grid Resilliance.', 'Jane Okafor'],
    ])('fires for %s', async (_why, sentence, known) => {
      const report = await checkPage({ paragraphs: [CALM, sentence, AFTER], list: LIST });
      const flag = onlyFlag(report, 'near-miss-name');
      expect(flag.message).toContain(`known person "${known}"`);
      expect(flagsOf(report, 'unknown-speaker')).toEqual([]);
    });

    it('says when the affiliation backs it', async () => {
      const report = await checkPage({ paragraphs: [CALM, '“The grid held,” said Jane Okafur, director of the Center for Grid Resilience.', AFTER], list: LIST });
      expect(onlyFlag(report, 'near-miss-name').message).toContain('same body');
    });

    it.each([
      ['a changed letter with no affiliation to back it', '“The grid held,” said Jane Okafur, a local resident.'],
      ['a close name placed at another known body', '“We were lucky,” said Katarzyna Wilczeck, a hydrologist at the Valley Water Institute.'],
      ['a given name a letter away (Paula/Paul) from a known person (starter list)', '“Prices will rise,” said Paula Dean, a shop owner.'],
      ['a person who shares a surname with a known one', '“Prices will rise,” said Mark Ashworth, a shop owner.'],
      ['a short given name a letter away (Zhang Lin / Zhang Li, starter list)', '“Prices will rise,” said Zhang Lin, a shop owner.'],
    ])('does not fire for %s, which stays an unknown speaker', async (_why, sentence) => {
      const report = await checkPage({ paragraphs: [CALM, sentence, AFTER], list: LIST });
      expect(flagsOf(report, 'near-miss-name')).toEqual([]);
      expect(flagsOf(report, 'unknown-speaker')).toHaveLength(1);
    });

    it('does not fire when the close name belongs to a known person too', async () => {
      const list = { people: [...LIST.people, { id: 'kw2', name: 'Katarzyna Wilczeck' }] };
      const report = await checkPage({ paragraphs: [CALM, '“We were lucky,” said Katarzyna Wilczeck, who chairs the flood board.', AFTER], list });
      expect(flagsOf(report, 'near-miss-name')).toEqual([]);
      expect(report.attributions[0]?.personId).toBe('kw2');
    });

    it('does not fire when the differing word is a word of another known name', async () => {
      const list = { people: [...LIST.people, { id: 'la', name: 'Lena Ashwroth' }] };
      const report = await checkPage({ paragraphs: [CALM, '“The deck is sound,” said Tom Ashwroth, a passer-by.', AFTER], list });
      expect(flagsOf(report, 'near-miss-name')).toEqual([]);
    });

    it('fires for a byline that misspells a journalist known at this outlet', async () => {
      const report = await checkPage({
        url: 'https://www.harborcitycourier.com/news/2026/03/20/x/',
        page: { author: 'Ray Castilo' },
        paragraphs: [CALM, AFTER],
        list: {
          outlets: [{ id: 'hcc', name: 'Harbor City Courier', domains: ['harborcitycourier.com'], kind: 'news' }],
          people: [{ id: 'rc', name: 'Ray Castillo', affiliations: [{ organization: 'Harbor City Courier' }] }],
        },
      });
      expect(onlyFlag(report, 'near-miss-name').message).toContain('known person "Ray Castillo"');
    });
  });

  describe('organisations that merely look alike', () => {
    it('does not fire for Austria against a known "… of Australia", though a real typo of it does', async () => {
      const austria = await checkPage({ paragraphs: ['Officials from the Trade Council of Austria visited the harbour on Monday.', 'They toured the grain terminal.'], list: LIST });
      expect(flagsOf(austria, 'near-miss-name')).toEqual([]);
      const typo = await checkPage({ paragraphs: ['Officials from the Trade Council of Australya visited the harbour on Monday.', 'They toured the grain terminal.'], list: LIST });
      expect(flagsOf(typo, 'near-miss-name')).toHaveLength(1);
    });

    it.each([
      ['Slovenia for a known Slovakia', 'Officials from the Bank of Slovenia visited the harbour on Monday.'],
      ['a short acronym (MIT) beside a known longer one (MITRE)', 'Researchers at MIT and the Massachusetts Institute of Technology built the sensors.'],
      ['a body that is itself known though close to another', 'Students at the Bremerton Polytechnic Institute built the new flood sensors.'],
    ])('does not fire for %s', async (_why, sentence) => {
      const report = await checkPage({ paragraphs: [sentence, 'They toured the grain terminal.'], list: LIST });
      expect(flagsOf(report, 'near-miss-name')).toEqual([]);
    });

    it('does not fire for a near miss of an organisation that is itself in a list', async () => {
      const list = { organizations: [...LIST.organizations, { id: 'bpi2', name: 'Bremmerton Polytechnic Institute' }] };
      const report = await checkPage({ paragraphs: ['Students at the Bremmerton Polytechnic Institute built the new flood sensors.', AFTER], list });
      expect(flagsOf(report, 'near-miss-name')).toEqual([]);
    });
  });

  it('does not fire for two distinct known people whose names differ by a letter (Wang Jun / Wang Jin)', async () => {
    const report = await checkPage({
      paragraphs: [CALM, '“We were lucky this time,” said Wang Jin, a flood board member.', '“The next storm may be worse,” said Wang Jun, a meteorologist.'],
      list: { people: [{ id: 'wang-jun', name: 'Wang Jun' }, { id: 'wang-jin', name: 'Wang Jin' }] },
    });
    expect(flagsOf(report, 'near-miss-name')).toEqual([]);
    expect(report.attributions.map((a) => a.personId)).toEqual(['wang-jin', 'wang-jun']);
  });

  it('does not treat an unknown short given name as a misspelling of a known one (Wang Jin vs known Wang Jun)', async () => {
    const report = await checkPage({
      paragraphs: [CALM, '“We were lucky this time,” said Wang Jin, a flood board member.'],
      list: { people: [{ id: 'wang-jun', name: 'Wang Jun' }] },
    });
    expect(flagsOf(report, 'near-miss-name')).toEqual([]);
    expect(flagsOf(report, 'unknown-speaker')).toHaveLength(1);
  });

  describe('host domains (starter list outlets)', () => {
    it.each([
      ['known label plus words', 'https://reuters-dailywire.example/world/x', 'reuters.com', 'reuters-dailywire.example'],
      ['known label plus words', 'https://www.reuters-worldnews.co/world/x', 'reuters.com', 'www.reuters-worldnews.co'],
      ['a three-letter label plus words and digits', 'https://bbc-news24.net/world/x', 'bbc.com', 'bbc-news24.net'],
      ['a misspelt label', 'https://www.reutres.com/world/x', 'reuters.com', 'www.reutres.com'],
      ['a known domain under another ending', 'https://www.nytimes.com.co/2026/05/02/x.html', 'nytimes.com', 'www.nytimes.com.co'],
      ['a known domain in front of another domain', 'https://reuters.com.world-news.info/x', 'reuters.com', 'reuters.com.world-news.info'],
    ])('fires for %s: %s', async (_why, url, knownDomain, host) => {
      const report = await checkPage({ url, paragraphs: [CALM, AFTER] });
      const flag = onlyFlag(report, 'near-miss-name');
      expect(flag.excerpt).toBe(host);
      expect(flag.message).toContain(knownDomain);
    });

    it.each([
      ['a known outlet', 'https://www.bbc.co.uk/news/articles/x'],
      ['a known outlet on a shared portal', 'https://abcnews.go.com/US/x'],
      ['an unknown site that only shares a portal label', 'https://go-outdoors.example/x'],
      ['an unknown site with no known name in it', 'https://harbor-dailywire.example/x'],
      ['an unknown site one letter from a short label', 'https://bbcc.example/x'],
      ['a known outlet’s section subdomain', 'https://edition.cnn.com/x'],
    ])('does not fire for %s: %s', async (_why, url) => {
      const report = await checkPage({ url, paragraphs: [CALM, AFTER] });
      expect(flagsOf(report, 'near-miss-name')).toEqual([]);
    });
  });
});

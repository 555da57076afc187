import 'fake-indexeddb/auto';
import type { DBCore, DBCoreTable } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../scripts/lib/node-db';
import type { SourcecheckDB } from '../../utils/db/schema';
import { deleteEntries, historyFacets, matchesFilters, queryHistory, queryStart, rowsByUrl, searchTerms, type HistoryFilters } from '../../utils/history/history-query';
import { historyRow } from '../../utils/history/history-row';
import { saveChecked, setReview } from '../../utils/history/save-entry';
import type { Flag, Report } from '../../utils/report';
import { reportFor } from '../helpers/report';

const flag = (kind: Flag['kind'], severity: Flag['severity'], excerpt: string): Flag => ({ kind, severity, message: `${kind}.`, excerpt });

const report = reportFor;

/** Five checked articles of different verdicts, outlets, lists, flags and days. */
const ARTICLES: [Report, string][] = [
  [
    report('https://wired.example/imagined', {
      verdict: 'unverifiable',
      article: { title: 'AI experts call for global collaboration', wordCount: 700 },
      outlet: { status: 'known', name: 'TechPulse Daily', list: 'CRED-1' },
      flags: [flag('self-disclosed-fabrication', 'high', 'This article is imagined.'), flag('unknown-speaker', 'medium', '"Trust," said Dr. Ana Ruiz.')],
    }),
    '2026-11-20T09:00:00Z',
  ],
  [
    report('https://farm.example/alliance', {
      verdict: 'unverifiable',
      article: { title: 'China seeks global AI management alliance', wordCount: 900 },
      outlet: { status: 'known', name: 'Global Brief Now', list: 'Wikipedia perennial sources' },
      flags: [flag('outlet-warning', 'high', 'globalbriefnow.com is a content farm.'), flag('anonymous-attribution', 'low', 'Experts say the alliance is new.')],
    }),
    '2026-11-21T09:00:00Z',
  ],
  [
    report('https://cyberscoop.example/geneva', {
      verdict: 'mixed',
      article: { title: 'US and China hold AI talks in Geneva', wordCount: 800 },
      outlet: { status: 'known', name: 'CyberScoop', list: 'Starter list' },
      flags: [flag('unknown-speaker', 'medium', '"We are talking," said Lin Wei.')],
    }),
    '2026-11-22T09:00:00Z',
  ],
  [
    report('https://cyberscoop.example/quiet', {
      verdict: 'verified',
      article: { title: 'A quiet week in Geneva', wordCount: 500 },
      outlet: { status: 'known', name: 'CyberScoop', list: 'Starter list' },
      flags: [flag('uncited-figure', 'low', 'Some 40,000 people attended.')],
    }),
    '2026-11-23T09:00:00Z',
  ],
  [
    report('https://pressbeacon.example/plant', {
      verdict: 'unverifiable',
      article: { title: 'SolarVane opens new panel plant: 300 jobs', wordCount: 400 },
      flags: [flag('generation-artifact', 'high', 'The plant, led by [CEO Name], opens.'), flag('unknown-outlet', 'medium', 'pressbeacon.example is in no list.')],
    }),
    '2026-11-23T12:00:00Z',
  ],
];

let db: SourcecheckDB;
/** The index each read of the reports table went through ('' for the primary key). */
let indexesRead: string[];

beforeEach(async () => {
  db = openNodeDb();
  indexesRead = [];
  db.use({
    stack: 'dbcore',
    name: 'index-spy',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'reports') return table;
        return {
          ...table,
          query: (req) => (indexesRead.push(req.query.index.name ?? ''), table.query(req)),
          openCursor: (req) => (indexesRead.push(req.query.index.name ?? ''), table.openCursor(req)),
        };
      },
    }),
  });
  for (const [r, at] of ARTICLES) await saveChecked(db, r, new Date(at));
  await setReview(db, 'https://farm.example/alliance', { reviewed: true, note: 'Content farm, confirmed.' });
  indexesRead = [];
});
afterEach(() => db.close());

const urls = async (filters: HistoryFilters) => (await queryHistory(db, filters)).map((row) => row.url);

describe('history query', () => {
  it('gives everything newest first without filters, reading the time index', async () => {
    expect(await urls({})).toEqual([
      'https://pressbeacon.example/plant',
      'https://cyberscoop.example/quiet',
      'https://cyberscoop.example/geneva',
      'https://farm.example/alliance',
      'https://wired.example/imagined',
    ]);
    expect(indexesRead).toEqual(['checkedAt']);
  });

  it('filters by verdict through the verdict index', async () => {
    expect(await urls({ verdict: 'unverifiable' })).toEqual(['https://pressbeacon.example/plant', 'https://farm.example/alliance', 'https://wired.example/imagined']);
    expect(indexesRead).toEqual(['verdict']);
    expect(await urls({ verdict: 'not-article' })).toEqual([]);
  });

  it('filters by flag kind through the multi-entry index, each article once', async () => {
    expect(await urls({ flagKind: 'unknown-speaker' })).toEqual(['https://cyberscoop.example/geneva', 'https://wired.example/imagined']);
    expect(indexesRead).toEqual(['flagKinds']);
    expect(await urls({ flagKind: 'contradicted-claim' })).toEqual([]);
  });

  it('filters by outlet and by list', async () => {
    expect(await urls({ outlet: 'CyberScoop' })).toEqual(['https://cyberscoop.example/quiet', 'https://cyberscoop.example/geneva']);
    expect(indexesRead).toEqual(['outlet.name']);
    expect(await urls({ list: 'CRED-1' })).toEqual(['https://wired.example/imagined']);
    expect(indexesRead).toEqual(['outlet.name', 'outlet.list']);
  });

  it('filters by the time checked: from inclusive, to exclusive', async () => {
    expect(await urls({ from: '2026-11-21T09:00:00.000Z', to: '2026-11-23T09:00:00.000Z' })).toEqual(['https://cyberscoop.example/geneva', 'https://farm.example/alliance']);
    expect(indexesRead).toEqual(['checkedAt']);
    expect(await urls({ from: '2026-11-23T00:00:00.000Z' })).toEqual(['https://pressbeacon.example/plant', 'https://cyberscoop.example/quiet']);
    expect(await urls({ to: '2026-11-21T00:00:00.000Z' })).toEqual(['https://wired.example/imagined']);
  });

  it('searches titles and flagged sentences by the start of every word, folded, through the longest word', async () => {
    expect(await urls({ search: 'geneva' })).toEqual(['https://cyberscoop.example/quiet', 'https://cyberscoop.example/geneva']);
    expect(indexesRead).toEqual(['words']);
    // Every word must start some word of the article: "talks" narrows "Geneva" to one.
    expect(await urls({ search: 'GENÈVA tal' })).toEqual(['https://cyberscoop.example/geneva']);
    // Words of flagged sentences count, not only titles; punctuation and case are folded away.
    expect(await urls({ search: '[ceo name]' })).toEqual(['https://pressbeacon.example/plant']);
    expect(await urls({ search: 'ruiz' })).toEqual(['https://wired.example/imagined']);
    // A prefix of a word matches, the middle of one does not.
    expect(await urls({ search: 'collab' })).toEqual(['https://wired.example/imagined']);
    expect(await urls({ search: 'llab' })).toEqual([]);
    // A search with no word in it filters nothing.
    expect(await urls({ search: ' — ' })).toHaveLength(5);
  });

  it('keeps only flagged articles (a high or medium flag) when asked', async () => {
    expect(await urls({ flaggedOnly: true })).toEqual([
      'https://pressbeacon.example/plant',
      'https://cyberscoop.example/geneva',
      'https://farm.example/alliance',
      'https://wired.example/imagined',
    ]);
  });

  it('filters by review', async () => {
    expect(await urls({ reviewed: 'yes' })).toEqual(['https://farm.example/alliance']);
    expect(await urls({ reviewed: 'no' })).toHaveLength(4);
  });

  it('combines every filter, starting from the most selective index', async () => {
    const filters: HistoryFilters = { search: 'ai', flagKind: 'outlet-warning', verdict: 'unverifiable', list: 'Wikipedia perennial sources', reviewed: 'yes', flaggedOnly: true, from: '2026-11-01T00:00:00.000Z' };
    expect(await urls(filters)).toEqual(['https://farm.example/alliance']);
    expect(indexesRead).toEqual(['words']);
    expect(await urls({ ...filters, reviewed: 'no' })).toEqual([]);
    expect(await urls({ ...filters, search: undefined, outlet: 'Global Brief Now' })).toEqual(['https://farm.example/alliance']);
    expect(indexesRead).toEqual(['words', 'words', 'flagKinds']);
    expect(await urls({ verdict: 'unverifiable', outlet: 'TechPulse Daily' })).toEqual(['https://wired.example/imagined']);
    expect(indexesRead.at(-1)).toBe('verdict');
  });
});

describe('query plan and filters, pure', () => {
  it('starts from search words, then flag kind, verdict, outlet, list, else the time', () => {
    expect(queryStart({ search: 'x', flagKind: 'unknown-outlet', verdict: 'mixed' })).toBe('words');
    expect(queryStart({ search: '!!', flagKind: 'unknown-outlet', verdict: 'mixed' })).toBe('flagKinds');
    expect(queryStart({ verdict: 'mixed', outlet: 'A', list: 'B' })).toBe('verdict');
    expect(queryStart({ outlet: 'A', list: 'B', from: '2026' })).toBe('outlet.name');
    expect(queryStart({ list: 'B', reviewed: 'yes' })).toBe('outlet.list');
    expect(queryStart({ from: '2026', flaggedOnly: true })).toBe('checkedAt');
  });

  it('folds the search and asks the index about its longest word', () => {
    expect(searchTerms('The Geneva AI talks, AI')).toEqual(['geneva', 'talks', 'ai']);
    expect(searchTerms(undefined)).toEqual([]);
  });

  it('checks a row against each filter', () => {
    const row = historyRow({ ...ARTICLES[0]![0], checkedAt: '2026-11-20T09:00:00.000Z' });
    expect(matchesFilters(row, {})).toBe(true);
    expect(matchesFilters(row, { verdict: 'unverifiable', flagKind: 'unknown-speaker', outlet: 'TechPulse Daily', list: 'CRED-1', search: 'glob ai', flaggedOnly: true, reviewed: 'no' })).toBe(true);
    expect(matchesFilters(row, { verdict: 'mixed' })).toBe(false);
    expect(matchesFilters(row, { reviewed: 'yes' })).toBe(false);
    expect(matchesFilters({ ...row, review: { reviewed: false, note: 'Draft.', reviewedAt: '2026-11-21T00:00:00.000Z' } }, { reviewed: 'no' })).toBe(true);
    expect(matchesFilters(row, { to: '2026-11-20T09:00:00.000Z' })).toBe(false);
    expect(matchesFilters(row, { from: '2026-11-20T09:00:00.000Z' })).toBe(true);
  });
});

describe('facets and changes', () => {
  it('lists the outlets, lists, flag kinds and verdicts present, from index keys alone', async () => {
    expect(await historyFacets(db)).toEqual({
      outlets: ['CyberScoop', 'Global Brief Now', 'TechPulse Daily'],
      lists: ['CRED-1', 'Starter list', 'Wikipedia perennial sources'],
      flagKinds: ['anonymous-attribution', 'generation-artifact', 'outlet-warning', 'self-disclosed-fabrication', 'uncited-figure', 'unknown-outlet', 'unknown-speaker'],
      verdicts: ['mixed', 'unverifiable', 'verified'],
    });
    expect(indexesRead.sort()).toEqual(['flagKinds', 'outlet.list', 'outlet.name', 'verdict']);
  });

  it('reads entries by address and deletes a selection', async () => {
    expect((await rowsByUrl(db, ['https://cyberscoop.example/quiet', 'https://gone.example/', 'https://wired.example/imagined'])).map((r) => r.url)).toEqual([
      'https://cyberscoop.example/quiet',
      'https://wired.example/imagined',
    ]);
    expect(await deleteEntries(db, ['https://cyberscoop.example/quiet', 'https://gone.example/'])).toBe(1);
    expect(await urls({ outlet: 'CyberScoop' })).toEqual(['https://cyberscoop.example/geneva']);
    expect(await historyFacets(db)).toMatchObject({ verdicts: ['mixed', 'unverifiable'] });
  });
});

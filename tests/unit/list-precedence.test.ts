/**
 * Several lists at once: where they disagree about a site, the user's own list speaks first, then
 * imported files, then bundled lists in their manifest order; the others are shown, not dropped.
 * A platform that hosts anyone's blog is not rated through one blog on it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { importList } from '../../utils/db/import-list';
import { dexieLookup } from '../../utils/db/lookup';
import { setOutletKind } from '../../utils/db/my-sources';
import type { SourcecheckDB } from '../../utils/db/schema';
import { ensureBundledList } from '../../utils/db/bundled-lists';
import { GENERATOR, openNodeDb } from '../../scripts/lib/node-db';
import { readPage } from '../../scripts/lib/read-page';
import { articlePage } from '../helpers/analyze-html';

const list = (name: string, kind: string, extra: Record<string, unknown> = {}) => ({
  format: 'sourcecheck.sources/1',
  name,
  version: '1',
  license: 'CC0-1.0',
  outlets: [{ id: 'tidewater', name: 'Tidewater Post', domains: ['tidewaterpost.example'], kind, ...extra }],
});
const PAGE = articlePage(['The harbour authority opened the new ferry terminal on Tuesday.', 'Residents queued for the first crossing.']);

async function reportFor(db: SourcecheckDB, url = 'https://www.tidewaterpost.example/ferry') {
  return analyze(readPage(PAGE, 'inline.html', url), dexieLookup(db), { generator: GENERATOR });
}

describe('lists that disagree about a site', () => {
  it('the earlier bundled list decides, and the report names the other view and its list', async () => {
    const db = openNodeDb();
    await ensureBundledList(db, 'curated', list('Curated list', 'news'), 0);
    await ensureBundledList(db, 'ratings', list('Ratings list', 'unreliable', { notes: 'Failed fact checks.' }), 1);
    const report = await reportFor(db);
    expect(report.outlet).toMatchObject({ status: 'known', kind: 'news', list: 'Curated list', listLicense: 'CC0-1.0' });
    expect(report.outlet.otherLists).toEqual([{ list: 'Ratings list', kind: 'unreliable', notes: 'Failed fact checks.' }]);
    expect(report.flags.map((f) => f.kind)).not.toContain('outlet-warning');
    db.close();
  });

  it('a warning from the deciding list says which other lists disagree', async () => {
    const db = openNodeDb();
    await ensureBundledList(db, 'ratings', list('Ratings list', 'unreliable'), 0);
    await ensureBundledList(db, 'curated', list('Curated list', 'news'), 1);
    const flag = (await reportFor(db)).flags.find((f) => f.kind === 'outlet-warning');
    expect(flag?.message).toContain('unreliable in "Ratings list"');
    expect(flag?.message).toContain('Other lists: news in "Curated list"');
    db.close();
  });

  it('an imported file outranks bundled lists, and My sources outranks everything', async () => {
    const db = openNodeDb();
    await ensureBundledList(db, 'curated', list('Curated list', 'news'), 0);
    await importList(db, list('Newsroom list', 'satire'), 'file');
    expect((await reportFor(db)).outlet).toMatchObject({ kind: 'satire', list: 'Newsroom list' });
    await setOutletKind(db, 'tidewaterpost.example', 'magazine');
    const report = await reportFor(db);
    expect(report.outlet).toMatchObject({ kind: 'magazine', list: 'My sources' });
    expect(report.outlet.otherLists?.map((o) => o.kind).sort()).toEqual(['news', 'satire']);
    db.close();
  });

  it('a rating of a blog platform does not reach a blog hosted on it', async () => {
    const db = openNodeDb();
    await ensureBundledList(db, 'ratings', { ...list('Ratings list', 'unreliable'), outlets: [{ id: 'blogspot', name: 'Blogspot', domains: ['blogspot.com'], kind: 'unreliable' }] }, 0);
    const blog = await reportFor(db, 'https://harbour-notes.blogspot.com/2026/05/ferry.html');
    expect(blog.outlet.status).toBe('unknown');
    expect(blog.flags.map((f) => f.kind)).not.toContain('outlet-warning');
    const platform = await reportFor(db, 'https://www.blogspot.com/about');
    expect(platform.outlet).toMatchObject({ status: 'known', kind: 'unreliable' });
    db.close();
  });
});

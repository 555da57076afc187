import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { exportList, ListExportError, serializeList } from '../../utils/db/export-list';
import { importList, validateList } from '../../utils/db/import-list';
import { MY_SOURCES_ID, saveRecord, setOutletKind } from '../../utils/db/my-sources';
import { SourcecheckDB } from '../../utils/db/schema';
import { ensureStarterList, STARTER_LIST_ID, STARTER_LIST_PATH } from '../../utils/db/bundled-lists';
import { openNodeDb, ROOT } from '../../scripts/lib/node-db';
import { OLD_LISTS, writeOldDb } from '../helpers/old-db';

const opened: SourcecheckDB[] = [];
const open = () => {
  const db = openNodeDb();
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Records out of id order, a domain to normalize, fields the format does not have, a list with only `updated`. */
const harbor = {
  format: 'sourcecheck.sources/1',
  name: 'Harbor desk list',
  description: 'Outlets and people of the harbor beat',
  license: 'CC0-1.0',
  updated: '2026-11-01',
  homepage: 'https://desk.example/list',
  maintainer: 'desk@example.org',
  outlets: [
    { id: 'reuters', name: 'Reuters', domains: ['WWW.Reuters.com'], kind: 'wire', evidence: ['https://desk.example/why'], rank: 3 },
    { id: 'ledger', name: 'Harbor Ledger', aliases: ['The Ledger'], domains: ['harborledger.example'], kind: 'news', country: 'US', notes: 'local daily' },
  ],
  people: [
    { id: 'jane-okafor', name: 'Jane Okafor', affiliations: [{ organization: 'Center for Grid Resilience', title: 'director', from: '2021', to: null }] },
    { id: 'ines-calloway', name: 'Ines B. Calloway', aliases: ['I. Calloway'], affiliations: [{ organization: 'Harbor Ledger', title: 'reporter' }] },
  ],
  organizations: [{ id: 'cgr', name: 'Center for Grid Resilience', aliases: ['CGR'], kind: 'think-tank', country: 'US', domains: ['gridresilience.org'] }],
  articles: [
    { url: 'https://www.reuters.com/world/z', title: 'Z', outlet: 'reuters', authors: ['Daniel Ortiz'], published: '2026-03-04' },
    { url: 'https://harborledger.example/a', title: 'A', outlet: 'ledger' },
  ],
  claimReviews: [
    { claim: 'Wind turbines caused the March 2026 blackout', rating: 'False', ratingValue: 'false', reviewer: 'Factline', url: 'https://factline.example/r', date: '2026-03-09' },
    { claim: 'The blackout lasted three days', rating: 'Half true', ratingValue: 'mixed', reviewer: 'Checkdesk', url: 'https://checkdesk.example/r' },
  ],
};

describe('exportList', () => {
  it('round-trips: import, export, import the export elsewhere, export again gives the same bytes', async () => {
    const first = open();
    const { listId } = await importList(first, harbor, 'file');
    const exported = await exportList(first, listId);
    const text = serializeList(exported);
    expect(validateList(JSON.parse(text))).toEqual(exported);

    const second = open();
    const again = await importList(second, JSON.parse(text), 'file');
    expect(again.listId).toBe(listId);
    expect(serializeList(await exportList(second, listId))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes the format’s fields only, records in id order, metadata from the stored list', async () => {
    const db = open();
    const { listId } = await importList(db, harbor, 'file');
    const list = await exportList(db, listId);
    expect(Object.keys(list)).toEqual(['format', 'name', 'description', 'license', 'updated', 'homepage', 'outlets', 'people', 'organizations', 'articles', 'claimReviews']);
    expect(list).toMatchObject({ format: 'sourcecheck.sources/1', name: 'Harbor desk list', updated: '2026-11-01', homepage: 'https://desk.example/list' });
    expect(list.outlets).toEqual([
      { id: 'ledger', name: 'Harbor Ledger', aliases: ['The Ledger'], domains: ['harborledger.example'], kind: 'news', country: 'US', notes: 'local daily' },
      { id: 'reuters', name: 'Reuters', domains: ['reuters.com'], kind: 'wire', evidence: ['https://desk.example/why'] },
    ]);
    expect(list.people?.map((p) => p.id)).toEqual(['ines-calloway', 'jane-okafor']);
    expect(list.people?.[1]?.affiliations).toEqual([{ organization: 'Center for Grid Resilience', title: 'director', from: '2021', to: null }]);
    expect(list.articles?.map((a) => [a.url, a.outlet])).toEqual([
      ['https://harborledger.example/a', 'ledger'],
      ['https://www.reuters.com/world/z', 'reuters'],
    ]);
    expect(list.claimReviews?.map((c) => c.reviewer)).toEqual(['Checkdesk', 'Factline']);
    for (const stored of ['key', 'listId', 'nameKeys', 'tokens', 'fuzzyKeys', 'domainLabels', 'labelKeys', 'urlKey', 'claimKeys', 'rank']) {
      expect(serializeList(list)).not.toContain(`"${stored}"`);
    }
  });

  it('keeps a version that is not the updated date, and leaves out empty arrays', async () => {
    const db = open();
    const { listId } = await importList(db, { format: 'sourcecheck.sources/1', name: 'Small', version: '7', updated: '2026-11-01', outlets: [harbor.outlets[1]] }, 'file');
    expect(await exportList(db, listId)).toEqual({ format: 'sourcecheck.sources/1', name: 'Small', version: '7', updated: '2026-11-01', outlets: [expect.objectContaining({ id: 'ledger' })] });
  });

  it('exports the starter list and My sources as valid lists', async () => {
    const db = open();
    const starter = JSON.parse(readFileSync(join(ROOT, 'public', STARTER_LIST_PATH), 'utf8')) as { outlets: unknown[] };
    await ensureStarterList(db, starter);
    expect(validateList(await exportList(db, STARTER_LIST_ID)).outlets).toHaveLength(starter.outlets.length);

    await saveRecord(db, 'outlets', { id: 'ledger', name: 'Harbor Ledger', domains: ['harborledger.example'], kind: 'blog' });
    await saveRecord(db, 'articles', { url: 'https://harborledger.example/a', title: 'A', outlet: 'ledger' });
    await setOutletKind(db, 'satire.example', 'satire');
    const mine = validateList(await exportList(db, MY_SOURCES_ID));
    expect(mine).toEqual({
      format: 'sourcecheck.sources/1',
      name: 'My sources',
      outlets: [
        { id: 'ledger', name: 'Harbor Ledger', domains: ['harborledger.example'], kind: 'blog' },
        { id: 'satire-example', name: 'satire.example', domains: ['satire.example'], kind: 'satire' },
      ],
      articles: [{ url: 'https://harborledger.example/a', title: 'A', outlet: 'ledger' }],
    });
  });

  it('exports a list upgraded from version 1 as the same list imported today exports', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    (await writeOldDb(1, 'sourcecheck-export-upgraded', options)).close();
    const upgraded = new SourcecheckDB('sourcecheck-export-upgraded', options);
    opened.push(upgraded);
    const { row, records } = OLD_LISTS[0]!;
    const exported = serializeList(await exportList(upgraded, row.id));
    const fresh = open();
    await importList(fresh, { format: 'sourcecheck.sources/1', name: row.name, version: row.version, description: row.description, ...records }, 'file');
    expect(serializeList(await exportList(fresh, row.id))).toBe(exported);
    expect(validateList(JSON.parse(exported)).articles).toHaveLength(records.articles.length);
  });

  it('names the list it cannot find', async () => {
    await expect(exportList(open(), 'nowhere')).rejects.toThrow(new ListExportError('nowhere'));
    await expect(exportList(open(), 'nowhere')).rejects.toThrow('List "nowhere" was not exported: there is no list with that id');
  });
});

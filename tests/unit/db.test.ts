import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { personKeys } from '../../utils/analysis/names';
import { importList, ListImportError, validateList } from '../../utils/db/import-list';
import { listRecords, recordByKey } from '../../utils/db/list-store';
import { dexieLookup } from '../../utils/db/lookup';
import type { SourcecheckDB } from '../../utils/db/schema';
import { ensureStarterList, STARTER_LIST_ID, STARTER_LIST_PATH } from '../../utils/db/bundled-lists';
import { openNodeDb, ROOT } from '../../scripts/lib/node-db';

const outlet = (id: string, domain: string, extra: Record<string, unknown> = {}) => ({ id, name: `Outlet ${id}`, domains: [domain], kind: 'news', ...extra });

function listA(version: string, outlets = [outlet('ledger', 'harborledger.example')]) {
  return {
    format: 'sourcecheck.sources/1',
    name: 'Harbor desk list',
    version,
    outlets,
    people: [{ id: 'ines-calloway', name: 'Ines B. Calloway', affiliations: [{ organization: 'Outlet ledger', title: 'reporter' }] }],
  };
}
const listB = {
  format: 'sourcecheck.sources/1',
  name: 'Valley list',
  outlets: [outlet('ledger', 'valleysentinel.example'), outlet('gazette', 'valleygazette.example')],
};

let db: SourcecheckDB | undefined;
const open = () => (db = openNodeDb());
afterEach(() => db?.close());

/** Every row a list is stored in, and its list row: what an import that fails must leave as it was. */
async function stored(listId: string) {
  const rows = await Promise.all([db!.chunks, db!.postings, db!.words].map((table) => table.where('listId').equals(listId).toArray()));
  return { list: await db!.lists.get(listId), records: await listRecords(db!, listId), rows };
}

/** Outlets in every list, by the lists' counts. */
const outletCount = async () => (await db!.lists.toArray()).reduce((sum, list) => sum + list.counts.outlets, 0);

async function rejection(promise: Promise<unknown>): Promise<ListImportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ListImportError);
  return error as ListImportError;
}

describe('importList validation', () => {
  it('names the list, the array and index, the id and the field', async () => {
    const broken = { ...listA('1'), outlets: [outlet('ledger', 'harborledger.example'), outlet('tabloid-co', 'tabloid.example', { kind: 'tabloid' })] };
    const error = await rejection(importList(open(), broken, 'file'));
    expect(error.listName).toBe('Harbor desk list');
    expect(error.message).toContain('Harbor desk list');
    expect(error.message).toContain('outlets[1]');
    expect(error.message).toContain('id "tabloid-co"');
    expect(error.message).toContain('field kind');
  });

  it('names a nested field and a record without an id', async () => {
    const broken = { ...listA('1'), claimReviews: [{ claim: 'Gulls caused it', rating: 'False', ratingValue: 'false', reviewer: 'X', url: 'not a url' }] };
    const error = await rejection(importList(open(), broken, 'file'));
    expect(error.message).toContain('claimReviews[0], field url');
    const nested = { ...listA('1'), people: [{ id: 'p', name: 'P Q', affiliations: [{ title: 'reporter' }] }] };
    expect((await rejection(importList(db!, nested, 'file'))).message).toContain('people[0] (id "p"), field affiliations.0.organization');
  });

  it('rejects a wrong format, duplicate ids and articles pointing at unknown outlets', () => {
    expect(() => validateList({ ...listA('1'), format: 'sourcecheck.sources/2' })).toThrow(/field format/);
    expect(() => validateList({ ...listA('1'), outlets: [outlet('a', 'a.example'), outlet('a', 'b.example')] })).toThrow(/outlets\[1\] \(id "a"\), field id: duplicate id/);
    expect(() => validateList({ ...listA('1'), articles: [{ url: 'https://x.example/a', title: 'T', outlet: 'nowhere' }] })).toThrow(/articles\[0\], field outlet/);
    expect(() => validateList({ format: 'sourcecheck.sources/1' }, 'my-file.json')).toThrow(/my-file\.json.*field name/);
  });

  it('keeps unknown top-level fields and ignores them', async () => {
    const summary = await importList(open(), { ...listA('1'), maintainer: 'desk@example.org' }, 'file');
    expect(summary.counts.outlets).toBe(1);
  });

  it('changes nothing when an import fails', async () => {
    open();
    const { listId } = await importList(db!, listA('1'), 'file');
    const before = await stored(listId);
    expect(before.records.outlets.map((o) => o.id)).toEqual(['ledger']);
    const broken = { ...listA('2', [outlet('new-one', 'newone.example')]), people: [{ id: 'x', name: '' }] };
    await rejection(importList(db!, broken, 'file'));
    // An article naming an outlet the list does not have fails only after the schema check.
    await rejection(importList(db!, { ...listA('2', [outlet('new-one', 'newone.example')]), articles: [{ url: 'https://x.example/a', title: 'T', outlet: 'ledger' }] }, 'file'));
    expect(await stored(listId)).toEqual(before);
    expect(await db!.lists.count()).toBe(1);
  });
});

describe('importList replacing and coexisting', () => {
  it('re-importing a new version replaces only that list’s records', async () => {
    open();
    const a = await importList(db!, listA('1', [outlet('ledger', 'harborledger.example'), outlet('old', 'old.example')]), 'file');
    const b = await importList(db!, listB, 'file');
    const before = await stored(b.listId);
    await importList(db!, listA('2', [outlet('fresh', 'fresh.example')]), 'file');
    expect((await listRecords(db!, a.listId)).outlets.map((o) => o.id)).toEqual(['fresh']);
    expect((await db!.lists.get(a.listId))?.counts.outlets).toBe(1);
    expect(await stored(b.listId)).toEqual(before);
    expect(before.records.outlets.map((o) => o.id)).toEqual(['ledger', 'gazette']);
    expect((await db!.lists.get(a.listId))?.version).toBe('2');
    expect(await db!.lists.count()).toBe(2);
    // Nothing of the old version is left to find.
    expect(await dexieLookup(db!).outletsByDomains(['old.example'])).toEqual([]);
    expect(await recordByKey(db!, 'outlets', `${a.listId}:old`)).toBeUndefined();
  });

  it('keeps two lists with the same record ids apart, each record remembering its list', async () => {
    open();
    await importList(db!, listA('1'), 'file');
    await importList(db!, listB, 'user');
    const ledgers = [(await recordByKey(db!, 'outlets', 'harbor-desk-list:ledger'))!, (await recordByKey(db!, 'outlets', 'valley-list:ledger'))!];
    expect(ledgers.map((o) => [o.key, o.listId, o.domains[0]])).toEqual([
      ['harbor-desk-list:ledger', 'harbor-desk-list', 'harborledger.example'],
      ['valley-list:ledger', 'valley-list', 'valleysentinel.example'],
    ]);
  });
});

describe('ensureStarterList', () => {
  const starter = JSON.parse(readFileSync(join(ROOT, 'public', STARTER_LIST_PATH), 'utf8')) as { version: string; outlets: unknown[] };

  it('imports once, then is current', async () => {
    open();
    expect(await ensureStarterList(db!, starter)).toBe('imported');
    expect(await outletCount()).toBe(starter.outlets.length);
    expect((await listRecords(db!, STARTER_LIST_ID)).outlets).toHaveLength(starter.outlets.length);
    const before = await stored(STARTER_LIST_ID);
    expect(await ensureStarterList(db!, starter)).toBe('current');
    expect(await stored(STARTER_LIST_ID)).toEqual(before);
    expect((await db!.lists.get(STARTER_LIST_ID))?.origin).toBe('bundled');
  });

  it('re-imports when the version changes, leaving user lists alone', async () => {
    open();
    await ensureStarterList(db!, starter);
    const user = await importList(db!, listB, 'user');
    const next = { ...starter, version: `${starter.version}-next`, outlets: starter.outlets.slice(0, 3) };
    const userBefore = await stored(user.listId);
    expect(await ensureStarterList(db!, next)).toBe('imported');
    expect((await listRecords(db!, STARTER_LIST_ID)).outlets).toEqual(next.outlets);
    expect(await stored(user.listId)).toEqual(userBefore);
    expect(userBefore.records.outlets).toHaveLength(2);
    expect((await db!.lists.get(STARTER_LIST_ID))?.version).toBe(next.version);
    expect(await ensureStarterList(db!, next)).toBe('current');
  });
});

describe('dexieLookup', () => {
  it('answers outletsByDomains and peopleByNameKeys with the list name', async () => {
    open();
    await importList(db!, listA('1'), 'file');
    await importList(db!, listB, 'file');
    const lookup = dexieLookup(db!);
    const outlets = await lookup.outletsByDomains(['harborledger.example', 'valleygazette.example', 'nowhere.example']);
    expect(outlets.map((o) => [o.id, o.listName]).sort()).toEqual([
      ['gazette', 'Valley list'],
      ['ledger', 'Harbor desk list'],
    ]);
    const people = await lookup.peopleByNameKeys(personKeys('Ines Calloway'));
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: 'ines-calloway', listName: 'Harbor desk list' });
    expect(await lookup.peopleByNameKeys([])).toEqual([]);
    expect((await lookup.lists()).map((l) => l.name).sort()).toEqual(['Harbor desk list', 'Valley list']);
  });
});

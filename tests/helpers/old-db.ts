/**
 * A database as versions 1 and 2 left it, with data in every table: three lists (a bundled one,
 * an imported file and My sources) with records of every kind, reports, tab states and meta.
 * The upgrade and restore tests write it and check that the current schema gives back every
 * record, in its list's order, and every other row as it was.
 */
import Dexie, { type DexieOptions } from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimReviewIndexKeys, organizationIndexKeys, outletIndexKeys, personIndexKeys } from '../../utils/db/index-keys';
import type { ListRecords } from '../../utils/db/compiled-list';
import type { UncompiledList } from '../../utils/db/schema';
import { RECORD_KINDS, type RecordKind, type RecordOf } from '../../utils/db/stored-rows';
import { ROOT } from '../../scripts/lib/node-db';
import { V1_STORES } from './schema-v1';

/** Version 2's changes to the record tables: the near-miss and claim indexes. */
export const V2_STORES = {
  outlets: '&key, listId, *domains, *nameKeys, *tokens, *domainLabels, *fuzzyKeys, *labelKeys',
  people: '&key, listId, *nameKeys, *tokens, *fuzzyKeys',
  organizations: '&key, listId, *nameKeys, *tokens, *domains, *fuzzyKeys',
  claimReviews: '&key, listId, *tokens, *claimKeys',
};

export const CLAIM = 'Wind turbines caused the March 2026 blackout in Harbor City';

export type OldList = { row: UncompiledList; records: Required<ListRecords> };

const empty = (): Required<ListRecords> => ({ outlets: [], people: [], organizations: [], articles: [], claimReviews: [] });

/**
 * The lists, their records in list order. Outlets, people and organisations were keyed by id, so
 * their order is their ids' (chosen in order here); articles and reviews by their place in the
 * list ("article-10" after "article-9"), so eleven articles check that numbers sort as numbers.
 */
export const OLD_LISTS: OldList[] = [
  {
    // The importer of those versions wrote every list field, undefined when the file had none.
    row: { id: 'harbor-desk-list', name: 'Harbor desk list', origin: 'file', version: '3', license: undefined, homepage: undefined, description: 'The desk’s own list', updated: undefined, importedAt: '2026-05-01T00:00:00.000Z', rank: undefined },
    records: {
      outlets: [
        { id: 'abc', name: 'ABC News', domains: ['abcnews.go.com'], kind: 'broadcaster', notes: 'kept as is' },
        { id: 'reuters', name: 'Reuters', aliases: ['Thomson Reuters'], domains: ['reuters.com', 'reuters.co.uk'], kind: 'wire', country: 'GB', evidence: ['https://desk.example/why'] },
      ],
      people: [
        { id: 'jo', name: 'Jane Okafor', affiliations: [{ organization: 'Center for Grid Resilience', title: 'director', from: '2021', to: null }] },
        { id: 'kw', name: 'Katarzyna Wilczek', aliases: ['K. Wilczek'], affiliations: [{ organization: 'Harbor Flood Board', title: 'chair' }], notes: 'hydrologist' },
      ],
      organizations: [
        { id: 'cgr', name: 'Center for Grid Resilience', aliases: ['CGR'], kind: 'think-tank', country: 'US', domains: ['gridresilience.org'] },
        { id: 'sjtu', name: 'Shanghai Jiao Tong University', country: 'CN' },
      ],
      articles: Array.from({ length: 11 }, (_, i) => ({
        url: `https://www.reuters.com/world/story-${i}`,
        title: `Story ${i}`,
        outlet: i % 2 ? 'abc' : 'reuters',
        ...(i === 3 ? { authors: ['Daniel Ortiz'], published: '2026-03-04' } : {}),
      })),
      claimReviews: [
        { claim: CLAIM, rating: 'False', ratingValue: 'false', reviewer: 'Factline', url: 'https://factline.example.org/r', date: '2026-03-09' },
        { claim: 'The blackout lasted three days', rating: 'Half true', ratingValue: 'mixed', reviewer: 'Checkdesk', url: 'https://checkdesk.example/r' },
      ],
    },
  },
  {
    row: { id: 'my-sources', name: 'My sources', origin: 'user', importedAt: '2026-05-02T00:00:00.000Z' },
    records: {
      ...empty(),
      outlets: [{ id: 'ledger', name: 'Harbor Ledger', domains: ['harborledger.example'], kind: 'blog', notes: 'my own call' }],
      articles: [{ url: 'https://harborledger.example/a', title: 'A', outlet: 'ledger' }],
    },
  },
  {
    row: { id: 'starter', name: 'Starter list', origin: 'bundled', version: '2026-04-01', license: 'CC0-1.0', importedAt: '2026-04-01T00:00:00.000Z', rank: 0 },
    records: {
      ...empty(),
      outlets: [{ id: 'valley-gazette', name: 'Valley Gazette', domains: ['valleygazette.example'], kind: 'news' }],
      people: [{ id: 'ines', name: 'Ines Calloway' }],
    },
  },
];

/** Two real reports (of the export golden files), as versions 1 to 3 kept them: without the history's index keys. */
const reports = (JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/exports/history.json'), 'utf8')) as { articles: { url: string }[] }).articles
  .slice(0, 2)
  .sort((a, b) => (a.url < b.url ? -1 : 1));

/** The other tables' rows, in primary-key order. */
export const OLD_OTHER_ROWS = {
  reports,
  tabs: [{ tabId: 7, url: 'https://www.reuters.com/world/story-0' }],
  meta: [
    { key: 'bundled-version:starter', value: '2026-04-01' },
    { key: 'settings', value: '{"badge":true}' },
  ],
};

/** The key a record had: its id, or for articles and reviews its place in the list; in My sources an article's address. */
function oldId(kind: RecordKind, record: RecordOf[RecordKind], index: number, listId: string): string {
  if ('id' in record) return record.id;
  if (kind === 'articles') return listId === 'my-sources' ? (record as RecordOf['articles']).url.replace(/^https?:\/\/(www\.)?/, '') : `article-${index}`;
  return `review-${index}`;
}

/** The index keys a row carried at a version (dropped by the upgrade, so only their presence matters). */
function oldIndexKeys(version: 1 | 2, kind: RecordKind, record: RecordOf[RecordKind]): Record<string, unknown> {
  switch (kind) {
    case 'outlets': {
      const { nameKeys, tokens, domainLabels, fuzzyKeys, labelKeys } = outletIndexKeys(record as RecordOf['outlets']);
      return version === 1 ? { nameKeys, tokens, domainLabels } : { nameKeys, tokens, domainLabels, fuzzyKeys, labelKeys };
    }
    case 'people': {
      const { nameKeys, tokens, fuzzyKeys } = personIndexKeys(record as RecordOf['people']);
      return version === 1 ? { nameKeys, tokens } : { nameKeys, tokens, fuzzyKeys };
    }
    case 'organizations': {
      const { nameKeys, tokens, fuzzyKeys } = organizationIndexKeys(record as RecordOf['organizations']);
      return version === 1 ? { nameKeys, tokens } : { nameKeys, tokens, fuzzyKeys };
    }
    case 'articles':
      return { urlKey: (record as RecordOf['articles']).url.replace(/^https?:\/\/(www\.)?/, '') };
    case 'claimReviews': {
      const { tokens, claimKeys } = claimReviewIndexKeys(record as RecordOf['claimReviews']);
      return version === 1 ? { tokens } : { tokens, claimKeys };
    }
  }
}

/** Every table's rows as that version's importer wrote them; record rows in reverse, so nothing depends on the order written. */
export function oldRows(version: 1 | 2): Record<string, unknown[]> {
  const rows: Record<string, unknown[]> = { lists: OLD_LISTS.map((list) => list.row), ...OLD_OTHER_ROWS };
  for (const kind of RECORD_KINDS) {
    rows[kind] = OLD_LISTS.flatMap(({ row: list, records }) =>
      (records[kind] as RecordOf[RecordKind][]).map((record, index) => ({
        ...record,
        key: `${list.id}:${oldId(kind, record, index, list.id)}`,
        listId: list.id,
        ...oldIndexKeys(version, kind, record),
      })),
    ).reverse();
  }
  return rows;
}

/** A database at version 1 or 2 named `name`, written and left open (the caller closes it). */
export async function writeOldDb(version: 1 | 2, name: string, options: DexieOptions): Promise<Dexie> {
  const db = new Dexie(name, options);
  db.version(1).stores(V1_STORES);
  if (version === 2) db.version(2).stores(V2_STORES);
  for (const [table, rows] of Object.entries(oldRows(version))) await db.table(table).bulkAdd(rows);
  return db;
}

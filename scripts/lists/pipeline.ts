/**
 * From the corpora's CSV text to the bundled files' text, without touching the disk: the build
 * writes what this returns, and a test checks that it equals what is committed.
 */
import Papa from 'papaparse';
import { STARTER_LIST_ID, STARTER_LIST_PATH } from '../../utils/db/bundled-lists';
import { buildCred1List, type Cred1Row } from './cred-1';
import { buildIdiapList, type IdiapRow } from './idiap';
import type { BuiltList } from './list';
import { buildWikipediaList, type PerennialRow } from './wikipedia-perennial';

export type ListSource = {
  id: string;
  /** The CSV, relative to the corpora folder (shared/corpora/outlets). */
  csv: string;
  /** The columns the builder reads: checked by `parseCsv`, which is what makes the row casts below safe. */
  columns: string[];
  build: (rows: Record<string, string>[]) => BuiltList;
};

export const LIST_SOURCES: ListSource[] = [
  {
    id: 'wikipedia-perennial-sources',
    csv: 'wikipedia-perennial-sources/perennial-sources.csv',
    columns: ['id', 'name', 'status', 'wiki_url', 'urls', 'info'],
    build: (rows) => buildWikipediaList(rows as PerennialRow[]),
  },
  {
    id: 'cred-1',
    csv: 'cred-1/cred1_current.csv',
    columns: ['domain', 'category', 'credibility_score', 'sources', 'iffy_factual', 'safe_browsing_flagged'],
    build: (rows) => buildCred1List(rows as Cred1Row[]),
  },
  {
    id: 'idiap-news-media-reliability',
    csv: 'idiap-news-media-reliability/golden_truth_dataset.csv',
    columns: ['domain', 'reliability_label', 'newsguard_score', 'label_source'],
    build: (rows) => buildIdiapList(rows as IdiapRow[]),
  },
];

/** Where a list's file goes, inside public/ and as the extension fetches it. */
export const listPath = (id: string) => `lists/${id}.json`;

/** Rows keyed by header; a malformed file or a missing column stops the build rather than thin a list. */
export function parseCsv(text: string, source: ListSource): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0]!;
    throw new Error(`${source.csv}: ${parsed.errors.length} CSV error(s), first at row ${first.row}: ${first.message}`);
  }
  const missing = source.columns.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length > 0) throw new Error(`${source.csv}: missing column(s) ${missing.join(', ')}`);
  return parsed.data;
}

export function buildFromCsv(source: ListSource, text: string): BuiltList {
  return source.build(parseCsv(text, source));
}

/** The bundled lists in load order: the hand-curated starter list first, then the generated ones. */
export function bundledManifest(): { lists: { id: string; path: string }[] } {
  return { lists: [{ id: STARTER_LIST_ID, path: STARTER_LIST_PATH }, ...LIST_SOURCES.map((s) => ({ id: s.id, path: listPath(s.id) }))] };
}

/**
 * The scale benchmark (Node part): import a generated list of N records into a fresh database on
 * fake-indexeddb, estimate what it stores, and time the matching of the seed fixture pages
 * against it — for a small and a large N, so that the ratio shows whether a lookup grows with
 * the lists. Timings only; nothing here passes or fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../utils/analysis/analyze';
import type { SourceLookup } from '../../utils/analysis/lookup';
import type { ExtractedArticle } from '../../utils/extracted-article';
import { importList } from '../../utils/db/import-list';
import { dexieLookup } from '../../utils/db/lookup';
import type { SourcecheckDB } from '../../utils/db/schema';
import { ensureStarterList, STARTER_LIST_PATH } from '../../utils/db/bundled-lists';
import { GENERATOR, openNodeDb, readJson, ROOT } from '../lib/node-db';
import { readPage } from '../lib/read-page';
import { DEFAULT_SEED, generateList } from './generate-list';

export type ScaleOptions = {
  sizes: number[];
  /** Timed analyses per page and size, after warm-up runs. */
  runs: number;
  seed?: number;
  /**
   * Collect garbage before each timed analysis (needs node --expose-gc): fake-indexeddb keeps the
   * whole database in the JS heap, so where a collection falls is noise that a browser, whose
   * IndexedDB lives in another process, does not have. Slower runs, steadier ratios.
   */
  gc?: boolean;
  log?: (line: string) => void;
};

export type SizeResult = {
  size: number;
  generateMs: number;
  importMs: number;
  recordsPerSecond: number;
  /** Per table: rows, JSON bytes of the stored rows (index arrays included), index entries. */
  tables: { table: string; rows: number; bytes: number; indexEntries: number }[];
  /** Per seed page: median matching time (ms). */
  matchMs: Record<string, number>;
  /** Per seed page: the median, over runs, of this size's time over the first size's in the same run. */
  pairedRatio: Record<string, number>;
  /** Per seed page: verdict and flag kinds, to see whether the larger list changed a report. */
  outcome: Record<string, string>;
  /** Per lookup method: records returned over all seed pages, one analysis each. */
  returned: Record<string, number>;
};

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const SEED_PAGE = /^seed-/;
const WARMUP = 3;

function seedPages(): { name: string; article: ExtractedArticle }[] {
  const dir = join(ROOT, 'tests', 'fixtures', 'pages');
  return readdirSync(dir)
    .filter((name) => SEED_PAGE.test(name))
    .sort()
    .map((name) => {
      const html = readFileSync(join(dir, name, 'page.html'), 'utf8');
      const { url } = readJson(join(dir, name, 'expected.json')) as { url: string };
      return { name, article: readPage(html, name, url) };
    });
}

/** The JSON size of every stored row and the number of index entries it makes (a multi-entry index: one per value). */
async function storage(db: SourcecheckDB): Promise<SizeResult['tables']> {
  const result: SizeResult['tables'] = [];
  for (const table of db.tables) {
    if (table.name === 'reports' || table.name === 'tabs') continue;
    let bytes = 0;
    let indexEntries = 0;
    const indexes = table.schema.indexes;
    const rows = await table.toArray();
    for (const row of rows as Record<string, unknown>[]) {
      bytes += Buffer.byteLength(JSON.stringify(row));
      indexEntries += 1; // the primary key
      for (const ix of indexes) {
        const value = row[ix.keyPath as string];
        if (value === undefined) continue;
        indexEntries += ix.multi && Array.isArray(value) ? new Set(value).size : 1;
      }
    }
    result.push({ table: table.name, rows: rows.length, bytes, indexEntries });
  }
  return result;
}

/** A lookup that counts the records each method returns. */
function counting(lookup: SourceLookup, counts: Record<string, number>): SourceLookup {
  const wrapped = {} as Record<string, unknown>;
  for (const [method, fn] of Object.entries(lookup) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    wrapped[method] = async (...args: unknown[]) => {
      const result = await fn(...args);
      const n = Array.isArray(result) ? result.length : typeof result === 'object' && result ? Object.values(result).reduce<number>((s, v) => s + (Array.isArray(v) ? v.length : 0), 0) : 0;
      counts[method] = (counts[method] ?? 0) + n;
      return result;
    };
  }
  return wrapped as unknown as SourceLookup;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const pad = (s: string, n: number) => s.padStart(n);

export async function runScale(options: ScaleOptions): Promise<SizeResult[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const seed = options.seed ?? DEFAULT_SEED;
  const starter = readJson(`${ROOT}public/${STARTER_LIST_PATH}`);
  const pages = seedPages();
  const collect = (globalThis as { gc?: () => void }).gc;
  if (options.gc && !collect) throw new Error('--gc needs node --expose-gc: NODE_OPTIONS=--expose-gc npm run bench -- --gc');
  const settle = options.gc ? collect! : () => undefined;
  const dbs: { size: number; db: SourcecheckDB; lookup: SourceLookup; result: SizeResult }[] = [];

  for (const size of options.sizes) {
    const db = openNodeDb();
    await ensureStarterList(db, starter);
    let start = performance.now();
    const list = generateList({ count: size, seed });
    const generateMs = performance.now() - start;
    start = performance.now();
    await importList(db, list, 'file');
    const importMs = performance.now() - start;
    const tables = await storage(db);
    const result: SizeResult = { size, generateMs, importMs, recordsPerSecond: size / (importMs / 1000), tables, matchMs: {}, pairedRatio: {}, outcome: {}, returned: {} };
    log(`imported ${size.toLocaleString('en')} generated records in ${fmt(importMs / 1000, 2)} s (${Math.round(result.recordsPerSecond).toLocaleString('en')} records/s; generated in ${fmt(generateMs, 0)} ms)`);
    dbs.push({ size, db, lookup: dexieLookup(db), result });
  }

  // Sizes are measured in turns, page by page, so that warm-up and garbage collection weigh on each alike.
  for (const { name, article } of pages) {
    const samples = new Map<number, number[]>(dbs.map((d) => [d.size, []]));
    for (const d of dbs) {
      const report = await analyze(article, counting(d.lookup, d.result.returned), { generator: GENERATOR });
      d.result.outcome[name] = `${report.verdict}: ${[...new Set(report.flags.map((f) => f.kind))].sort().join(', ') || '(no flags)'}`;
      for (let i = 0; i < WARMUP; i++) await analyze(article, d.lookup, { generator: GENERATOR });
    }
    for (let run = 0; run < options.runs; run++) {
      for (const d of run % 2 === 0 ? dbs : [...dbs].reverse()) {
        settle();
        const report = await analyze(article, d.lookup, { generator: GENERATOR });
        samples.get(d.size)!.push(report.timings.matchMs);
      }
    }
    const first = samples.get(dbs[0]!.size)!;
    for (const d of dbs) {
      const own = samples.get(d.size)!;
      d.result.matchMs[name] = median(own);
      d.result.pairedRatio[name] = median(own.map((ms, run) => ms / first[run]!));
    }
  }
  for (const d of dbs) d.db.close();

  const results = dbs.map((d) => d.result);
  printTables(results, pages.map((p) => p.name), options.runs, log, options.gc === true);
  return results;
}

function printTables(results: SizeResult[], pages: string[], runs: number, log: (line: string) => void, gc: boolean): void {
  const sizes = results.map((r) => r.size.toLocaleString('en'));
  const col = 14;
  log('');
  log('Import into fake-indexeddb (generated list only; the starter list is imported first):');
  log(`${'records'.padEnd(12)}${pad('import s', col)}${pad('records/s', col)}${pad('rows JSON', col)}${pad('index entries', col + 2)}`);
  for (const r of results) {
    const bytes = r.tables.reduce((s, t) => s + t.bytes, 0);
    const entries = r.tables.reduce((s, t) => s + t.indexEntries, 0);
    log(`${r.size.toLocaleString('en').padEnd(12)}${pad(fmt(r.importMs / 1000, 2), col)}${pad(Math.round(r.recordsPerSecond).toLocaleString('en'), col)}${pad(mb(bytes), col)}${pad(entries.toLocaleString('en'), col + 2)}`);
  }
  log('Database size (rows JSON) is an estimate: the JSON byte length of every stored row, starter list included,');
  log('with its index key arrays; not what a browser writes to disk. Index entries: one per primary key and per');
  log('indexed value.');
  const largest = results.at(-1);
  if (largest) {
    log(`Per table at ${largest.size.toLocaleString('en')}: ${largest.tables.filter((t) => t.rows > 0).map((t) => `${t.table} ${t.rows.toLocaleString('en')} rows, ${mb(t.bytes)}, ${t.indexEntries.toLocaleString('en')} index entries`).join('; ')}`);
  }

  log('');
  log(`Matching time per seed page (median of ${runs} runs, ms; the lookup part of the analysis, report.timings.matchMs).`);
  log('Both databases are open in one process and measured in turns, so the heap (fake-indexeddb keeps every');
  log(`row and index in it) and the load on the machine weigh on both alike${gc ? '; garbage collected before each run' : ''}:`);
  const several = results.length > 1;
  log(`${'page'.padEnd(26)}${sizes.map((s) => pad(s, col)).join('')}${several ? `${pad('ratio', 10)}${pad('paired', 10)}` : ''}`);
  const first = results[0]!;
  const last = results.at(-1)!;
  for (const page of pages) {
    const ratio = last.matchMs[page]! / first.matchMs[page]!;
    log(`${page.padEnd(26)}${results.map((r) => pad(fmt(r.matchMs[page]!, 2), col)).join('')}${several ? `${pad(`${fmt(ratio, 2)}×`, 10)}${pad(`${fmt(last.pairedRatio[page]!, 2)}×`, 10)}` : ''}`);
  }
  const total = (r: SizeResult) => pages.reduce((s, p) => s + r.matchMs[p]!, 0);
  log(`${'all seed pages (sum)'.padEnd(26)}${results.map((r) => pad(fmt(total(r), 2), col)).join('')}${several ? pad(`${fmt(total(last) / total(first), 2)}×`, 10) : ''}`);
  if (several) {
    log(`ratio: of the medians; paired: the median of the ratios of runs taken back to back (steadier on a busy machine).`);
    log(`Target: at most 1.2× from ${sizes[0]} to ${sizes.at(-1)} records.`);
  }

  const methods = [...new Set(results.flatMap((r) => Object.keys(r.returned)))].sort();
  log('');
  log('Records returned per lookup method (all seed pages, one analysis each):');
  log(`${'method'.padEnd(26)}${sizes.map((s) => pad(s, col)).join('')}`);
  for (const m of methods) log(`${m.padEnd(26)}${results.map((r) => pad(String(r.returned[m] ?? 0), col)).join('')}`);

  const changed = pages.filter((p) => results.some((r) => r.outcome[p] !== first.outcome[p]));
  log('');
  if (changed.length === 0) log('Reports: the same verdict and flag kinds at every size.');
  else log('Reports that differ with the size of the list (verdict: flag kinds) — what the larger list knows, not timing:');
  for (const p of changed) for (const r of results) log(`  ${p} at ${r.size.toLocaleString('en')}: ${r.outcome[p]}`);
}

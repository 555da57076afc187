/**
 * npm run bench — timings, never pass/fail: extraction and analysis per fixture page with the
 * starter list, median of several runs, on this machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../utils/analysis/analyze';
import { dexieLookup } from '../utils/db/lookup';
import { GENERATOR, openLoadedDb, readJson, ROOT } from './lib/node-db';
import { readPage } from './lib/read-page';

/** Enough runs for a stable median on a 2-core machine without taking minutes. */
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const pagesDir = join(ROOT, 'tests', 'fixtures', 'pages');
  const db = await openLoadedDb();
  const lookup = dexieLookup(db);
  const rows: string[] = [];
  const totals = { extract: [] as number[], analyze: [] as number[], match: [] as number[] };
  for (const name of readdirSync(pagesDir).sort()) {
    const html = readFileSync(join(pagesDir, name, 'page.html'), 'utf8');
    const { url } = readJson(join(pagesDir, name, 'expected.json')) as { url: string };
    const runs = { extract: [] as number[], analyze: [] as number[], match: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      const report = await analyze(readPage(html, name, url), lookup, { generator: GENERATOR });
      runs.extract.push(report.timings.extractMs);
      runs.analyze.push(report.timings.analyzeMs);
      runs.match.push(report.timings.matchMs);
    }
    const m = { extract: median(runs.extract), analyze: median(runs.analyze), match: median(runs.match) };
    totals.extract.push(m.extract);
    totals.analyze.push(m.analyze);
    totals.match.push(m.match);
    rows.push(`${name.padEnd(36)} ${m.extract.toFixed(1).padStart(8)} ${m.analyze.toFixed(1).padStart(8)} ${m.match.toFixed(1).padStart(8)}`);
  }
  console.log(`${'page (median of ' + RUNS + ' runs, ms)'.padEnd(36)} ${'extract'.padStart(8)} ${'analyze'.padStart(8)} ${'match'.padStart(8)}`);
  console.log(rows.join('\n'));
  console.log(`${'median over pages'.padEnd(36)} ${median(totals.extract).toFixed(1).padStart(8)} ${median(totals.analyze).toFixed(1).padStart(8)} ${median(totals.match).toFixed(1).padStart(8)}`);
  db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * npm run bench — timings, never pass/fail: extraction and analysis per fixture page with the
 * bundled lists, median of several runs, on this machine; then the scale benchmark
 * (bench/scale.ts): import of a generated list of 1,000 and of 100,000 records beside the
 * starter list, and matching of the seed pages against each (about a minute and a half).
 *
 *   npm run bench                          both
 *   npm run bench -- --no-scale            the fixture pages only
 *   npm run bench -- --scale-only          the scale benchmark only
 *   npm run bench -- --scale-only --sizes 1000,10000,100000 --runs 25
 *   NODE_OPTIONS=--expose-gc npm run bench -- --scale-only --gc
 *                                          collect garbage before each timed run (steadier ratios)
 *   npm run bench -- --write-list out.json [--count 100000] [--seed 20261123]
 *                                          write the generated list to a file and stop
 *   npm run bench -- --chromium [count]    import a generated list in real Chromium through the
 *                                          options page (bench/chromium-import.ts; needs the build)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../utils/analysis/analyze';
import { dexieLookup } from '../utils/db/lookup';
import { DEFAULT_SEED, generateList } from './bench/generate-list';
import { runScale } from './bench/scale';
import { GENERATOR, openLoadedDb, readJson, ROOT } from './lib/node-db';
import { readPage } from './lib/read-page';

/** Enough runs for a stable median on a 2-core machine without taking minutes. */
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

class UsageError extends Error {}

type Options = { pages: boolean; scale: boolean; sizes: number[]; runs: number; seed: number; gc: boolean; writeList?: string; count: number; chromium?: number };

function parseArgs(args: string[]): Options {
  const options: Options = { pages: true, scale: true, sizes: [1_000, 100_000], runs: 21, seed: DEFAULT_SEED, gc: false, count: 100_000 };
  const value = (i: number, flag: string) => {
    const v = args[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const integer = (v: string, flag: string) => {
    const n = Number(v.replace(/_/g, ''));
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag}: not a positive whole number: ${v}`);
    return n;
  };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (flag === '--no-scale') options.scale = false;
    else if (flag === '--scale-only') options.pages = false;
    else if (flag === '--gc') options.gc = true;
    else if (flag === '--sizes') options.sizes = value(i++, flag).split(',').map((v) => integer(v, flag));
    else if (flag === '--runs') options.runs = integer(value(i++, flag), flag);
    else if (flag === '--seed') options.seed = integer(value(i++, flag), flag);
    else if (flag === '--count') options.count = integer(value(i++, flag), flag);
    else if (flag === '--write-list') options.writeList = value(i++, flag);
    else if (flag === '--chromium') options.chromium = /^[\d_]+$/.test(args[i + 1] ?? '') ? integer(args[++i]!, flag) : 100_000;
    else throw new UsageError(`unknown option ${flag} (see the comment at the top of scripts/bench.ts)`);
  }
  return options;
}

async function fixturePages(): Promise<void> {
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
    rows.push(`${name.padEnd(44)} ${m.extract.toFixed(1).padStart(8)} ${m.analyze.toFixed(1).padStart(8)} ${m.match.toFixed(1).padStart(8)}`);
  }
  console.log(`${'page (median of ' + RUNS + ' runs, ms)'.padEnd(44)} ${'extract'.padStart(8)} ${'analyze'.padStart(8)} ${'match'.padStart(8)}`);
  console.log(rows.join('\n'));
  console.log(`${'median over pages'.padEnd(44)} ${median(totals.extract).toFixed(1).padStart(8)} ${median(totals.analyze).toFixed(1).padStart(8)} ${median(totals.match).toFixed(1).padStart(8)}`);
  db.close();
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.writeList) {
    const list = generateList({ count: options.count, seed: options.seed });
    writeFileSync(options.writeList, `${JSON.stringify(list)}\n`);
    console.log(`wrote ${options.writeList}: ${list.people?.length} people, ${list.organizations?.length} organizations, ${list.outlets?.length} outlets (seed ${options.seed})`);
    return;
  }
  if (options.chromium !== undefined) {
    // Loaded only here: it drives a browser (playwright-core) and needs the built extension.
    const { chromiumImport } = await import('./bench/chromium-import');
    const result = await chromiumImport(options.chromium);
    console.log(`Chromium import of ${result.records.toLocaleString('en')} records (${(result.bytes / 1e6).toFixed(1)} MB): ${(result.totalMs / 1000).toFixed(1)} s`);
    for (const step of result.steps) console.log(`  ${step.step.padEnd(40)} ${(step.ms / 1000).toFixed(2)} s`);
    return;
  }
  if (options.pages) await fixturePages();
  if (options.scale) {
    if (options.pages) console.log('');
    console.log(`Scale benchmark: a generated list (seed ${options.seed}) of ${options.sizes.map((n) => n.toLocaleString('en')).join(' and ')} records.`);
    await runScale({ sizes: options.sizes, runs: options.runs, seed: options.seed, gc: options.gc });
  }
}

main().catch((error) => {
  console.error(error instanceof UsageError ? `npm run bench: ${error.message}` : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});

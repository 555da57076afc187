/**
 * npm run corpus — runs the analysis over the 129 real pages of Readability's test suite
 * (shared/corpora/readability-pages) and reports verdicts and flags by kind, listing every
 * high-severity integrity flag with its page so a false alarm on real journalism is seen at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../utils/analysis/analyze';
import { dexieLookup } from '../utils/db/lookup';
import { FLAG_KINDS, type FlagKind } from '../utils/report';
import { GENERATOR, openLoadedDb, ROOT } from './lib/node-db';
import { readPage } from './lib/read-page';

const PAGES = process.env.READABILITY_PAGES ?? join(ROOT, '..', 'shared', 'corpora', 'readability-pages');
/** Flags that say the page itself is not journalism: they must not fire on real news pages. */
const INTEGRITY: FlagKind[] = ['self-disclosed-fabrication', 'generation-artifact'];

async function main(): Promise<void> {
  const db = await openLoadedDb();
  const lookup = dexieLookup(db);
  const verdicts = new Map<string, number>();
  const kinds = new Map<FlagKind, number>(FLAG_KINDS.map((k) => [k, 0]));
  const alarms: string[] = [];
  const pages = readdirSync(PAGES).sort();
  for (const page of pages) {
    const file = join(PAGES, page, 'source.html');
    const report = await analyze(readPage(readFileSync(file, 'utf8'), file), lookup, { generator: GENERATOR });
    verdicts.set(report.verdict, (verdicts.get(report.verdict) ?? 0) + 1);
    for (const flag of report.flags) {
      kinds.set(flag.kind, kinds.get(flag.kind)! + 1);
      if (INTEGRITY.includes(flag.kind)) alarms.push(`${page}: ${flag.kind}: ${flag.excerpt.slice(0, 120)}`);
    }
  }
  db.close();
  console.log(`${pages.length} pages; verdicts: ${[...verdicts].map(([v, n]) => `${v} ${n}`).join(', ')}`);
  console.log('flags by kind:');
  for (const [kind, n] of kinds) console.log(`  ${kind.padEnd(28)} ${n}`);
  console.log(alarms.length === 0 ? 'integrity flags on real pages: none' : `integrity flags on real pages:\n  ${alarms.join('\n  ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * npm run accuracy — speaker precision and recall against hand-annotated quotes from real pages
 * (tests/fixtures/quotes/annotations.json over shared/corpora/readability-pages).
 * Precision: of the annotated quotes the engine attributes, how many to the right speaker.
 * Recall: of all annotated quotes, how many the engine attributes to the right speaker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../utils/analysis/analyze';
import { personKeys } from '../utils/analysis/names';
import { dexieLookup } from '../utils/db/lookup';
import type { Attribution } from '../utils/report';
import { GENERATOR, openLoadedDb, readJson, ROOT } from './lib/node-db';
import { readPage } from './lib/read-page';

type Annotation = { page: string; fragment: string; speaker: string | null; kind: string };

const ANNOTATIONS = join(ROOT, 'tests', 'fixtures', 'quotes', 'annotations.json');
const PAGES = process.env.READABILITY_PAGES ?? join(ROOT, '..', 'shared', 'corpora', 'readability-pages');

/**
 * Same person: equal keys, the same surname (a continuation names only the surname), or a
 * single name the page itself uses for them ("her mother, Fiona"; "Yoon" for Yoon Suk Yeol).
 */
function samePerson(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const a = personKeys(predicted);
  const b = personKeys(gold);
  if (a.some((k) => b.includes(k))) return true;
  const surname = (keys: string[]) => keys[0]!.split(' ').at(-1);
  if (surname(a) === surname(b)) return true;
  const single = a[0]!.split(' ');
  return single.length === 1 && b[0]!.split(' ').includes(single[0]!);
}

function attributionFor(attributions: Attribution[], fragment: string): Attribution | undefined {
  return attributions.find((a) => a.quote?.includes(fragment)) ?? attributions.find((a) => a.excerpt.includes(fragment));
}

async function main(): Promise<void> {
  if (!existsSync(ANNOTATIONS) || !existsSync(PAGES)) {
    console.error(`accuracy: needs ${ANNOTATIONS} and ${PAGES}`);
    process.exit(2);
  }
  const annotations = readJson(ANNOTATIONS) as Annotation[];
  const db = await openLoadedDb();
  const lookup = dexieLookup(db);
  // Node 20 has no Map.groupBy.
  const byPage = new Map<string, Annotation[]>();
  for (const a of annotations) byPage.set(a.page, [...(byPage.get(a.page) ?? []), a]);
  let attributed = 0;
  let correct = 0;
  const misses: string[] = [];
  for (const [page, items] of byPage) {
    const file = join(PAGES, page, 'source.html');
    const report = await analyze(readPage(readFileSync(file, 'utf8'), file), lookup, { generator: GENERATOR });
    for (const item of items) {
      const found = attributionFor(report.attributions, item.fragment);
      if (!found) {
        misses.push(`missed   ${page}: "${item.fragment}" (${item.speaker ?? 'unnamed'})`);
        continue;
      }
      attributed++;
      if (samePerson(found.speaker, item.speaker)) correct++;
      else misses.push(`wrong    ${page}: "${item.fragment}" → ${found.speaker ?? 'unnamed'}, not ${item.speaker ?? 'unnamed'}`);
    }
  }
  db.close();
  if (process.argv.includes('--verbose')) console.log(misses.join('\n'));
  const precision = attributed === 0 ? 0 : correct / attributed;
  const recall = correct / annotations.length;
  console.log(`quotes ${annotations.length} on ${byPage.size} pages; attributed ${attributed}; right speaker ${correct}`);
  console.log(`speaker precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (targets 0.95 / 0.90)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

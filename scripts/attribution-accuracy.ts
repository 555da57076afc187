/**
 * npm run accuracy — speaker precision and recall against hand-annotated quotes from real pages
 * (shared/corpora/readability-pages): the set the rules were tuned on (annotations.json) and a
 * held-out set from other pages (held-out.json).
 * Precision: of the annotated quotes the engine attributes, how many to the right speaker.
 * Recall: of all annotated quotes, how many the engine attributes to the right speaker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../utils/analysis/analyze';
import { personKeys } from '../utils/analysis/names';
import { dexieLookup } from '../utils/db/lookup';
import type { SourceLookup } from '../utils/analysis/lookup';
import type { Attribution } from '../utils/report';
import { GENERATOR, openLoadedDb, readJson, ROOT } from './lib/node-db';
import { readPage } from './lib/read-page';

type Annotation = { page: string; fragment: string; speaker: string | null; kind: string };

const ANNOTATIONS = join(ROOT, 'tests', 'fixtures', 'quotes', 'annotations.json');
/** Quotes from pages the rules were never tuned on: the figure that says how the rules generalise. */
const HELD_OUT = join(ROOT, 'tests', 'fixtures', 'quotes', 'held-out.json');
const FRESH_HELD_OUT = join(ROOT, 'tests', 'fixtures', 'quotes', 'held-out-2.json');
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

type Score = { quotes: number; pages: number; attributed: number; correct: number; misses: string[] };

async function score(annotations: Annotation[], lookup: SourceLookup): Promise<Score> {
  // Node 20 has no Map.groupBy.
  const byPage = new Map<string, Annotation[]>();
  for (const a of annotations) byPage.set(a.page, [...(byPage.get(a.page) ?? []), a]);
  const result: Score = { quotes: annotations.length, pages: byPage.size, attributed: 0, correct: 0, misses: [] };
  for (const [page, items] of byPage) {
    const file = join(PAGES, page, 'source.html');
    const report = await analyze(readPage(readFileSync(file, 'utf8'), file), lookup, { generator: GENERATOR });
    for (const item of items) {
      const found = attributionFor(report.attributions, item.fragment);
      if (!found) {
        result.misses.push(`missed   ${page}: "${item.fragment}" (${item.speaker ?? 'unnamed'})`);
        continue;
      }
      result.attributed++;
      if (samePerson(found.speaker, item.speaker)) result.correct++;
      else result.misses.push(`wrong    ${page}: "${item.fragment}" → ${found.speaker ?? 'unnamed'}, not ${item.speaker ?? 'unnamed'}`);
    }
  }
  return result;
}

function summary(name: string, s: Score): string {
  const precision = s.attributed === 0 ? 0 : s.correct / s.attributed;
  const recall = s.correct / s.quotes;
  return `${name}: ${s.quotes} quotes on ${s.pages} pages; attributed ${s.attributed}; right speaker ${s.correct}; precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (targets 0.95 / 0.90)`;
}

async function main(): Promise<void> {
  if (!existsSync(ANNOTATIONS) || !existsSync(PAGES)) {
    console.error(`accuracy: needs ${ANNOTATIONS} and ${PAGES}`);
    process.exit(2);
  }
  const db = await openLoadedDb();
  const lookup = dexieLookup(db);
  const sets: [string, string][] = [
    ['tuning set', ANNOTATIONS],
    ['held-out set', HELD_OUT],
    ['fresh held-out set', FRESH_HELD_OUT], // annotated later, by someone who never saw the engine's output
  ];
  const lines: string[] = [];
  for (const [name, file] of sets) {
    if (!existsSync(file)) continue;
    const result = await score(readJson(file) as Annotation[], lookup);
    if (process.argv.includes('--verbose')) console.log(`${name}:\n${result.misses.join('\n')}`);
    lines.push(summary(name, result));
  }
  db.close();
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

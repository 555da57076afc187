/**
 * npm run build:lists — regenerates the bundled known-sources lists in public/lists/ from the
 * licensed datasets in shared/corpora/outlets (or OUTLET_CORPORA), and the manifest that names
 * them. The mapping is in scripts/lists/; this file reads, writes and reports what it left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countsByKind, renderJson } from './lists/list';
import { bundledManifest, buildFromCsv, LIST_SOURCES, listPath } from './lists/pipeline';

const ROOT = join(import.meta.dirname, '..');
const CORPORA = process.env.OUTLET_CORPORA ?? join(ROOT, '..', 'shared', 'corpora', 'outlets');
const PUBLIC = join(ROOT, 'public');

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');

for (const source of LIST_SOURCES) {
  const { list, dropped, leftOut } = buildFromCsv(source, readFileSync(join(CORPORA, source.csv), 'utf8'));
  writeFileSync(join(PUBLIC, listPath(source.id)), renderJson(list));
  console.log(`${listPath(source.id)}: ${list.outlets?.length ?? 0} outlets (${counts(countsByKind(list))})`);
  if (Object.keys(leftOut).length > 0) console.log(`  left out by design: ${counts(leftOut)}`);
  if (dropped.length > 0) console.log(`  dropped ${dropped.length}:`);
  for (const { entry, reason } of dropped) console.log(`    ${entry}: ${reason}`);
}
writeFileSync(join(PUBLIC, 'lists', 'bundled.json'), renderJson(bundledManifest()));
console.log('lists/bundled.json: written');

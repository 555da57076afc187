/** The extension's database schema on Node: the same Dexie tables over fake-indexeddb. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importList } from '../../utils/db/import-list';
import { SourcecheckDB } from '../../utils/db/schema';
import { BUNDLED_MANIFEST_PATH, ensureBundledLists, ensureStarterList, parseManifest, STARTER_LIST_PATH } from '../../utils/db/bundled-lists';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export const packageVersion = (readJson(`${ROOT}package.json`) as { version: string }).version;
/** What the extension writes as Report.generator, so reports from both compare equal. */
export const GENERATOR = `Sourcecheck ${packageVersion}`;

let counter = 0;

/** A fresh, private database: each run and each test starts from nothing. */
export function openNodeDb(): SourcecheckDB {
  counter += 1;
  return new SourcecheckDB(`sourcecheck-node-${process.pid}-${counter}`, { indexedDB, IDBKeyRange });
}

/**
 * A database loaded as the extension loads its own: every bundled list (`bundled`, the default),
 * only the starter list (`starter`: quicker, for tests that need no public dataset), or none;
 * then the given list files.
 */
export async function openLoadedDb(options: { bundled?: 'all' | 'starter' | 'none'; lists?: string[] } = {}): Promise<SourcecheckDB> {
  const db = openNodeDb();
  const bundled = options.bundled ?? 'all';
  if (bundled === 'all') {
    const manifest = parseManifest(readJson(`${ROOT}public/${BUNDLED_MANIFEST_PATH}`));
    await ensureBundledLists(db, manifest, async (path) => readJson(`${ROOT}public/${path}`));
  }
  if (bundled === 'starter') await ensureStarterList(db, readJson(`${ROOT}public/${STARTER_LIST_PATH}`));
  for (const path of options.lists ?? []) await importList(db, readJson(path), 'file');
  return db;
}

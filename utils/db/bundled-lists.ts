/**
 * Bundled lists: compiled into the extension, each reloaded whenever its version changes (never
 * through Dexie's populate, which runs only once), and kept apart from imported and user lists.
 * `public/lists/bundled.json` names them in order of precedence: the hand-curated starter list
 * first, then the lists built from public datasets (scripts/build-lists.ts).
 */
import { z } from 'zod';
import { validateList, writeList } from './import-list';
import { removeList } from './remove-list';
import type { SourcecheckDB } from './schema';

export const STARTER_LIST_ID = 'starter';
export const STARTER_LIST_PATH = 'lists/starter.json';
export const BUNDLED_MANIFEST_PATH = 'lists/bundled.json';

/** `public/lists/bundled.json`: the bundled lists by id and path, in order of precedence. */
const bundledManifest = z.object({ lists: z.array(z.object({ id: z.string().min(1), path: z.string().min(1) })) });
export type BundledManifest = z.infer<typeof bundledManifest>;

const versionKey = (listId: string) => `bundled-version:${listId}`;

export function parseManifest(data: unknown): BundledManifest {
  const parsed = bundledManifest.safeParse(data);
  if (!parsed.success) throw new Error(`${BUNDLED_MANIFEST_PATH} is not a list manifest: expected { "lists": [{ "id", "path" }] }`);
  return parsed.data;
}

/** Imports one bundled list unless this exact version is already in the database. */
export async function ensureBundledList(db: SourcecheckDB, listId: string, data: unknown, rank: number): Promise<'imported' | 'current'> {
  // The version is read before validating: a worker start with nothing new costs one parse, not a validation.
  const { version: own, updated } = (data ?? {}) as { version?: unknown; updated?: unknown };
  const version = String(own ?? updated ?? 'unversioned');
  const [stored, row] = await Promise.all([db.meta.get(versionKey(listId)), db.lists.get(listId)]);
  if (stored?.value === version && row?.rank === rank) return 'current';
  await writeList(db, validateList(data, listId), 'bundled', { listId, rank });
  await db.meta.put({ key: versionKey(listId), value: version });
  return 'imported';
}

export async function ensureStarterList(db: SourcecheckDB, data: unknown): Promise<'imported' | 'current'> {
  return ensureBundledList(db, STARTER_LIST_ID, data, 0);
}

/**
 * Every list the manifest names, in its order of precedence; a bundled list the manifest no
 * longer names is removed. `read` fetches a file of the package (the extension's own files, or
 * the repository's public/ folder in Node).
 */
export async function ensureBundledLists(db: SourcecheckDB, manifest: BundledManifest, read: (path: string) => Promise<unknown>): Promise<void> {
  for (const [rank, entry] of manifest.lists.entries()) await ensureBundledList(db, entry.id, await read(entry.path), rank);
  const named = new Set(manifest.lists.map((l) => l.id));
  const stale = await db.lists.where('origin').equals('bundled').filter((l) => !named.has(l.id)).toArray();
  for (const list of stale) {
    await removeList(db, list.id);
    await db.meta.delete(versionKey(list.id));
  }
}

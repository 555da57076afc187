/**
 * What a history export says about itself: this Sourcecheck's version and the lists in force
 * now, in order of precedence (each entry keeps the lists its own check used).
 */
import { browser } from 'wxt/browser';
import { dexieLookup } from '../../utils/db/lookup';
import type { ExportContext } from '../../utils/export/formats';
import { db } from '../db';

export async function historyExportContext(now = new Date()): Promise<ExportContext> {
  const lists = (await dexieLookup(db).lists()).map(({ name, version }) => (version ? { name, version } : { name }));
  return { generator: `Sourcecheck ${browser.runtime.getManifest().version}`, lists, exportedAt: now.toISOString() };
}

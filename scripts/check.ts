/**
 * npm run check -- <page.html|dir> [--url <url>] [--sources list.json]… [--no-bundled] [--json | --export csv|md|json]
 * The same extraction and analysis as the extension, on files; `--export` writes the flagged
 * reports in the format the extension exports, with the extension's own code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../utils/analysis/analyze';
import type { SourceLookup } from '../utils/analysis/lookup';
import { dexieLookup } from '../utils/db/lookup';
import { EXPORT_FORMATS, exportEntries, isExportFormat, type ExportFormat } from '../utils/export/formats';
import { isFlagged, type HistoryEntry } from '../utils/history/entry';
import type { Report } from '../utils/report';
import { formatReport } from './lib/format';
import { GENERATOR, openLoadedDb } from './lib/node-db';
import { readPage } from './lib/read-page';

const USAGE = `usage: npm run check -- <page.html|dir> [--url <url>] [--sources list.json]… [--no-bundled] [--json | --export ${EXPORT_FORMATS.join('|')}]`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(path);
      // Links are followed: a dangling one is reported like any unreadable page.
      return (entry.isFile() || entry.isSymbolicLink()) && /\.html?$/i.test(entry.name) ? [path] : [];
    });
}

/**
 * When an export's pages are checked and the export made: now, or SOURCE_DATE_EPOCH (whole seconds
 * since 1970, the reproducible-builds convention) so the same pages export to the same bytes.
 */
function exportTime(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined) return new Date();
  const time = new Date(Number(epoch) * 1000);
  if (!/^\d+$/.test(epoch) || Number.isNaN(time.getTime())) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
  return time;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        sources: { type: 'string', multiple: true },
        'no-bundled': { type: 'boolean' },
        json: { type: 'boolean' },
        export: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const target = positionals[0];
  if (!target || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  let exporting: { format: ExportFormat; at: Date } | undefined;
  if (values.export !== undefined) {
    if (values.json || !isExportFormat(values.export)) {
      console.error(`check: ${values.json ? '--export and --json cannot be used together' : `unknown export format "${values.export}"`}\n${USAGE}`);
      return 2;
    }
    try {
      exporting = { format: values.export, at: exportTime() };
    } catch (error) {
      console.error(`check: ${(error as Error).message}`);
      return 2;
    }
  }
  let isDir: boolean;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    console.error(`check: no such file or directory: ${target}`);
    return 2;
  }

  let db;
  try {
    db = await openLoadedDb({ bundled: values['no-bundled'] ? 'none' : 'all', lists: values.sources ?? [] });
  } catch (error) {
    console.error(`check: ${(error as Error).message}`);
    return 2;
  }
  const lookup = dexieLookup(db);
  const check = (file: string, url?: string) => analyze(readPage(readFileSync(file, 'utf8'), file, url), lookup, { generator: GENERATOR });

  if (exporting) {
    return exportFlagged(exporting.format, exporting.at, isDir ? htmlFiles(target) : [target], (file) => check(file, isDir ? undefined : values.url), lookup);
  }

  if (!isDir) {
    const report = await check(target, values.url);
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  }

  let failures = 0;
  for (const file of htmlFiles(target)) {
    try {
      const report = await check(file);
      console.log(values.json ? JSON.stringify({ file, ...report }) : `${file}\n${formatReport(report)}\n`);
    } catch (error) {
      failures += 1;
      console.error(`check: ${file}: ${(error as Error).message}`);
    }
  }
  return failures > 0 && !values.json ? 1 : 0;
}

/**
 * --export: the flagged reports of the pages (as the history keeps them, all checked at `at`) in
 * the extension's export format on stdout. A page that fails is reported on stderr and the run
 * goes on, but exits 1: the export lacks it.
 */
async function exportFlagged(format: ExportFormat, at: Date, files: string[], check: (file: string) => Promise<Report>, lookup: SourceLookup): Promise<number> {
  const checkedAt = at.toISOString();
  const entries: HistoryEntry[] = [];
  let failures = 0;
  for (const file of files) {
    try {
      const report = await check(file);
      if (isFlagged(report)) entries.push({ ...report, checkedAt });
    } catch (error) {
      failures += 1;
      console.error(`check: ${file}: ${(error as Error).message}`);
    }
  }
  // The lists every report names as in force, whether or not any page was flagged.
  const lists = (await lookup.lists()).map(({ name, version }) => ({ name, version }));
  const text = exportEntries(format, entries, { generator: GENERATOR, lists, exportedAt: checkedAt });
  // Written in full before the process exits, even where a pipe to stdout is asynchronous.
  await new Promise<void>((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`check: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);

/**
 * npm run check -- <page.html|dir> [--url <url>] [--sources list.json]… [--no-bundled] [--json]
 * The same extraction and analysis as the extension, on files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../utils/analysis/analyze';
import { dexieLookup } from '../utils/db/lookup';
import { formatReport } from './lib/format';
import { GENERATOR, openLoadedDb } from './lib/node-db';
import { readPage } from './lib/read-page';

const USAGE = 'usage: npm run check -- <page.html|dir> [--url <url>] [--sources list.json]… [--no-bundled] [--json]';

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

  if (!isDir) {
    const report = await analyze(readPage(readFileSync(target, 'utf8'), target, values.url), lookup, { generator: GENERATOR });
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  }

  let failures = 0;
  for (const file of htmlFiles(target)) {
    try {
      const report = await analyze(readPage(readFileSync(file, 'utf8'), file), lookup, { generator: GENERATOR });
      console.log(values.json ? JSON.stringify({ file, ...report }) : `${file}\n${formatReport(report)}\n`);
    } catch (error) {
      failures += 1;
      console.error(`check: ${file}: ${(error as Error).message}`);
    }
  }
  return failures > 0 && !values.json ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`check: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);

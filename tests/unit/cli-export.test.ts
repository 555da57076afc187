/**
 * `npm run check -- <dir> --export csv|md|json`, spawned as a user runs it: its output must be what
 * the extension's own export functions make of the same pages' flagged reports.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportEntries, type ExportContext } from '../../utils/export/formats';
import { jsonExport, parseJsonExport } from '../../utils/export/json';
import { isFlagged, type HistoryEntry } from '../../utils/history/entry';
import type { Report } from '../../utils/report';
import { FIXTURE_LIST, PAGES_DIR } from '../helpers/fixtures';

const ROOT = join(import.meta.dirname, '..', '..');
/** The starter list and the fixture list only: loading the large public lists in four runs at once takes long. */
const LISTS = ['--no-bundled', '--sources', join(ROOT, 'public', 'lists', 'starter.json'), '--sources', FIXTURE_LIST];
/** 2026-11-23T14:05:00Z, passed as the reproducible-builds convention passes a build time. */
const EPOCH = '1795442700';
const AT = new Date(Number(EPOCH) * 1000).toISOString();

type Run = { code: number; stdout: string; stderr: string };

function check(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env, SOURCE_DATE_EPOCH: EPOCH };
    execFile('node_modules/.bin/tsx', ['scripts/check.ts', ...args], { cwd: ROOT, env, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A directory of saved pages: two flagged (one in a subdirectory) and a clean wire report that is not. */
function pagesDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcecheck-cli-export-'));
  mkdirSync(join(dir, 'more'));
  copyFileSync(join(PAGES_DIR, 'seed-imagined-wired', 'page.html'), join(dir, 'a-imagined-wired.html'));
  copyFileSync(join(PAGES_DIR, 'own-reuters-grid-upgrade', 'page.html'), join(dir, 'b-reuters.html'));
  copyFileSync(join(PAGES_DIR, 'own-template-placeholders', 'page.html'), join(dir, 'more', 'c-placeholders.html'));
  return dir;
}

describe('npm run check -- <dir> --export', () => {
  const dir = pagesDir();
  const formats = ['csv', 'md', 'json'] as const;
  let exports: Record<(typeof formats)[number], Run>;
  let entries: HistoryEntry[];
  let context: ExportContext;

  /**
   * One run per format, and the same pages' reports as --json prints them, kept and stamped as an
   * export keeps them; all at once, since each spawn takes seconds.
   */
  beforeAll(async () => {
    const [json, ...runs] = await Promise.all([check(dir, ...LISTS, '--json'), ...formats.map((format) => check(dir, ...LISTS, '--export', format))]);
    exports = { csv: runs[0]!, md: runs[1]!, json: runs[2]! };
    expect(json!.code).toBe(0);
    const reports = json!.stdout
      .trim()
      .split('\n')
      .map((line) => {
        const { file: _file, ...report } = JSON.parse(line) as Report & { file: string };
        return report;
      });
    entries = reports.filter(isFlagged).map((report) => ({ ...report, checkedAt: AT }));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThan(reports.length);
    context = { generator: reports[0]!.generator, lists: reports[0]!.lists, exportedAt: AT };
  }, 120_000);

  it.each(['csv', 'md'] as const)('--export %s prints exactly what the extension exports for the flagged reports', (format) => {
    const run = exports[format];
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(exportEntries(format, entries, context));
  });

  it('--export json prints what the extension exports for the flagged reports, timings aside, and imports back', () => {
    const run = exports.json;
    expect(run.code).toBe(0);
    // Each run times its own analysis: the library is given the timings this run measured.
    const { articles } = JSON.parse(run.stdout) as { articles: HistoryEntry[] };
    const timed = entries.map((entry, i) => ({ ...entry, timings: articles[i]!.timings }));
    expect(run.stdout).toBe(jsonExport(timed, context));
    expect(parseJsonExport(run.stdout)).toEqual(timed);
  });

  it('--export with --json, or an unknown format, is a usage error with nothing on stdout', async () => {
    const runs = await Promise.all([check(dir, '--export', 'csv', '--json'), check(dir, '--export', 'xlsx')]);
    expect(runs.map((r) => r.code)).toEqual([2, 2]);
    expect(runs.map((r) => r.stdout)).toEqual(['', '']);
    expect(runs[0]!.stderr).toContain('--export and --json cannot be used together');
    expect(runs[1]!.stderr).toContain('unknown export format "xlsx"');
  });
});

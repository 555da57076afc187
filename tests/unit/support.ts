/** Shared by the unit tests: small known-sources lists in a temp dir, and one page through the pipeline. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Flag, FlagKind, Report } from '../../utils/report';
import { analyzeHtml, articlePage } from '../helpers/analyze-html';

const dir = mkdtempSync(join(tmpdir(), 'sourcecheck-unit-'));
let counter = 0;

/** Writes a `sourcecheck.sources/1` list to a temp file and returns its path. */
export function writeList(records: Record<string, unknown>, name = 'Unit test list'): string {
  counter += 1;
  const path = join(dir, `list-${counter}.json`);
  writeFileSync(path, JSON.stringify({ format: 'sourcecheck.sources/1', name, ...records }));
  return path;
}

/** Writes any JSON (valid or not) to a temp file. */
export function writeJson(data: unknown, file = `data-${++counter}.json`): string {
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

export type PageCase = {
  paragraphs: string[];
  /** Defaults to a page on reuters.com, a known wire in the starter list, so the host raises nothing. */
  url?: string;
  page?: Parameters<typeof articlePage>[1];
  /** Records of a list written for this case. */
  list?: Record<string, unknown>;
  bundled?: 'all' | 'starter' | 'none';
};

export const KNOWN_WIRE_URL = 'https://www.reuters.com/world/ferry-terminal-reopens-2026-05-02/';

export async function checkPage(c: PageCase): Promise<Report> {
  const lists = c.list ? [writeList(c.list)] : [];
  return analyzeHtml(articlePage(c.paragraphs, c.page), c.url ?? KNOWN_WIRE_URL, { lists, bundled: c.bundled ?? 'starter' });
}

export function flagsOf(report: Report, kind: FlagKind): Flag[] {
  return report.flags.filter((f) => f.kind === kind);
}

/** The single flag of a kind; fails the test when there are none or several. */
export function onlyFlag(report: Report, kind: FlagKind): Flag {
  const flags = flagsOf(report, kind);
  if (flags.length !== 1) throw new Error(`expected one ${kind} flag, got ${flags.length}: ${JSON.stringify(report.flags, null, 1)}`);
  return flags[0]!;
}

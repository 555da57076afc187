/** The command line, spawned as a user runs it. Few cases: each spawn costs about a second. */
import { execFile } from 'node:child_process';
import { mkdirSync, symlinkSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../utils/report';
import { FIXTURE_LIST, PAGES_DIR, type Expected } from '../helpers/fixtures';
import { writeJson } from './support';

const ROOT = join(import.meta.dirname, '..', '..');

type Run = { code: number; stdout: string; stderr: string };

function check(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('node_modules/.bin/tsx', ['scripts/check.ts', ...args], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const article = (title: string, canonical: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title><link rel="canonical" href="${canonical}">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"${title}"}</script></head>
  <body><article><h1>${title}</h1><p>The ferry terminal reopened on Friday after a month of repairs, the port said.</p></article></body></html>`;

describe('npm run check', () => {
  it('--json prints one JSON report on stdout with the page’s verdict', async () => {
    const fixture = join(PAGES_DIR, 'own-onion-satire');
    const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8')) as Expected;
    const run = await check(join(fixture, 'page.html'), '--url', expected.url, '--sources', FIXTURE_LIST, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.url).toBe(expected.url);
    expect(report.verdict).toBe('unverifiable');
    expect(report.flags.find((f) => f.kind === 'outlet-warning')?.severity).toBe('high');
    expect(report.lists.map((l) => l.name)).toContain('Sourcecheck test fixtures (fictional)');
  }, 30_000);

  it('a directory run prints one JSON line per .html file with a file field, reports an unreadable page on stderr and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcecheck-cli-'));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'a-ferry.html'), article('Ferry terminal reopens', 'https://www.reuters.com/world/ferry-2026/'));
    writeFileSync(join(dir, 'nested', 'c-quay.htm'), article('Quay reopens', 'https://quay-news.example/quay'));
    // A page that vanished mid-run (a dangling link) cannot be read: it must not stop the run.
    symlinkSync(join(dir, 'gone.html'), join(dir, 'b-broken.html'));
    writeFileSync(join(dir, 'notes.txt'), 'not a page');

    const run = await check(dir, '--json');
    const lines = run.stdout.trim().split('\n');
    const reports = lines.map((line) => JSON.parse(line) as Report & { file: string });
    expect(reports.map((r) => r.file)).toEqual([join(dir, 'a-ferry.html'), join(dir, 'nested', 'c-quay.htm')]);
    expect(reports.map((r) => r.verdict)).toEqual(['verified', 'mixed']);
    expect(reports[1]!.url).toBe('https://quay-news.example/quay');
    expect(run.stderr).toContain('b-broken.html');
  }, 30_000);

  it('a missing file exits non-zero with a message on stderr and nothing on stdout', async () => {
    const run = await check(join(tmpdir(), 'sourcecheck-no-such-page.html'), '--json');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('sourcecheck-no-such-page.html');
    expect(run.stdout).toBe('');
  }, 30_000);

  it('an invalid --sources list exits non-zero naming the list and the field', async () => {
    const list = writeJson({
      format: 'sourcecheck.sources/1',
      name: 'Broken desk list',
      outlets: [{ id: 'quay-news', name: 'Quay News', domains: ['quay-news.example'], kind: 'gossip' }],
    });
    const run = await check(join(PAGES_DIR, 'own-onion-satire', 'page.html'), '--sources', list, '--json');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('Broken desk list');
    expect(run.stderr).toContain('outlets[0]');
    expect(run.stderr).toContain('field kind');
    expect(run.stdout).toBe('');
  }, 30_000);
});

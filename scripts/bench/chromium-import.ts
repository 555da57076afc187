/**
 * Import of a generated list of known sources in real Chromium, through the options page as a
 * user does it (file input → validate → one transaction), with the time of every step the page
 * shows. Needs the built extension (.output/chrome-mv3) and Debian's Chromium.
 * Run: npm run bench -- --chromium [count]   (or tsx scripts/bench/chromium-import.ts [count])
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../../tests/e2e/harness';
import { generateList } from './generate-list';

export type ChromiumImport = { records: number; bytes: number; totalMs: number; steps: { step: string; ms: number }[] };

export async function chromiumImport(count: number): Promise<ChromiumImport> {
  const list = generateList({ count });
  const path = join(mkdtempSync(join(tmpdir(), 'sourcecheck-bench-')), `generated-${count}.json`);
  const text = JSON.stringify(list);
  writeFileSync(path, text);
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByTestId('import-file').waitFor({ state: 'attached' });
    if (process.env.SETTLE_MS) await page.waitForTimeout(Number(process.env.SETTLE_MS));
    await page.evaluate(() => performance.clearMarks());
    const started = performance.now();
    await page.getByTestId('import-file').setInputFiles(path);
    // A busy page answers no query until its step ends, so steps are timed by the page's own marks, read once at the end.
    await page.getByTestId('import-summary').waitFor({ timeout: 600_000 });
    const ended = performance.now();
    const failed = await page.locator('.summary--failed').count();
    if (failed > 0) throw new Error(`import failed: ${await page.getByTestId('import-summary').textContent()}`);
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('sourcecheck-import:'))
        .map((m) => ({ step: m.name.slice('sourcecheck-import:'.length), at: m.startTime })),
    );
    const firstOfEach = marks.filter((m, i) => i === 0 || marks[i - 1]!.step !== m.step);
    const steps = firstOfEach.slice(0, -1).map((m, i) => ({ step: m.step, ms: Math.round(firstOfEach[i + 1]!.at - m.at) }));
    return { records: count, bytes: text.length, totalMs: Math.round(ended - started), steps };
  } finally {
    await browser.context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100_000);
  const result = await chromiumImport(count);
  console.log(`Chromium import of ${result.records.toLocaleString('en')} records (${(result.bytes / 1e6).toFixed(1)} MB): ${(result.totalMs / 1000).toFixed(1)} s`);
  for (const s of result.steps) console.log(`  ${s.step.padEnd(12)} ${(s.ms / 1000).toFixed(2)} s`);
}

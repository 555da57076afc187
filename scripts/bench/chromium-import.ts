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

/** Reading the page more often than this slows the import it measures (each read is a round trip that makes the page render). */
const POLL_MS = 250;

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
    const seen: { step: string; at: number }[] = [];
    const started = performance.now();
    await page.getByTestId('import-file').setInputFiles(path);
    for (;;) {
      const summary = await page.getByTestId('import-summary').count();
      if (summary > 0) break;
      const status = await page.locator('[data-testid="import-progress"] [role="status"]').textContent().catch(() => null);
      const step = status?.replace(/\s*\d+%$/, '').replace(/[\d,]+/g, 'N') ?? null;
      if (step && seen.at(-1)?.step !== step) seen.push({ step, at: performance.now() });
      if (performance.now() - started > 600_000) throw new Error('import did not finish in 10 minutes');
      await page.waitForTimeout(POLL_MS);
    }
    const ended = performance.now();
    const failed = await page.locator('.summary--failed').count();
    if (failed > 0) throw new Error(`import failed: ${await page.getByTestId('import-summary').textContent()}`);
    const steps = seen.map((s, i) => ({ step: s.step, ms: Math.round((seen[i + 1]?.at ?? ended) - s.at) }));
    return { records: count, bytes: text.length, totalMs: Math.round(ended - started), steps };
  } finally {
    await browser.context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100_000);
  const result = await chromiumImport(count);
  console.log(`Chromium import of ${result.records.toLocaleString('en')} records (${(result.bytes / 1e6).toFixed(1)} MB): ${(result.totalMs / 1000).toFixed(1)} s`);
  for (const s of result.steps) console.log(`  ${s.step.padEnd(40)} ${(s.ms / 1000).toFixed(2)} s`);
}

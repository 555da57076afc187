/** Which reports the history collects as flagged, and the entry schema an import validates with. */
import { describe, expect, it } from 'vitest';
import { historyEntrySchema, isFlagged } from '../../utils/history/entry';
import type { Flag, Report, Severity } from '../../utils/report';
import { checkPage } from './support';

const flag = (severity: Severity): Flag => ({ kind: 'unknown-author', severity, message: 'a message', excerpt: 'an excerpt' });
const withFlags = (report: Report, ...severities: Severity[]): Report => ({ ...report, flags: severities.map(flag) });

describe('isFlagged', () => {
  it('is true with a high or medium flag, false with only low flags or none', async () => {
    const report = await checkPage({ paragraphs: ['The ferry terminal reopened on Friday after a month of repairs, the port said.'] });
    expect(isFlagged(withFlags(report, 'high'))).toBe(true);
    expect(isFlagged(withFlags(report, 'low', 'medium'))).toBe(true);
    expect(isFlagged(withFlags(report, 'low', 'low'))).toBe(false);
    expect(isFlagged(withFlags(report))).toBe(false);
  });
});

describe('historyEntrySchema', () => {
  it('accepts a real report with its check time, and a saved page’s file address', async () => {
    const report = await checkPage({ paragraphs: ['The ferry terminal reopened on Friday after a month of repairs, the port said.'] });
    expect(historyEntrySchema.safeParse({ ...report, checkedAt: '2026-11-23T14:05:00.000Z' }).success).toBe(true);
    expect(historyEntrySchema.safeParse({ ...report, url: 'file:///home/me/page.html', checkedAt: '2026-11-23T14:05:00+01:00' }).success).toBe(true);
  });

  it('refuses an unknown verdict, flag kind, severity or outlet kind, and a check time that is not a time', async () => {
    const report = await checkPage({ paragraphs: ['The ferry terminal reopened on Friday after a month of repairs, the port said.'] });
    const entry = { ...report, checkedAt: '2026-11-23T14:05:00.000Z' };
    const bad = [
      { ...entry, verdict: 'true' },
      { ...entry, flags: [{ ...flag('high'), kind: 'rumour' }] },
      { ...entry, flags: [{ ...flag('high'), severity: 'critical' }] },
      { ...entry, outlet: { ...entry.outlet, kind: 'tabloid' } },
      { ...entry, checkedAt: 'yesterday' },
      { ...entry, flags: Array.from({ length: 2_001 }, () => flag('low')) },
    ];
    for (const value of bad) expect(historyEntrySchema.safeParse(value).success).toBe(false);
  });
});

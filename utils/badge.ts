/** The toolbar badge for a report: the verdict at a glance. */
import type { Report } from './report';

export type Badge = { text: string; color: string; title: string };

/** Colours with at least 4.5:1 contrast against the white badge text. */
export const BADGE_COLORS = { verified: '#1a7f37', mixed: '#b35900', unverifiable: '#c62828' } as const;

export function badgeFor(report: Report): Badge | null {
  const count = (severity: 'high' | 'medium') => report.flags.filter((f) => f.severity === severity).length;
  const title = `Sourcecheck — ${report.summary}`;
  switch (report.verdict) {
    case 'not-article':
      return null;
    case 'unverifiable':
      return { text: `!${count('high')}`, color: BADGE_COLORS.unverifiable, title };
    case 'mixed':
      return { text: String(count('medium')), color: BADGE_COLORS.mixed, title };
    case 'verified':
      return { text: '✓', color: BADGE_COLORS.verified, title };
  }
}

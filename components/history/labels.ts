import type { Retention } from '../../utils/history/retention';
import type { Severity } from '../../utils/report';

export const RETENTION_LABELS: Record<Retention, string> = {
  forever: 'Keep forever',
  '30': 'Keep 30 days',
  '90': 'Keep 90 days',
};

export const SEVERITY_WORDS: Record<Severity, { one: string; many: string }> = {
  high: { one: 'high flag', many: 'high flags' },
  medium: { one: 'medium flag', many: 'medium flags' },
  low: { one: 'low note', many: 'low notes' },
};

/** "1 article", "12 articles". */
export function articles(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}`;
}

/** A local calendar day (an `<input type=date>` value, "2026-11-23") as the ISO time it starts at. */
export function startOfDay(day: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).toISOString();
}

/** The ISO time the local day after `day` starts at: a "to" day includes the whole day. */
export function startOfNextDay(day: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1).toISOString();
}

/** "23 Nov 2026, 14:05" in the reader's own locale and time zone. */
export function checkedTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The page's host without www, for an address shown small under its title. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

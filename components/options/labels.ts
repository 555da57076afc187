import type { ListOrigin } from '../../utils/db/schema';
import type { RecordKind } from '../../utils/db/stored-rows';

export const KIND_LABELS: Record<RecordKind, { one: string; many: string }> = {
  outlets: { one: 'outlet', many: 'outlets' },
  people: { one: 'person', many: 'people' },
  organizations: { one: 'organization', many: 'organizations' },
  articles: { one: 'article', many: 'articles' },
  claimReviews: { one: 'claim review', many: 'claim reviews' },
};

export const TAB_LABELS: Record<RecordKind, string> = {
  outlets: 'Outlets',
  people: 'People',
  organizations: 'Organizations',
  articles: 'Articles',
  claimReviews: 'Claim reviews',
};

export const ORIGIN_LABELS: Record<ListOrigin, string> = {
  bundled: 'Bundled',
  file: 'From a file',
  user: 'Yours',
};

/** "1 person", "2,425 outlets". */
export function countOf(kind: RecordKind, n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many}`;
}

/** "2026-11-23T09:37:00.000Z" → "2026-11-23": dates as the lists write them. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

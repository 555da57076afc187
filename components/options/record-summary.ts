import type { RecordKind, StoredRowOf } from '../../utils/db/stored-rows';
import { OUTLET_KIND_LABELS } from '../labels';

export type Summary = { title: string; detail: string };

/** What a row of the record list shows: the record's name and the facts that tell it apart. */
export function summarize(kind: RecordKind, row: StoredRowOf[RecordKind]): Summary {
  switch (kind) {
    case 'outlets': {
      const o = row as StoredRowOf['outlets'];
      return { title: o.name, detail: [OUTLET_KIND_LABELS[o.kind], o.domains.join(', ')].join(' · ') };
    }
    case 'people': {
      const p = row as StoredRowOf['people'];
      const roles = (p.affiliations ?? []).map((a) => [a.title, a.organization].filter(Boolean).join(', '));
      return { title: p.name, detail: roles.join('; ') || (p.aliases ?? []).join(', ') };
    }
    case 'organizations': {
      const o = row as StoredRowOf['organizations'];
      return { title: o.name, detail: [o.kind, (o.domains ?? []).join(', ')].filter(Boolean).join(' · ') };
    }
    case 'articles': {
      const a = row as StoredRowOf['articles'];
      return { title: a.title, detail: [a.urlKey, a.published].filter(Boolean).join(' · ') };
    }
    case 'claimReviews': {
      const c = row as StoredRowOf['claimReviews'];
      return { title: c.claim, detail: `${c.reviewer}: ${c.rating}` };
    }
  }
}

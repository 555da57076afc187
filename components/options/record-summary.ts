import { urlKey } from '../../utils/analysis/urls';
import type { ListedRecord, RecordKind, RecordOf } from '../../utils/db/stored-rows';
import { OUTLET_KIND_LABELS } from '../labels';

export type Summary = { title: string; detail: string };

/** What a row of the record list shows: the record's name and the facts that tell it apart. */
export function summarize(kind: RecordKind, record: RecordOf[RecordKind] | ListedRecord): Summary {
  switch (kind) {
    case 'outlets': {
      const o = record as RecordOf['outlets'];
      return { title: o.name, detail: [OUTLET_KIND_LABELS[o.kind], o.domains.join(', ')].join(' · ') };
    }
    case 'people': {
      const p = record as RecordOf['people'];
      const roles = (p.affiliations ?? []).map((a) => [a.title, a.organization].filter(Boolean).join(', '));
      return { title: p.name, detail: roles.join('; ') || (p.aliases ?? []).join(', ') };
    }
    case 'organizations': {
      const o = record as RecordOf['organizations'];
      return { title: o.name, detail: [o.kind, (o.domains ?? []).join(', ')].filter(Boolean).join(' · ') };
    }
    case 'articles': {
      const a = record as RecordOf['articles'];
      // The address as lookups match it: no scheme, "www.", query or trailing slash.
      return { title: a.title, detail: [urlKey(a.url) ?? a.url, a.published].filter(Boolean).join(' · ') };
    }
    case 'claimReviews': {
      const c = record as RecordOf['claimReviews'];
      return { title: c.claim, detail: `${c.reviewer}: ${c.rating}` };
    }
  }
}

import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { recordByKey } from '../../utils/db/list-store';
import { recordKey, type RecordKind, type RecordOf } from '../../utils/db/stored-rows';
import type { OutletKind } from '../../utils/report';
import { db } from '../db';
import { ExternalLink } from '../ExternalLink';
import { OUTLET_KIND_LABELS } from '../labels';
import { Facts } from './Facts';
import { FORM_FIELDS } from './record-draft';

type Fields = Record<string, unknown>;

/** Links that back the record: its evidence, or for articles and reviews their own address. */
function evidenceOf(kind: RecordKind, record: Fields): string[] {
  if (kind === 'articles' || kind === 'claimReviews') return [String(record.url)];
  return (record.evidence as string[] | undefined) ?? [];
}

function valueOf(kind: RecordKind, field: string, value: unknown, outletName: string | undefined): ReactNode {
  if (value === undefined) return undefined;
  if (kind === 'outlets' && field === 'kind') return OUTLET_KIND_LABELS[value as OutletKind];
  if (field === 'url') return <ExternalLink href={String(value)} />;
  if (field === 'outlet') return outletName ? `${outletName} (${String(value)})` : String(value);
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Everything a record says, with the list it comes from and its evidence. */
export function RecordFacts({ kind, record, listId, listName }: { kind: RecordKind; record: RecordOf[RecordKind]; listId: string; listName: string }) {
  const fields = record as Fields;
  const outletId = typeof fields.outlet === 'string' ? fields.outlet : null;
  const outletName = useLiveQuery(async () => (outletId ? (await recordByKey(db, 'outlets', recordKey(listId, outletId)))?.name : undefined), [listId, outletId]);
  const shown = FORM_FIELDS[kind].filter((spec) => spec.name !== 'evidence');
  const evidence = evidenceOf(kind, fields);
  const affiliations = kind === 'people' ? ((record as RecordOf['people']).affiliations ?? []) : [];

  return (
    <>
      <Facts
        testId="record-facts"
        items={[['List', listName], ...shown.map((spec): [string, ReactNode] => [spec.label, valueOf(kind, spec.name, fields[spec.name], outletName)])]}
      />
      {kind === 'people' && (
        <>
          <h4>Affiliations</h4>
          {affiliations.length === 0 ? (
            <p className="muted">None given.</p>
          ) : (
            <ul className="plain" data-testid="affiliations">
              {affiliations.map((a, i) => (
                <li key={i}>
                  {[a.title, a.organization].filter(Boolean).join(', ')}
                  {(a.from || a.to) && <span className="muted"> ({[a.from ?? '…', a.to ?? 'now'].join('–')})</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h4>Evidence</h4>
      {evidence.length === 0 ? (
        <p className="muted">No evidence given in this list.</p>
      ) : (
        <ul className="plain" data-testid="evidence">
          {evidence.map((url) => (
            <li key={url}>
              <ExternalLink href={url} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

import { useState } from 'react';
import { outletRecord } from '../utils/db/from-report';
import { saveRecord, setOutletKind } from '../utils/db/my-sources';
import type { OutletInfo, OutletKind } from '../utils/report';
import { db } from './db';
import { OutletKindOptions } from './OutletKindOptions';
import { useSaveToMySources } from './useSaveToMySources';

/** "Add this outlet" for an unknown site, "Set this outlet's kind" for a known one: both into My sources. */
export function OutletKindForm({ outlet, siteName, tabId }: { outlet: OutletInfo; siteName?: string; tabId: number | null }) {
  const [kind, setKind] = useState<OutletKind>(outlet.kind ?? 'news');
  const [status, save] = useSaveToMySources(tabId);
  const domain = outlet.domain;
  if (!domain) return null;
  const known = outlet.status === 'known';
  const submit = () => save(() => (known ? setOutletKind(db, domain, kind) : saveRecord(db, 'outlets', outletRecord(domain, siteName, kind))));
  return (
    <form
      className="actions"
      data-testid="outlet-kind-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label>
        {known ? 'Kind in My sources ' : `Add ${domain} as `}
        <select value={kind} onChange={(event) => setKind(event.target.value as OutletKind)}>
          <OutletKindOptions />
        </select>
      </label>
      <button type="submit" className="button small" disabled={status.state === 'saving'}>
        {known ? "Set this outlet's kind" : 'Add this outlet'}
      </button>
      {status.state === 'saved' && <span className="muted">Saved to My sources.</span>}
      {status.state === 'failed' && <span className="error">{status.error}</span>}
    </form>
  );
}

import type { OutletInfo } from '../utils/report';
import { ExternalLink } from './ExternalLink';
import { OUTLET_KIND_LABELS } from './labels';
import { OutletKindForm } from './OutletKindForm';
import { StatusBadge } from './StatusBadge';

export function OutletCard({ outlet, siteName, tabId }: { outlet: OutletInfo; siteName?: string; tabId: number | null }) {
  const { status, name, kind, list, listLicense, notes, evidence = [], domain, otherLists = [] } = outlet;
  return (
    <section className="section card" data-testid="outlet-card" data-status={status}>
      <h2>Outlet</h2>
      <p className="card__title">
        <span>{name ?? domain ?? 'Unnamed outlet'}</span> <StatusBadge status={status} />
      </p>
      {status === 'unknown' ? (
        <p className="muted">
          {domain ? `${domain} is not` : 'This site is not'} in any of your lists of known sources.
        </p>
      ) : (
        <dl className="facts">
          {kind && (
            <>
              <dt>Kind</dt>
              <dd>{OUTLET_KIND_LABELS[kind]}</dd>
            </>
          )}
          {list && (
            <>
              <dt>Known from</dt>
              <dd data-testid="outlet-list">{listLicense ? `${list} (${listLicense})` : list}</dd>
            </>
          )}
          {notes && (
            <>
              <dt>Notes</dt>
              <dd>{notes}</dd>
            </>
          )}
          {otherLists.length > 0 && (
            <>
              <dt>Other lists</dt>
              <dd data-testid="outlet-other-lists">
                {otherLists.map((other) => `${OUTLET_KIND_LABELS[other.kind]} in ${other.list}`).join('; ')}
              </dd>
            </>
          )}
        </dl>
      )}
      <OutletKindForm outlet={outlet} siteName={siteName} tabId={tabId} />
      {evidence.length > 0 && (
        <>
          <h3>Evidence</h3>
          <ul className="links">
            {evidence.map((url) => (
              <li key={url}>
                <ExternalLink href={url} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import type { OutletInfo } from '../utils/report';
import { ExternalLink } from './ExternalLink';
import { OUTLET_KIND_LABELS } from './labels';
import { StatusBadge } from './StatusBadge';

export function OutletCard({ outlet }: { outlet: OutletInfo }) {
  const { status, name, kind, list, notes, evidence = [], domain } = outlet;
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
              <dt>From list</dt>
              <dd>{list}</dd>
            </>
          )}
          {notes && (
            <>
              <dt>Notes</dt>
              <dd>{notes}</dd>
            </>
          )}
        </dl>
      )}
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

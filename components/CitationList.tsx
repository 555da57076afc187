import type { Citation } from '../utils/report';
import { CollapsibleSection } from './CollapsibleSection';
import { ExternalLink } from './ExternalLink';
import { RELATION_LABELS } from './labels';
import { StatusBadge } from './StatusBadge';

export function CitationList({ citations }: { citations: Citation[] }) {
  return (
    <CollapsibleSection title="Citations" count={citations.length} empty="The article cites no other outlet.">
      <ul className="items">
        {citations.map((citation, index) => (
          <li key={index} data-testid="citation" data-status={citation.status} data-relation={citation.relation}>
            <p className="item__title">
              <span>{citation.outlet ?? 'Unnamed outlet'}</span> <StatusBadge status={citation.status} />
            </p>
            <p className="muted">{RELATION_LABELS[citation.relation]}</p>
            {citation.url && <ExternalLink href={citation.url} />}
          </li>
        ))}
      </ul>
    </CollapsibleSection>
  );
}

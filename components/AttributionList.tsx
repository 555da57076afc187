import type { Attribution } from '../utils/report';
import { AddSpeakerButton } from './AddSpeakerButton';
import { CollapsibleSection } from './CollapsibleSection';
import { StatusBadge } from './StatusBadge';

const QUOTE_LIMIT = 200;

function shorten(text: string): string {
  if (text.length <= QUOTE_LIMIT) return text;
  const cut = text.slice(0, QUOTE_LIMIT);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > QUOTE_LIMIT * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function AttributionItem({ attribution, tabId }: { attribution: Attribution; tabId: number | null }) {
  const { speaker, descriptor, statedRole, statedAffiliation, knownRoles = [], quote, status } = attribution;
  const stated = [statedRole, statedAffiliation].filter(Boolean).join(', ');
  return (
    <li data-testid="attribution" data-status={status}>
      <p className="item__title">
        <span>{speaker ?? descriptor ?? 'Unnamed source'}</span> <StatusBadge status={status} />
      </p>
      {(stated || knownRoles.length > 0) && (
        <dl className="facts">
          {stated && (
            <>
              <dt>As stated</dt>
              <dd>{stated}</dd>
            </>
          )}
          {knownRoles.length > 0 && (
            <>
              <dt>As known</dt>
              <dd>{knownRoles.join('; ')}</dd>
            </>
          )}
        </dl>
      )}
      {quote && <q className="quote">{shorten(quote)}</q>}
      {status === 'unknown' && <AddSpeakerButton attribution={attribution} tabId={tabId} />}
    </li>
  );
}

export function AttributionList({ attributions, tabId }: { attributions: Attribution[]; tabId: number | null }) {
  return (
    <CollapsibleSection title="Attributions" count={attributions.length} empty="No one is quoted or cited by name.">
      <ul className="items">
        {attributions.map((attribution, index) => (
          <AttributionItem key={index} attribution={attribution} tabId={tabId} />
        ))}
      </ul>
    </CollapsibleSection>
  );
}

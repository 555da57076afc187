import type { Attribution } from '../utils/report';
import { AddSpeakerButton } from './AddSpeakerButton';
import { CollapsibleSection } from './CollapsibleSection';
import { ShowInPageButton } from './ShowInPageButton';
import { StatusBadge } from './StatusBadge';

const QUOTE_LIMIT = 200;

function shorten(text: string): string {
  if (text.length <= QUOTE_LIMIT) return text;
  const cut = text.slice(0, QUOTE_LIMIT);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > QUOTE_LIMIT * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The note "Show in page" puts beside the sentence: who is quoted and what the lists say of them. */
function attributionNote({ speaker, descriptor, organization, status, knownRoles = [] }: Attribution, stated: string): string {
  const who = speaker ?? descriptor ?? 'an unnamed source';
  const what = organization ? 'organisation' : 'person';
  const said = `Attribution to ${who}${stated ? ` (${stated})` : ''}: `;
  switch (status) {
    case 'known':
      return `${said}a known ${what}${knownRoles.length > 0 ? `, known as ${knownRoles.join('; ')}` : ''}.`;
    case 'unknown':
      return `${said}not a known ${what} in your lists.`;
    case 'mismatch':
      return `${said}what the page says of them does not match what is known${knownRoles.length > 0 ? ` (${knownRoles.join('; ')})` : ''}.`;
    case 'anonymous':
      return `${said}the source is not named.`;
  }
}

function AttributionItem({ attribution, tabId, index }: { attribution: Attribution; tabId: number | null; index: number }) {
  const { speaker, descriptor, statedRole, statedAffiliation, knownRoles = [], quote, status } = attribution;
  const stated = [statedRole, statedAffiliation].filter(Boolean).join(', ');
  const who = speaker ?? descriptor ?? 'Unnamed source';
  return (
    <li data-testid="attribution" data-status={status}>
      <p className="item__title">
        <span>{who}</span> <StatusBadge status={status} />
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
      <ShowInPageButton
        tabId={tabId}
        id={`attribution-${index}`}
        excerpt={attribution.excerpt}
        note={attributionNote(attribution, stated)}
        label={who}
      />
      {status === 'unknown' && <AddSpeakerButton attribution={attribution} tabId={tabId} />}
    </li>
  );
}

export function AttributionList({ attributions, tabId }: { attributions: Attribution[]; tabId: number | null }) {
  return (
    <CollapsibleSection title="Attributions" count={attributions.length} empty="No one is quoted or cited by name.">
      <ul className="items">
        {attributions.map((attribution, index) => (
          <AttributionItem key={index} attribution={attribution} tabId={tabId} index={index} />
        ))}
      </ul>
    </CollapsibleSection>
  );
}

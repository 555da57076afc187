import { type Flag, SEVERITIES } from '../utils/report';
import { CollapsibleSection } from './CollapsibleSection';
import { FLAG_KIND_LABELS, SEVERITY_LABELS } from './labels';
import { ShowInPageButton } from './ShowInPageButton';

export function FlagList({ flags, tabId }: { flags: Flag[]; tabId: number | null }) {
  return (
    <CollapsibleSection title="Flags" count={flags.length} empty="No flags were raised." open>
      {SEVERITIES.map((severity) => {
        const group = flags.filter((flag) => flag.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`severity severity--${severity}`}>
            <h3>{SEVERITY_LABELS[severity]}</h3>
            <ul className="items">
              {group.map((flag, index) => (
                <li key={index} data-testid="flag" data-kind={flag.kind} data-severity={flag.severity}>
                  <p className="item__title">{FLAG_KIND_LABELS[flag.kind]}</p>
                  <p>{flag.message}</p>
                  {flag.excerpt && <blockquote>{flag.excerpt}</blockquote>}
                  <ShowInPageButton
                    tabId={tabId}
                    id={`flag-${severity}-${index}`}
                    excerpt={flag.excerpt}
                    note={`${FLAG_KIND_LABELS[flag.kind]}: ${flag.message}`}
                    label={FLAG_KIND_LABELS[flag.kind]}
                  />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </CollapsibleSection>
  );
}

import { emptyAffiliation, type AffiliationDraft } from './record-draft';

type Props = { value: AffiliationDraft[]; onChange: (value: AffiliationDraft[]) => void; error?: string };

const PARTS: { name: keyof AffiliationDraft; label: string; placeholder: string }[] = [
  { name: 'organization', label: 'Organization or outlet', placeholder: 'Center for Grid Resilience' },
  { name: 'title', label: 'Title', placeholder: 'director' },
  { name: 'from', label: 'From', placeholder: '2021' },
  { name: 'to', label: 'To', placeholder: 'now' },
];

/** A person's affiliations, one row each; a journalist is a person affiliated with an outlet. */
export function AffiliationsField({ value, onChange, error }: Props) {
  const set = (index: number, part: keyof AffiliationDraft, text: string) => onChange(value.map((a, i) => (i === index ? { ...a, [part]: text } : a)));
  return (
    <fieldset className="affiliations">
      <legend>Affiliations</legend>
      {value.length === 0 && <p className="muted small">None yet.</p>}
      {value.map((affiliation, index) => (
        <div className="affiliation" key={index} data-testid="affiliation">
          {PARTS.map((part) => (
            <label key={part.name} className={`field field--${part.name}`}>
              <span className="field__label">{part.label}</span>
              <input
                value={affiliation[part.name]}
                placeholder={part.placeholder}
                name={`affiliation-${index}-${part.name}`}
                onChange={(e) => set(index, part.name, e.target.value)}
              />
            </label>
          ))}
          <button type="button" className="button button--quiet button--small" onClick={() => onChange(value.filter((_, i) => i !== index))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button button--quiet button--small" data-testid="add-affiliation" onClick={() => onChange([...value, emptyAffiliation()])}>
        Add affiliation
      </button>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}

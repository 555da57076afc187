import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { allRecords, recordByKey } from '../../utils/db/list-store';
import { deleteRecord, MY_SOURCES_ID, MY_SOURCES_NAME, saveRecord } from '../../utils/db/my-sources';
import { recordId, recordKey, type RecordKind, type RecordOf } from '../../utils/db/stored-rows';
import type { OutletKind } from '../../utils/report';
import { db } from '../db';
import { OUTLET_KIND_LABELS } from '../labels';
import { AffiliationsField } from './AffiliationsField';
import { KIND_LABELS } from './labels';
import { draftOf, emptyDraft, fieldErrors, FORM_FIELDS, recordOfDraft, type Draft, type FieldSpec } from './record-draft';

type Props = {
  kind: RecordKind;
  /** The My-sources record being edited; without it the form adds one. */
  editing?: { key: string; record: RecordOf[RecordKind] };
  onSaved: (key: string) => void;
  onCancel: () => void;
};

function optionLabel(spec: FieldSpec, value: string): string {
  return spec.name === 'kind' ? OUTLET_KIND_LABELS[value as OutletKind] : value;
}

/** Adds a record to My sources or edits one there, validated as the list format validates it. */
export function RecordForm({ kind, editing, onSaved, onCancel }: Props) {
  const formId = useId();
  const [draft, setDraft] = useState<Draft>(() => (editing ? draftOf(kind, editing.record) : emptyDraft(kind)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // An article names an outlet of its own list, so only My sources' outlets can be chosen.
  const myOutlets = useLiveQuery(() => (kind === 'articles' ? allRecords(db, MY_SOURCES_ID, 'outlets') : []), [kind]);

  const setField = (name: string, value: string) => setDraft((d) => ({ ...d, fields: { ...d.fields, [name]: value } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const record = recordOfDraft(kind, draft);
    const found = fieldErrors(kind, record);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const id = recordId(kind, record as RecordOf[RecordKind]);
    const key = recordKey(MY_SOURCES_ID, id);
    // Saving replaces the record with the same id: adding must not overwrite one by accident.
    if (key !== editing?.key && (await recordByKey(db, kind, key))) {
      setFormError(`${MY_SOURCES_NAME} already has this ${KIND_LABELS[kind].one} (${key.slice(MY_SOURCES_ID.length + 1)}). Edit that one, or change this one.`);
      return;
    }
    setSaving(true);
    try {
      const row = await saveRecord(db, kind, record);
      // An article's address or a review's claim is what identifies it: a changed one is a new key.
      if (editing && row.key !== editing.key) await deleteRecord(db, kind, editing.key);
      onSaved(row.key);
    } catch (e) {
      setFormError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const input = (spec: FieldSpec) => {
    const id = `${formId}-${spec.name}`;
    const common = {
      id,
      name: spec.name,
      value: draft.fields[spec.name] ?? '',
      'aria-invalid': errors[spec.name] ? true : undefined,
      'aria-describedby': `${id}-note`,
      disabled: spec.name === 'id' && editing !== undefined,
    };
    switch (spec.input) {
      case 'text':
        return <input {...common} onChange={(e) => setField(spec.name, e.target.value)} />;
      case 'lines':
      case 'textarea':
        return <textarea {...common} rows={spec.input === 'lines' ? 2 : 3} onChange={(e) => setField(spec.name, e.target.value)} />;
      case 'select':
        return (
          <select {...common} onChange={(e) => setField(spec.name, e.target.value)}>
            {spec.options?.map((value) => (
              <option key={value} value={value}>
                {optionLabel(spec, value)}
              </option>
            ))}
          </select>
        );
      case 'outlet':
        return (
          <select {...common} onChange={(e) => setField(spec.name, e.target.value)}>
            <option value="">{myOutlets?.length ? 'Choose an outlet' : `No outlets in ${MY_SOURCES_NAME} yet`}</option>
            {myOutlets?.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({o.id})
              </option>
            ))}
          </select>
        );
    }
  };

  return (
    <form className="record-form" data-testid="record-form" onSubmit={submit} noValidate>
      <header className="record-detail__head">
        <p className="eyebrow">{MY_SOURCES_NAME}</p>
        <h3>{editing ? `Edit ${KIND_LABELS[kind].one}` : `Add ${/^[aeiou]/.test(KIND_LABELS[kind].one) ? 'an' : 'a'} ${KIND_LABELS[kind].one}`}</h3>
      </header>
      {FORM_FIELDS[kind].map((spec) => (
        <div className="field" key={spec.name}>
          <label className="field__label" htmlFor={`${formId}-${spec.name}`}>
            {spec.label}
            {spec.required && <span className="required"> (required)</span>}
          </label>
          {input(spec)}
          <p id={`${formId}-${spec.name}-note`} className={errors[spec.name] ? 'field__error' : 'field__hint'}>
            {errors[spec.name] ?? (spec.name === 'id' && editing ? 'The id of a saved record stays as it is.' : spec.hint)}
          </p>
        </div>
      ))}
      {kind === 'people' && (
        <AffiliationsField value={draft.affiliations} onChange={(affiliations) => setDraft((d) => ({ ...d, affiliations }))} error={errors.affiliations} />
      )}
      {formError && (
        <p className="error" role="alert" data-testid="form-error">
          {formError}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={saving} data-testid="save-record">
          {editing ? 'Save changes' : `Add to ${MY_SOURCES_NAME}`}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

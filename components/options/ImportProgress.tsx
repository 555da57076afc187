import type { ImportStep } from './import-file';

const n = (count: number) => count.toLocaleString('en');

function describe(step: ImportStep): { text: string; value?: number } {
  switch (step.step) {
    case 'reading':
      return { text: `Reading the file… ${Math.round((step.loaded / Math.max(step.total, 1)) * 100)}%`, value: step.loaded / Math.max(step.total, 1) };
    case 'parsing':
      return { text: 'Reading the contents…' };
    case 'building':
      return { text: `Making records from ${n(step.rows)} rows…` };
    case 'validating':
      return { text: `Validating ${n(step.records)} records…` };
    case 'indexing':
      return { text: `Indexing ${n(step.records)} records…` };
    case 'writing':
      return { text: `Writing ${n(step.records)} records…` };
  }
}

/** Where an import is; the steps after reading cannot say how far along they are, so their bar moves without a value. */
export function ImportProgress({ fileName, step }: { fileName: string; step: ImportStep }) {
  const { text, value } = describe(step);
  return (
    <div className="progress" data-testid="import-progress">
      <p>
        <strong>{fileName}</strong>: <span role="status">{text}</span>
      </p>
      <progress aria-label={text} {...(value === undefined ? {} : { value, max: 1 })} />
    </div>
  );
}

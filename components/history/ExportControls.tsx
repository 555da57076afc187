import { EXPORT_FORMATS, type ExportFormat } from '../../utils/export/formats';
import { FORMAT_LABELS } from '../download';

type Props = {
  /** What the buttons export, for their group's name: "Export selected". */
  label: string;
  disabled?: boolean;
  busy?: boolean;
  testId: string;
  onExport: (format: ExportFormat) => void;
};

/** One button per export format, named together ("Export selected: JSON CSV Markdown"). */
export function ExportControls({ label, disabled = false, busy = false, testId, onExport }: Props) {
  return (
    <div className="export-controls" role="group" aria-label={label}>
      <span className="export-controls__label">{label}</span>
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button button--quiet button--small"
          disabled={disabled || busy}
          aria-label={`${label} as ${FORMAT_LABELS[format]}`}
          data-testid={`${testId}-${format}`}
          onClick={() => onExport(format)}
        >
          {FORMAT_LABELS[format]}
        </button>
      ))}
    </div>
  );
}

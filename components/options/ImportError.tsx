import { CsvParseError } from '../../utils/db/csv-import';
import { ListImportError } from '../../utils/db/import-list';

/** Why a file was not imported, every problem listed (the error's own message shows only the first few). */
export function ImportError({ fileName, error }: { fileName: string; error: unknown }) {
  let title = `${fileName} was not imported; nothing was changed.`;
  let problems: string[] = [];
  if (error instanceof ListImportError) {
    title = `“${error.listName}” (${fileName}) was not imported; nothing was changed. ${error.problems.length === 1 ? 'One problem' : `${error.problems.length} problems`}:`;
    problems = error.problems;
  } else if (error instanceof CsvParseError) {
    title = `${fileName} could not be read as CSV:`;
    problems = error.problems;
  } else {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  return (
    <div className="summary summary--failed" role="alert" data-testid="import-error">
      <h3>{title}</h3>
      <ul className="problems">
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

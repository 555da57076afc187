import { OUTLET_KINDS } from '../utils/report';
import { OUTLET_KIND_LABELS } from './labels';

/** The outlet kinds as the options of a select, in the report contract's order, with their labels. */
export function OutletKindOptions() {
  return (
    <>
      {OUTLET_KINDS.map((k) => (
        <option key={k} value={k}>
          {OUTLET_KIND_LABELS[k]}
        </option>
      ))}
    </>
  );
}

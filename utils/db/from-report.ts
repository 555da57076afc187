/**
 * From a report to records of My sources: what "Add this speaker" and "Add this outlet" save.
 * Pure, so what the popup writes is tested without a browser; the record schema validates it.
 */
import type { Attribution, OutletKind } from '../report';
import type { RecordOf } from './stored-rows';
import { slugId } from './stored-rows';

/** A named speaker as the page states them: their name and, where stated, role and affiliation. */
export function speakerRecord(attribution: Attribution): { kind: 'people'; record: RecordOf['people'] } | { kind: 'organizations'; record: RecordOf['organizations'] } | null {
  const name = attribution.speaker?.trim();
  if (!name || attribution.anonymous) return null;
  if (attribution.organization) return { kind: 'organizations', record: { id: slugId(name), name } };
  const affiliation = attribution.statedAffiliation?.trim();
  return {
    kind: 'people',
    record: {
      id: slugId(name),
      name,
      ...(affiliation ? { affiliations: [{ organization: affiliation, ...(attribution.statedRole ? { title: attribution.statedRole } : {}) }] } : {}),
    },
  };
}

/** The site being read, as an outlet of the given kind, under the name it gives itself. */
export function outletRecord(domain: string, name: string | undefined, kind: OutletKind): RecordOf['outlets'] {
  return { id: slugId(domain), name: name?.trim() || domain, domains: [domain], kind };
}

/**
 * The index keys stored beside each known record, computed in one place for the importer and
 * for the schema upgrades that fill new keys into existing rows.
 */
import { claimIndexKeys, claimTokens } from '../analysis/claims';
import { bodyFuzzyKeys, nameKey, nameTokens, personFuzzyKeys, personKeys } from '../analysis/names';
import { labelFuzzyKeys, outletLabel } from '../analysis/urls';
import type { ClaimReviewRecord, OrganizationRecord, OutletRecord, PersonRecord } from '../sources-list';

const unique = (values: string[]) => [...new Set(values)].filter(Boolean);
const namesOf = (r: { name: string; aliases?: string[] }) => [r.name, ...(r.aliases ?? [])];

/** A listed domain as it is stored and matched: lowercase, without "www.". */
export function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^www\./, '');
}

export function outletIndexKeys(o: Pick<OutletRecord, 'name' | 'aliases' | 'domains'>) {
  const labels = unique(o.domains.map((d) => outletLabel(normalizeDomain(d))));
  return {
    nameKeys: unique(namesOf(o).map(nameKey)),
    tokens: unique(namesOf(o).flatMap(nameTokens)),
    domainLabels: labels,
    /** The name with one distinctive word less a letter: near-miss candidates by index. */
    fuzzyKeys: unique(namesOf(o).flatMap(bodyFuzzyKeys)),
    /** Domain labels of five letters or more, and each less a letter: look-alike hosts (reutres.com). */
    labelKeys: unique(labels.flatMap(labelFuzzyKeys)),
  };
}

export function personIndexKeys(p: Pick<PersonRecord, 'name' | 'aliases'>) {
  return {
    nameKeys: unique(namesOf(p).flatMap(personKeys)),
    tokens: unique(namesOf(p).flatMap(nameTokens)),
    fuzzyKeys: unique(namesOf(p).flatMap(personFuzzyKeys)),
  };
}

export function organizationIndexKeys(o: Pick<OrganizationRecord, 'name' | 'aliases'>) {
  return {
    nameKeys: unique(namesOf(o).map(nameKey)),
    tokens: unique(namesOf(o).flatMap(nameTokens)),
    fuzzyKeys: unique(namesOf(o).flatMap(bodyFuzzyKeys)),
  };
}

export function claimReviewIndexKeys(c: Pick<ClaimReviewRecord, 'claim'>) {
  return { tokens: claimTokens(c.claim), claimKeys: claimIndexKeys(c.claim) };
}

/**
 * The index keys stored beside each known record, computed in one place for the importer and
 * for the schema upgrades that fill new keys into existing rows.
 */
import { claimIndexKeys, claimTokens } from '../analysis/claims';
import { fuzzyKeys, nameKey, personFuzzyKeysOfKey, personKeysOfKey, tokensOfKey } from '../analysis/names';
import { labelFuzzyKeys, outletLabel } from '../analysis/urls';
import type { ClaimReviewRecord, OrganizationRecord, OutletRecord, PersonRecord } from '../sources-list';

const unique = (values: string[]) => [...new Set(values)].filter(Boolean);
/** A record's names and aliases, each folded once by nameKey: every name key below derives from it. */
const keysOf = (r: { name: string; aliases?: string[] }) => [r.name, ...(r.aliases ?? [])].map(nameKey);

/** A listed domain as it is stored and matched: lowercase, without "www.". */
export function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^www\./, '');
}

export function outletIndexKeys(o: Pick<OutletRecord, 'name' | 'aliases' | 'domains'>) {
  const labels = unique(o.domains.map((d) => outletLabel(normalizeDomain(d))));
  const keys = keysOf(o);
  return {
    nameKeys: unique(keys),
    tokens: unique(keys.flatMap(tokensOfKey)),
    domainLabels: labels,
    /** The name with one distinctive word less a letter: near-miss candidates by index. */
    fuzzyKeys: unique(keys.flatMap(fuzzyKeys)),
    /** Domain labels of five letters or more, and each less a letter: look-alike hosts (reutres.com). */
    labelKeys: unique(labels.flatMap(labelFuzzyKeys)),
  };
}

export function personIndexKeys(p: Pick<PersonRecord, 'name' | 'aliases'>) {
  const keys = keysOf(p);
  return {
    nameKeys: unique(keys.flatMap(personKeysOfKey)),
    tokens: unique(keys.flatMap(tokensOfKey)),
    fuzzyKeys: unique(keys.flatMap(personFuzzyKeysOfKey)),
  };
}

export function organizationIndexKeys(o: Pick<OrganizationRecord, 'name' | 'aliases'>) {
  const keys = keysOf(o);
  return {
    nameKeys: unique(keys),
    tokens: unique(keys.flatMap(tokensOfKey)),
    fuzzyKeys: unique(keys.flatMap(fuzzyKeys)),
  };
}

export function claimReviewIndexKeys(c: Pick<ClaimReviewRecord, 'claim'>) {
  return { tokens: claimTokens(c.claim), claimKeys: claimIndexKeys(c.claim) };
}

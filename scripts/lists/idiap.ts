/**
 * Idiap's news media reliability labels (idiap/News-Media-Reliability, Apache-2.0) as a list of
 * low-credibility domains.
 *
 * Labels, as the repository's build_dataset.py assigns them: -2 = blacklisted on Wikipedia's
 * perennial sources list; -1 = Wikipedia generally unreliable or deprecated, MBFC unreliable (via
 * NELA-GT), a failing NewsGuard rating, or Idiap's manual list of unreliable sites; 0 = mixed (MBFC)
 * or no consensus (Wikipedia); 1 = reliable. Only -1 and -2 are listed, as `unreliable`.
 * 0 and 1 are left out, so those domains stay unknown: there is no kind for "mixed", and listing
 * a domain as `news` would make it a known outlet and silence the unknown-outlet flag on the
 * strength of a relabelled third-party rating — the dataset's own caveat is to use it as seed
 * data only, and the product's rule is that a domain absent from every list is unknown, not
 * reliable. The notes give the label and where it came from.
 */
import { cleanHost } from './domains';
import { makeList, type BuiltList, type Dropped, type ListMeta, type Outlet } from './list';

/** One row of golden_truth_dataset.csv. */
export type IdiapRow = { domain: string; reliability_label: string; newsguard_score: string; label_source: string };

export const IDIAP_META: ListMeta = {
  name: 'Idiap news media reliability labels',
  description:
    'Domains labelled unreliable (-1) or blacklisted (-2) in the ground-truth table of Idiap Research Institute\'s News-Media-Reliability project (Burdisso et al., NAACL 2024), Apache-2.0. Most labels derive from Media Bias/Fact Check and a few from NewsGuard; others come from Wikipedia\'s perennial sources list and unreliable-site lists Idiap collected. Idiap releases the table as derived data: it is not MBFC\'s or NewsGuard\'s own data, and their ratings belong to those services. Reliable (1) and mixed (0) labels are not included: a domain absent from this list is unknown, not reliable.',
  license: 'Apache-2.0',
  homepage: 'https://github.com/idiap/News-Media-Reliability',
  version: 'c3f5025 (2025-05-20)',
  updated: '2025-05-20',
};

const LABELS: Record<string, string> = { '-2': 'blacklisted on Wikipedia', '-1': 'unreliable' };
const LEFT_OUT: Record<string, string> = { '0': 'label 0 (mixed)', '1': 'label 1 (reliable)' };
const LABEL_SOURCES: Record<string, string> = {
  mbfc: 'Media Bias/Fact Check',
  newsguard: 'NewsGuard',
  wikipedia: 'Wikipedia perennial sources',
  manual: "Idiap's list of unreliable sites",
};

/** True for the labels this list carries (-1, -2). */
export function isListedLabel(label: string): boolean {
  return label in LABELS;
}

export function idiapNotes(row: IdiapRow): string {
  const source = LABEL_SOURCES[row.label_source];
  const score = row.newsguard_score ? `; NewsGuard score ${row.newsguard_score}` : '';
  return `Idiap reliability label ${row.reliability_label} (${LABELS[row.reliability_label]}); label_source: ${row.label_source}${source ? ` (${source})` : ''}${score}.`;
}

export function buildIdiapList(rows: IdiapRow[]): BuiltList {
  const dropped: Dropped[] = [];
  const leftOut: Record<string, number> = {};
  const outlets: { idFrom: string; outlet: Outlet }[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (!isListedLabel(row.reliability_label)) {
      const reason = LEFT_OUT[row.reliability_label];
      if (reason) leftOut[reason] = (leftOut[reason] ?? 0) + 1;
      else dropped.push({ entry: row.domain, reason: `unknown label "${row.reliability_label}"` });
      continue;
    }
    const clean = cleanHost(row.domain);
    if (!clean || clean.hasPath) {
      dropped.push({ entry: row.domain || `(empty domain, label ${row.reliability_label} from ${row.label_source})`, reason: clean ? `rates a section of ${clean.host}, not the site` : 'not a domain name' });
      continue;
    }
    if (seen.has(clean.host)) {
      dropped.push({ entry: row.domain, reason: `${clean.host} is listed already` });
      continue;
    }
    seen.add(clean.host);
    outlets.push({ idFrom: clean.host, outlet: { name: clean.host, domains: [clean.host], kind: 'unreliable', notes: idiapNotes(row) } });
  }
  return { list: makeList(IDIAP_META, outlets), dropped, leftOut };
}

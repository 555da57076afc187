/**
 * Names that are close to, but not, a known one, and hosts that wear or mimic a known outlet's
 * domain: the finders shared by the checks that need them. Candidates come from the fuzzy
 * indexes (knowledge.ts); these pure functions decide with the whole name and its context.
 */
import { affiliationParts, type Knowledge } from './knowledge';
import type { KnownOutlet, KnownPerson } from './lookup';
import { classifyEdit, describeEdit, isGenericNameWord, isNearMiss, nameKey, nearMissEvidence, personKeys, type NearMissEvidence } from './names';
import { checkAffiliation, findBody } from './resolve';
import { embeddedDomains, hostLabelParts, MIN_TYPO_LABEL, outletLabel, registrableDomain } from './urls';

export type NearMiss = {
  seen: string;
  known: string;
  kind: 'person' | 'organization' | 'outlet';
  listName: string;
  evidence: NearMissEvidence;
  /** One line on why: the differing word, the kind of slip, and the context that backs it. */
  reason: string;
};

type Candidate = { names: string[]; kind: NearMiss['kind']; listName: string; name: string; person?: KnownPerson };

/** Whether what the page ties a person to agrees with, contradicts, or says nothing about the known person. */
function affiliationContext(known: Knowledge, person: KnownPerson, stated: string[]): 'agrees' | 'contradicts' | 'unknown' {
  if (!person.affiliations?.length) return 'unknown';
  const knownBodies = person.affiliations.flatMap((a) => {
    const body = findBody(known, a.organization);
    return body ? [body.name, ...(body.aliases ?? [])] : [a.organization];
  });
  let result: 'contradicts' | 'unknown' = 'unknown';
  for (const s of stated) {
    const check = checkAffiliation(known, person, s);
    if (check.status === 'consistent') return 'agrees';
    // An impostor may misspell the institution too: a near miss of the known body still agrees.
    if (affiliationParts(s).some((part) => knownBodies.some((k) => isNearMiss(part, k, 'body')))) return 'agrees';
    if (check.status === 'mismatch') result = 'contradicts';
  }
  return result;
}

function candidates(known: Knowledge, kind: 'person' | 'body'): Candidate[] {
  if (kind === 'person') {
    return known.people.map((p) => ({ names: [p.name, ...(p.aliases ?? [])], kind: 'person' as const, listName: p.listName, name: p.name, person: p }));
  }
  return [
    ...known.organizations.map((o) => ({ names: [o.name, ...(o.aliases ?? [])], kind: 'organization' as const, listName: o.listName, name: o.name })),
    ...known.outlets.map((o) => ({ names: [o.name, ...(o.aliases ?? [])], kind: 'outlet' as const, listName: o.listName, name: o.name })),
  ];
}

/** A name the lists know exactly (a person by name or alias, with or without middle initials). */
function isKnownName(known: Knowledge, name: string, kind: 'person' | 'body'): boolean {
  if (kind === 'person') {
    const keys = new Set(personKeys(name));
    return known.people.some((p) => [p.name, ...(p.aliases ?? [])].some((n) => personKeys(n).some((k) => keys.has(k))));
  }
  const key = nameKey(name);
  return [...known.organizations, ...known.outlets].some((b) => [b.name, ...(b.aliases ?? [])].some((n) => nameKey(n) === key));
}

/**
 * The known record `name` is a likely misspelling of, or null. A name that is itself known is
 * never a near miss; a person's stated affiliations (given, or those the page states for that
 * name) back a near miss when they match the known person's and rule it out when they name
 * another known body.
 */
export function nearMissFor(known: Knowledge, name: string, kind: 'person' | 'body', statedAffiliations?: string[]): NearMiss | null {
  if (!nameKey(name) || isKnownName(known, name, kind)) return null;
  const stated = statedAffiliations ?? known.statedAffiliations?.get(nameKey(name)) ?? [];
  const words = kind === 'person' ? known.nameWords?.person : known.nameWords?.body;
  let best: NearMiss | null = null;
  for (const c of candidates(known, kind)) {
    const affiliation = c.person ? affiliationContext(known, c.person, stated) : 'unknown';
    for (const n of c.names) {
      const evidence = nearMissEvidence(name, n, kind, { affiliation, isKnownWord: (w) => words?.has(w) ?? false });
      if (!evidence) continue;
      const reason = `${describeEdit(evidence)}${evidence.affiliationAgrees ? `, and the page ties them to the same body as the known ${c.name}` : ''}`;
      const miss: NearMiss = { seen: name, known: c.name, kind: c.kind, listName: c.listName, evidence, reason };
      // Prefer the record the context backs, then the smaller slip.
      if (!best || (evidence.affiliationAgrees && !best.evidence.affiliationAgrees) || (evidence.edit.kind !== 'two-edits' && best.evidence.edit.kind === 'two-edits')) best = miss;
    }
  }
  return best;
}

export type HostLookalike = {
  /** How the host wears the outlet's domain, for the flag message. */
  how: string;
  /** Strongest first: the whole known domain inside the host, its name under another ending, a typo of it, its name among other words. */
  strength: number;
};

/**
 * How a host wears or mimics one of a known outlet's domains, or null when it does not or is
 * the outlet's own: the known domain in front of another one (reuters.com.world-news.info), the
 * outlet's label under another ending (nytimes.com.co), a typo of a label of five letters or
 * more (reutres.com), or the label among other words (reuters-worldnews.co, bbc-news24.net).
 * A label that is a generic word ("news" of news.cn) is nobody's name.
 */
export function hostLookalike(host: string, outlet: KnownOutlet): HostLookalike | null {
  const h = host.toLowerCase().replace(/^www\./, '');
  const site = hostLabelParts(h);
  if (!site) return null;
  const own = outlet.domains.map((d) => d.toLowerCase().replace(/^www\./, ''));
  if (own.some((d) => h === d || h.endsWith(`.${d}`) || site.domain === d || registrableDomain(d) === site.domain)) return null;
  const embedded = embeddedDomains(h).find((d) => own.includes(d));
  if (embedded) return { how: `${h} puts ${outlet.name}'s domain ${embedded} in front of another domain, ${site.domain}`, strength: 4 };
  let best: HostLookalike | null = null;
  for (const domain of own) {
    const label = outletLabel(domain);
    if (label.length < 3 || isGenericNameWord(label)) continue;
    if (site.label === label) return { how: `${site.domain} is ${outlet.name}'s name "${label}" under another ending than ${domain}`, strength: 3 };
    if (label.length >= MIN_TYPO_LABEL) {
      for (const part of new Set([site.label, ...site.parts])) {
        if (part.length < MIN_TYPO_LABEL) continue;
        const edit = classifyEdit(part, label);
        if (!edit) continue;
        if (edit.kind === 'two-edits' && !(Math.min(part.length, label.length) >= 10 && part[0] === label[0] && part.at(-1) === label.at(-1))) continue;
        return { how: `${site.domain} is a misspelling of ${outlet.name}'s ${domain} ("${part}" for "${label}")`, strength: 2 };
      }
    }
    if (!best && site.parts.length > 1 && site.parts.includes(label)) best = { how: `${site.domain} joins ${outlet.name}'s name "${label}" (${domain}) with other words`, strength: 1 };
  }
  return best;
}

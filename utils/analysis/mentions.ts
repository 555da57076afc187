/** Capitalised names in running text: candidates for outlets, organisations and people. */
import { ownVoice } from './sentences';
import { ORGANIZATION_WORDS } from './vocabulary';

const PROPER_SPAN = /(?<![\p{L}’'])\p{Lu}[\p{L}’'&.\-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+|de\s+|du\s+|des\s+)?\p{Lu}[\p{L}’'&.\-]*)*/gu;

export type Mention = { name: string; organization: boolean };

function trimPossessive(name: string): string {
  return name.replace(/[’']s$/, '').replace(/[.,]$/, '');
}

/** Proper-noun spans of two or more words, or one word that names an organisation. */
export function properNames(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of ownVoice(text).matchAll(PROPER_SPAN)) {
    const name = trimPossessive(m[0]);
    const words = name.split(/\s+/);
    const organization = words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()));
    if (words.length >= 2 || organization) found.push({ name, organization });
  }
  return found;
}

/** The shape every check shares: an id from its file name, a severity, a pure function. */
import type { ExtractedArticle } from '../extracted-article';
import type { Knowledge } from '../analysis/knowledge';
import type { ParsedArticle } from '../analysis/parse';
import type { ResolvedCitation } from '../analysis/resolve';
import type { Attribution, Flag, FlagKind, Severity } from '../report';

export type CheckInput = {
  article: ExtractedArticle;
  parsed: ParsedArticle;
  known: Knowledge;
  attributions: Attribution[];
  citations: ResolvedCitation[];
};

export type Check = {
  id: FlagKind;
  /** The severity the check raises; a check whose severity depends on the case says so in `severity`'s docs. */
  severity: Severity;
  /** One line for the README and the popup's "about this rule". */
  description: string;
  check(input: CheckInput): Flag[];
};

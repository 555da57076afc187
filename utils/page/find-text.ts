/**
 * Finds an excerpt of the report in the page's text nodes. Pure: it sees the nodes' data as
 * strings and answers with (node index, offset) pairs, so it runs the same in the content
 * script, in jsdom and in plain Node.
 *
 * An excerpt is the extraction's text, not the page's: whitespace was folded to single spaces,
 * block boundaries became a space or nothing, and the page may use other quotes and dashes than
 * the analysis wrote back. So both sides are compared in a folded form: no whitespace at all
 * (any run of it on one side matches any run, or none, on the other), one straight quote for
 * every typographic quote, one hyphen for every dash, "..." for "…". Letters keep their case.
 */

/** A position in the page's text: the `offset`-th UTF-16 unit of text node number `node`. */
export type TextPoint = { node: number; offset: number };

export type TextMatch =
  | {
      /** `whole`: all of the excerpt; `prefix`: only its start, `matched` characters of it. */
      found: 'whole' | 'prefix';
      start: TextPoint;
      end: TextPoint;
      matched: number;
    }
  | { found: 'none' };

/** The shortest start of an excerpt worth showing when the whole is not on the page. */
export const MIN_PREFIX = 40;

/** Characters that are not compared: whitespace and the invisible ones pages put inside words. */
const IGNORED = /[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]/;

const EQUIVALENT: Record<string, string> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201a': "'", // ‚
  '\u201b': "'", // ‛
  '\u2032': "'", // ′
  '\u02bc': "'", // ʼ
  '\u201c': '"', // “
  '\u201d': '"', // ”
  '\u201e': '"', // „
  '\u201f': '"', // ‟
  '\u2033': '"', // ″
  '\u2010': '-', // ‐
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // ‒
  '\u2013': '-', // –
  '\u2014': '-', // —
  '\u2015': '-', // ―
  '\u2212': '-', // −
  '\u2026': '...', // …
};

/** One UTF-16 unit in its compared form: '' when ignored, usually itself. */
function folded(unit: string): string {
  if (IGNORED.test(unit)) return '';
  return EQUIVALENT[unit] ?? unit;
}

/**
 * The folded text and, for each of its units, where it came from: `from[k]` is the source index
 * it starts at and `to[k]` the index just after it (a "…" gives three units with one source).
 */
type Folded = { text: string; from: number[]; to: number[] };

function fold(source: string, into: Folded, base: number): void {
  for (let i = 0; i < source.length; i++) {
    const f = folded(source[i]!);
    for (let j = 0; j < f.length; j++) {
      into.text += f[j];
      into.from.push(base + i);
      into.to.push(base + i + 1);
    }
  }
}

export function findText(texts: readonly string[], excerpt: string): TextMatch {
  const needle: Folded = { text: '', from: [], to: [] };
  fold(excerpt, needle, 0);
  if (needle.text.length === 0) return { found: 'none' };

  // The page as one folded string; positions in it are numbered across nodes, then told apart.
  const page: Folded = { text: '', from: [], to: [] };
  const starts: number[] = [];
  let base = 0;
  for (const text of texts) {
    starts.push(base);
    fold(text, page, base);
    base += text.length;
  }
  const pointAt = (position: number): TextPoint => {
    // The last node starting at or before `position`; an end position may equal a node's length.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= position) low = mid;
      else high = mid - 1;
    }
    return { node: low, offset: position - starts[low]! };
  };
  const match = (at: number, length: number, found: 'whole' | 'prefix') => {
    const endNode = pointAt(page.to[at + length - 1]! - 1);
    return {
      found,
      start: pointAt(page.from[at]!),
      end: { node: endNode.node, offset: endNode.offset + 1 },
      matched: needle.to[length - 1]!,
    };
  };

  const whole = page.text.indexOf(needle.text);
  if (whole >= 0) return match(whole, needle.text.length, 'whole');

  // The longest start of the excerpt that is on the page: if a start is there, every shorter one
  // is too, so the length can be searched by halves.
  let low = 0;
  let high = needle.text.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (page.text.includes(needle.text.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low === 0 || needle.to[low - 1]! < MIN_PREFIX) return { found: 'none' };
  return match(page.text.indexOf(needle.text.slice(0, low)), low, 'prefix');
}

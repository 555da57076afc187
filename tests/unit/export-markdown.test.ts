/** The Markdown export: its golden file, its sections, and page text that cannot become Markdown of its own. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportContext } from '../../utils/export/formats';
import { escapeMarkdown, markdownExport } from '../../utils/export/markdown';
import type { HistoryEntry } from '../../utils/history/entry';
import { expectGolden, goldenContext, goldenEntries } from '../helpers/export-golden';

let entries: HistoryEntry[];
let context: ExportContext;
beforeAll(async () => {
  entries = await goldenEntries();
  context = goldenContext(entries);
});

/** Markdown's own syntax characters that page text may only show escaped. */
const UNESCAPED = /(?<!\\)(?:\\\\)*[[\]<>*_`#|~&]/;

describe('markdownExport', () => {
  it('equals the golden file', () => {
    expectGolden('history.md', markdownExport(entries, context));
  });

  it('opens with the title, the time, the generator and the lists in force, then one section per article', () => {
    const md = markdownExport(entries, context);
    expect(md.startsWith('# Sourcecheck provenance report\n\nExported 2026-11-23 14:30 UTC by Sourcecheck 0.0.0-golden: 4 articles.\n')).toBe(true);
    expect(md).toContain('- Sourcecheck starter list, version 2026.11.23-1\n');
    expect(md.match(/^## /gm)).toHaveLength(entries.length);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('gives each article its URL, outlet, check time, verdict and summary, the review, and each flag quoted with its evidence', () => {
    const md = markdownExport([entries[0]!], context);
    const wired = entries[0]!;
    expect(md).toContain('## AI Experts Call for Global Collaboration\n');
    expect(md).toContain(`- **URL:** <${wired.url}>\n`);
    expect(md).toContain('- **Outlet:** techpulse-daily.com, in none of the lists in force\n');
    expect(md).toContain('- **Checked:** 2026-11-23 14:05 UTC\n- **Verdict:** unverifiable\n');
    expect(md).toContain(`- **Reviewed:** 2026-11-24 09:30 UTC\n\n**Reviewer's note:**\n\n> \\- Wired never ran this piece: the "Original source" link is a 404.\n> \\- Ask the desk about "Lin Yun", \\*not\\* a name SJTU lists.\n\n###`);
    expect(md).toContain(`### Flags (${wired.flags.length})`);
    expect(md).toContain('#### 1. self-disclosed-fabrication (high)\n\n> I imagined this.\n\nEvidence: Rule "first-person invention (en)"');
  });

  it('names a known outlet with its kind, the list it is known from and that list’s licence', () => {
    const md = markdownExport(entries, context);
    const reuters = entries.find((e) => e.outlet.name === 'Reuters')!;
    expect(md).toContain(`- **Outlet:** Reuters — wire; known from ${reuters.outlet.list} (${reuters.outlet.listLicense})\n`);
  });

  it('says so when an article has no flags, and leaves out a review with no note', () => {
    const md = markdownExport([{ ...entries[0]!, flags: [], review: { reviewed: false, note: ' ', reviewedAt: '2026-11-24T09:30:00.000Z' } }], context);
    expect(md).toContain('\n\nNo flags.\n');
    expect(md).not.toContain('Review');
  });
});

describe('page text in the Markdown export', () => {
  const hostile: Partial<HistoryEntry> = {
    url: 'javascript:alert(1)//<b>',
    article: { title: '# [Click here](https://evil.example) <img src=x onerror=alert(1)> *now* | a | b |', wordCount: 10 },
    summary: 'Mixed: `code` and __bold__ &amp; ~~struck~~',
    flags: [
      {
        kind: 'unknown-speaker',
        severity: 'medium',
        excerpt: 'First line\n\n- a list item\n> a quote\n# a heading\n    indented code\n1. numbered\n===',
        message: 'See <script>alert(1)</script> and ![image](https://evil.example/x.png)\nthen a [link](https://evil.example "title").',
      },
    ],
  };

  it('escapes titles, summaries and messages so they add no heading, link, image, HTML, emphasis or table', () => {
    const md = markdownExport([{ ...entries[0]!, ...hostile }], context);
    const section = md.slice(md.indexOf('\n## '));
    expect(section).toContain('## \\# \\[Click here\\](https://evil.example) \\<img src=x onerror=alert(1)\\> \\*now\\* \\| a \\| b \\|\n');
    expect(section).toContain('- **Summary:** Mixed: \\`code\\` and \\_\\_bold\\_\\_ \\&amp; \\~\\~struck\\~\\~\n');
    expect(section).toContain('Evidence: See \\<script\\>alert(1)\\</script\\> and !\\[image\\](https://evil.example/x.png) then a \\[link\\](https://evil.example "title").');
  });

  it('shows an address an autolink cannot hold as escaped text, not as a link', () => {
    const md = markdownExport([{ ...entries[0]!, ...hostile }], context);
    expect(md).toContain('- **URL:** javascript:alert(1)//\\<b\\>\n');
  });

  it('keeps every line of a flagged sentence inside its blockquote, each line’s own Markdown escaped', () => {
    const md = markdownExport([{ ...entries[0]!, ...hostile }], context);
    const quote = md.slice(md.indexOf('> First line'), md.indexOf('\n\nEvidence:'));
    expect(quote.split('\n')).toEqual(['> First line', '>', '> \\- a list item', '> \\> a quote', '> \\# a heading', '> indented code', '> 1\\. numbered', '> \\===']);
  });

  it('leaves no syntax character unescaped in any page-derived line of the golden export', () => {
    const md = markdownExport(entries, context);
    const pageLines = md.split('\n').filter((line) => /^(?:> |Evidence: |## )/.test(line));
    expect(pageLines.length).toBeGreaterThan(10);
    for (const line of pageLines) expect(line.replace(/^(?:> |Evidence: |## )/, ''), line).not.toMatch(UNESCAPED);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['a\\b', 'a\\\\b'],
    ['Line one\r\nline two\n\n  three', 'Line one line two three'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['2026. Not a numbered item', '2026\\. Not a numbered item'],
    ['3) neither', '3\\) neither'],
    ['5-4 win, 10.5% more, a-b', '5-4 win, 10.5% more, a-b'],
    ['AT&T', 'AT\\&T'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

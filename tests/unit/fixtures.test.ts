/**
 * Every annotated fixture page through the whole pipeline (extraction, analysis, starter list
 * plus the fictional fixture list): verdict, flags that must and must not appear, speakers, and
 * that every excerpt is text that is really on the page.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fold } from '../../utils/extract/text';
import { analyzeHtml } from '../helpers/analyze-html';
import { FIXTURE_LIST, fixtures } from '../helpers/fixtures';

/** Gaps the engine issue (#3) closes; each test here fails until then and says so when it passes. */
const KNOWN_GAPS: Record<string, string> = {
};

function pageText(html: string): string {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const text = fold(dom.window.document.body?.textContent ?? '');
  dom.window.close();
  return text;
}

describe('fixture pages', () => {
  for (const fixture of fixtures()) {
    const { expected } = fixture;
    const test = KNOWN_GAPS[fixture.name] ? it.fails : it;
    test(`${fixture.name}: ${expected.about}${KNOWN_GAPS[fixture.name] ? ` (known gap: ${KNOWN_GAPS[fixture.name]})` : ''}`, async () => {
      const report = await analyzeHtml(fixture.html, expected.url, { lists: [FIXTURE_LIST] });
      const kinds = new Set(report.flags.map((f) => f.kind));
      expect([expected.verdict].flat()).toContain(report.verdict);
      for (const kind of expected.mustFlag ?? []) expect(kinds, `must flag ${kind}`).toContain(kind);
      for (const kind of expected.mustNotFlag ?? []) expect(kinds, `must not flag ${kind}`).not.toContain(kind);
      const speakers = new Set(report.attributions.map((a) => a.speaker));
      for (const speaker of expected.speakers ?? []) expect(speakers, `speaker ${speaker}`).toContain(speaker);
      if (expected.anonymous) expect(report.attributions.filter((a) => a.anonymous).length).toBeGreaterThanOrEqual(expected.anonymous);
    });
  }

  it('every flag excerpt is text on the page, and every flag names its evidence', async () => {
    for (const fixture of fixtures()) {
      const report = await analyzeHtml(fixture.html, fixture.expected.url, { lists: [FIXTURE_LIST] });
      const text = pageText(fixture.html);
      // Site-level flags quote the site's name or the title in the tab: on the page, if not in its body.
      const meta = [report.article.siteName, report.article.title, report.article.byline, ...(report.article.byline?.split(', ') ?? [])];
      for (const flag of report.flags) {
        expect(text.includes(flag.excerpt) || meta.includes(flag.excerpt), `${fixture.name}: ${flag.kind} excerpt "${flag.excerpt}"`).toBe(true);
        expect(flag.message.length).toBeGreaterThan(20);
      }
    }
  });
});

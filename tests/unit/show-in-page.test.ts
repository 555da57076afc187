/**
 * "Show in page" on jsdom: which text is searched, the Range built from the finder's answer, the
 * note (its text, where its host goes, how it goes away) and the message the content script
 * accepts. jsdom has no Custom Highlight API and no layout: the highlight registry is a stand-in
 * here, and the real painting is checked in Chromium (tests/e2e/highlight.test.ts).
 */
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { popupToContent } from '../../utils/messages';
import { clearHighlights, findInPage, HIGHLIGHT_NAME, NOTE_TAG, pageTextNodes, showInPage } from '../../utils/page/highlight';
import { parsePopupToContent, SHOW_IN_PAGE_LIMITS } from '../../utils/page/popup-message';

const ARTICLE = `<!doctype html><html><head><title>t</title></head><body>
  <script>var s = "Lin Yun, a professor";</script>
  <style>p { color: red }</style>
  <noscript>Lin Yun, a professor at noscript</noscript>
  <template><p>Lin Yun, a professor at template</p></template>
  <div hidden>Lin Yun, a professor at hidden</div>
  <article>
    <h1>AI experts call for collaboration</h1>
    <p>Lin Yun, a professor at <a href="/x">Shanghai Jia Tong University</a> who does <em>excellent</em>
       work on AI and computer security, expects hackers to gain an advantage over the near term.</p>
    <p>As Stephen Casper noted: \u2018AI is a global technology with global benefits.\u2019</p>
  </article>
</body></html>`;

const LIN_YUN =
  'Lin Yun, a professor at Shanghai Jia Tong University who does excellent work on AI and computer security, expects hackers to gain an advantage over the near term.';


/** A page in jsdom, with the browser parts jsdom lacks stubbed; `highlights` adds a stand-in Highlight API. */
function page(html = ARTICLE, { highlights = true, reducedMotion = false } = {}) {
  const dom = new JSDOM(html, { pretendToBeVisual: true });
  const win = dom.window as unknown as Window & typeof globalThis;
  const globals = win as unknown as Record<string, unknown>;
  const registry = new Map<string, { ranges: Range[] }>();
  if (highlights) {
    globals.Highlight = class {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    };
    globals.CSS = { highlights: registry };
  }
  const scrolled: { element: Element; options: unknown }[] = [];
  win.Element.prototype.scrollIntoView = function (this: Element, options?: unknown) {
    scrolled.push({ element: this, options });
  } as Element['scrollIntoView'];
  win.Range.prototype.getBoundingClientRect = () => ({ top: 100, bottom: 140, left: 20, right: 300, width: 280, height: 40, x: 20, y: 100 }) as DOMRect;
  win.matchMedia = ((query: string) => ({ matches: reducedMotion && query.includes('reduce') })) as Window['matchMedia'];
  // The note's shadow root is closed; keep a handle on it as the test's own.
  const roots: ShadowRoot[] = [];
  const attach = win.Element.prototype.attachShadow;
  win.Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
  return { doc: win.document, win, registry, scrolled, roots };
}

afterEach(() => clearHighlights());

describe('pageTextNodes', () => {
  it('takes the text under <body>, not scripts, styles, noscript, templates or hidden elements', () => {
    const { doc } = page();
    const text = pageTextNodes(doc)
      .map((n) => n.data)
      .join('');
    expect(text).toContain('Shanghai Jia Tong University');
    expect(text).not.toContain('var s');
    expect(text).not.toContain('color: red');
    expect(text).not.toMatch(/noscript|template|hidden/);
  });
});

describe('findInPage', () => {
  it('builds a Range over text split across <a> and <em>, matching the page text', () => {
    const { doc } = page();
    const hit = findInPage(doc, LIN_YUN)!;
    expect(hit.found).toBe('whole');
    expect(hit.range.toString().replace(/\s+/g, ' ')).toBe(LIN_YUN);
    expect(hit.range.startContainer.parentElement!.tagName).toBe('P');
    expect(hit.range.endContainer.parentElement!.tagName).toBe('P');
  });

  it('finds the page\u2019s curly quotes from straight ones in the excerpt', () => {
    const { doc } = page();
    const hit = findInPage(doc, "As Stephen Casper noted: 'AI is a global technology with global benefits.'")!;
    expect(hit.range.toString()).toBe('As Stephen Casper noted: \u2018AI is a global technology with global benefits.\u2019');
  });

  it('skips a first occurrence inside a script and finds the visible one', () => {
    const { doc } = page();
    expect(findInPage(doc, 'Lin Yun, a professor at Shanghai')!.range.startContainer.parentElement!.tagName).toBe('P');
  });

  it('returns null when the text is not there', () => {
    expect(findInPage(page().doc, 'Nothing like this sentence appears anywhere on the page at all.')).toBeNull();
  });
});

describe('showInPage', () => {
  it('highlights the excerpt, scrolls to it and says why in a note outside <body>', () => {
    const { doc, registry, scrolled, roots } = page();
    const bodyBefore = doc.body.innerHTML;
    expect(showInPage(doc, LIN_YUN, 'Unknown speaker: Lin Yun is not among known people.')).toBe('whole');

    const highlight = registry.get(HIGHLIGHT_NAME)!;
    expect(highlight.ranges).toHaveLength(1);
    expect(highlight.ranges[0]!.toString().replace(/\s+/g, ' ')).toBe(LIN_YUN);
    expect(scrolled).toHaveLength(1);
    expect(scrolled[0]!.element.tagName).toBe('P');
    expect(scrolled[0]!.options).toEqual({ block: 'center', behavior: 'smooth' });

    // The page's own nodes are untouched; the note's host is a child of <html>.
    expect(doc.body.innerHTML).toBe(bodyBefore);
    const host = doc.querySelector(NOTE_TAG)!;
    expect(host.parentElement).toBe(doc.documentElement);
    expect(roots).toHaveLength(1);
    const note = roots[0]!.querySelector('.note')!;
    expect(note.getAttribute('role')).toBe('note');
    expect(roots[0]!.querySelector('.why')!.textContent).toBe('Unknown speaker: Lin Yun is not among known people.');
    expect(roots[0]!.querySelector('.partial')).toBeNull();
    expect(roots[0]!.querySelector('button')!.textContent).toBe('Hide highlights');
    // Placed beside the text (below its rectangle), in the window's coordinates.
    expect((note as HTMLElement).style.top).toBe('148px');
    expect((note as HTMLElement).style.left).toBe('20px');
    expect((note as HTMLElement).dataset.side).toBe('below');
  });

  it('scrolls without animation when the reader asks for reduced motion', () => {
    const { doc, scrolled } = page(ARTICLE, { reducedMotion: true });
    showInPage(doc, LIN_YUN, 'why');
    expect(scrolled[0]!.options).toEqual({ block: 'center', behavior: 'auto' });
  });

  it('puts the note text in as text, never as markup', () => {
    const { doc, roots } = page();
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    showInPage(doc, LIN_YUN, hostile);
    expect(roots[0]!.querySelector('.why')!.textContent).toBe(hostile);
    expect(roots[0]!.querySelector('img, b')).toBeNull();
  });

  it('says when only the start of the excerpt was found', () => {
    const { doc, registry, roots } = page();
    const found = showInPage(doc, 'Lin Yun, a professor at Shanghai Jia Tong University who teaches history.', 'why');
    expect(found).toBe('prefix');
    expect(registry.get(HIGHLIGHT_NAME)!.ranges[0]!.toString()).toBe('Lin Yun, a professor at Shanghai Jia Tong University who');
    expect(roots[0]!.querySelector('.partial')!.textContent).toBe('Only the start of this passage was found on the page.');
  });

  it('shows nothing and scrolls nowhere when the excerpt is not on the page', () => {
    const { doc, registry, scrolled } = page();
    expect(showInPage(doc, 'TechPulse Daily is nowhere in this document, not even in part.', 'why')).toBe('none');
    expect(registry.size).toBe(0);
    expect(scrolled).toHaveLength(0);
    expect(doc.querySelector(NOTE_TAG)).toBeNull();
  });

  it('replaces the first highlight and note with the second', () => {
    const { doc, registry, roots } = page();
    showInPage(doc, LIN_YUN, 'first');
    showInPage(doc, 'As Stephen Casper noted:', 'second');
    expect(doc.querySelectorAll(NOTE_TAG)).toHaveLength(1);
    expect(registry.get(HIGHLIGHT_NAME)!.ranges[0]!.toString()).toBe('As Stephen Casper noted:');
    expect(roots.at(-1)!.querySelector('.why')!.textContent).toBe('second');
  });

  it('leaves the page as it was on clearHighlights, on Escape and on the note\u2019s button', () => {
    const { doc, win, registry, roots } = page();
    const headBefore = doc.head.innerHTML;
    const htmlChildren = doc.documentElement.children.length;
    const listeners = vi.spyOn(doc, 'removeEventListener');

    showInPage(doc, LIN_YUN, 'why');
    clearHighlights();
    expect(registry.size).toBe(0);
    expect(doc.querySelector(NOTE_TAG)).toBeNull();
    expect(doc.head.innerHTML).toBe(headBefore);
    expect(doc.documentElement.children.length).toBe(htmlChildren);
    expect(listeners).toHaveBeenCalledWith('keydown', expect.any(Function), true);

    showInPage(doc, LIN_YUN, 'why');
    doc.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter' }));
    expect(registry.size).toBe(1);
    doc.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape' }));
    expect(registry.size).toBe(0);
    expect(doc.querySelector(NOTE_TAG)).toBeNull();

    showInPage(doc, LIN_YUN, 'why');
    (roots.at(-1)!.querySelector('button') as HTMLButtonElement).click();
    expect(registry.size).toBe(0);
    expect(doc.querySelector(NOTE_TAG)).toBeNull();
    expect(doc.head.innerHTML).toBe(headBefore);
  });

  it('without the Custom Highlight API still scrolls and shows the note', () => {
    const { doc, scrolled, roots } = page(ARTICLE, { highlights: false });
    expect(showInPage(doc, LIN_YUN, 'why')).toBe('whole');
    expect(scrolled).toHaveLength(1);
    expect(roots[0]!.querySelector('.why')!.textContent).toBe('why');
    expect(doc.head.querySelector('style')).toBeNull();
  });
});

describe('the popup\u2019s message to the content script', () => {
  const long = (n: number) => 'x'.repeat(n);
  const inputs: unknown[] = [
    { type: 'popup:show-in-page', excerpt: 'A sentence.', note: 'Why.' },
    { type: 'popup:show-in-page', excerpt: 'A sentence.', note: '' },
    { type: 'popup:show-in-page', excerpt: long(SHOW_IN_PAGE_LIMITS.excerpt), note: long(SHOW_IN_PAGE_LIMITS.note) },
    { type: 'popup:show-in-page', excerpt: long(SHOW_IN_PAGE_LIMITS.excerpt + 1), note: 'Why.' },
    { type: 'popup:show-in-page', excerpt: 'A sentence.', note: long(SHOW_IN_PAGE_LIMITS.note + 1) },
    { type: 'popup:show-in-page', excerpt: '', note: 'Why.' },
    { type: 'popup:show-in-page', excerpt: 'A sentence.' },
    { type: 'popup:show-in-page', note: 'Why.' },
    { type: 'popup:show-in-page', excerpt: 42, note: 'Why.' },
    { type: 'popup:show-in-page', excerpt: 'A sentence.', note: null },
    { type: 'popup:show-in-page', excerpt: 'A sentence.', note: 'Why.', extra: '<b>dropped</b>' },
    { type: 'popup:clear-highlights' },
    { type: 'popup:clear-highlights', excerpt: 'ignored' },
    { type: 'popup:check-again', tabId: 3 },
    { type: 'background:read-again', url: 'https://example.com/' },
    { excerpt: 'A sentence.', note: 'Why.' },
    [{ type: 'popup:clear-highlights' }],
    'popup:clear-highlights',
    null,
    undefined,
    42,
  ];

  it.each(inputs.map((input, i) => [i, input] as const))('input %i: the content script\u2019s check agrees with the zod schema', (_i, input) => {
    const parsed = popupToContent.safeParse(input);
    expect(parsePopupToContent(input)).toEqual(parsed.success ? parsed.data : null);
  });

  it('accepts the two messages and refuses what is too long', () => {
    expect(parsePopupToContent({ type: 'popup:show-in-page', excerpt: 'A.', note: 'B.' })).toEqual({ type: 'popup:show-in-page', excerpt: 'A.', note: 'B.' });
    expect(parsePopupToContent({ type: 'popup:clear-highlights' })).toEqual({ type: 'popup:clear-highlights' });
    expect(parsePopupToContent({ type: 'popup:show-in-page', excerpt: long(5_001), note: '' })).toBeNull();
  });
});

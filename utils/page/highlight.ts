/**
 * "Show in page": scrolls to a report excerpt, highlights it and says why in a small note,
 * without changing the page's layout or any node of the page's own:
 * - the highlight is a CSS Custom Highlight: a Range registered in `CSS.highlights`, painted by a
 *   `::highlight(sourcecheck)` rule in a constructed stylesheet appended to the document's
 *   `adoptedStyleSheets` (the page's own sheets stay as they are);
 * - the note lives in a closed shadow root on a host appended to <html>, not <body>, and is
 *   `position: fixed`, so it takes no room in the page and the page's scripts cannot read it;
 * - text goes in with `textContent` only.
 * A second "Show in page" replaces the first; `clearHighlights` (the note's button, Escape, the
 * popup's "Hide highlights", the content script going away) leaves the page as it was.
 */
import { findText } from './find-text';

export const HIGHLIGHT_NAME = 'sourcecheck';
export const NOTE_TAG = 'sourcecheck-note';

export type Found = 'whole' | 'prefix' | 'none';

/** Text that is not shown as the page's text. (Readability reads none of it either.) */
const SKIPPED = 'script, style, noscript, template, textarea, [hidden]';

// NodeFilter's constants, spelled out: the same code runs on jsdom, where there is no global NodeFilter.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const TEXT_NODE = 3;

const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54f; color: #1a1a1a; }`;

const NOTE_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
}
.note {
  position: fixed;
  box-sizing: border-box;
  width: max-content;
  max-width: min(360px, calc(100vw - 16px));
  border-left: 4px solid #ffd54f;
  border-radius: 6px;
  background: #1f2328;
  color: #fff;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3);
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  text-align: left;
}
.content { max-height: 40vh; overflow: auto; padding: 10px 12px; }
/* The arrow to the highlighted text, above or below which the note sits. */
.note[data-side]::before {
  content: '';
  position: absolute;
  left: var(--arrow, 12px);
  border: 7px solid transparent;
}
.note[data-side='below']::before { bottom: 100%; border-bottom-color: #1f2328; }
.note[data-side='above']::before { top: 100%; border-top-color: #1f2328; }
p { margin: 0 0 8px; overflow-wrap: anywhere; }
.head { font-weight: 600; color: #ffd54f; }
.partial { color: #d0d7de; font-style: italic; }
button {
  font: inherit;
  font-weight: 600;
  padding: 3px 10px;
  border: 0;
  border-radius: 4px;
  background: #ffd54f;
  color: #1a1a1a;
  cursor: pointer;
}
button:hover { background: #ffe082; }
button:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
`;

/** The page's visible text nodes under <body>, in document order. */
export function pageTextNodes(doc: Document): Text[] {
  const nodes: Text[] = [];
  if (!doc.body) return nodes;
  const walker = doc.createTreeWalker(doc.body, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      return (node as Element).matches(SKIPPED) ? FILTER_REJECT : FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The range of the page's text that holds the excerpt (or its longest start), if any. */
export function findInPage(doc: Document, excerpt: string): { range: Range; found: Exclude<Found, 'none'> } | null {
  const nodes = pageTextNodes(doc);
  const match = findText(
    nodes.map((node) => node.data),
    excerpt,
  );
  if (match.found === 'none') return null;
  const range = doc.createRange();
  range.setStart(nodes[match.start.node]!, match.start.offset);
  range.setEnd(nodes[match.end.node]!, match.end.offset);
  return { range, found: match.found };
}

/** What undoes the current "Show in page", newest last. */
let undo: (() => void)[] = [];

/** Takes away the highlight and the note, and the listeners they brought. */
export function clearHighlights(): void {
  const steps = undo.reverse();
  undo = [];
  for (const step of steps) {
    try {
      step();
    } catch {
      // The page may have taken our node away already; what is left is still undone.
    }
  }
}

/** Scrolls to the excerpt, highlights it and shows `note` beside it. Replaces any earlier one. */
export function showInPage(doc: Document, excerpt: string, note: string): Found {
  clearHighlights();
  const hit = findInPage(doc, excerpt);
  if (!hit) return 'none';
  const win = doc.defaultView;
  const reduceMotion = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const target = hit.range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  paint(doc, hit.range);
  showNote(doc, hit.range, note, hit.found);
  return hit.found;
}

function paint(doc: Document, range: Range): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS?.highlights;
  const HighlightClass = win?.Highlight;
  // Without the Custom Highlight API (Firefox before 140, Safari before 17.2) nothing is painted:
  // the page is scrolled to the text and the note points at it. Marking the text any other way
  // means wrapping it in elements of ours, inside nodes the page's scripts may own.
  if (!registry || !HighlightClass) return;
  registry.set(HIGHLIGHT_NAME, new HighlightClass(range));
  undo.push(() => registry.delete(HIGHLIGHT_NAME));
  undo.push(adoptStyle(doc, HIGHLIGHT_CSS));
}

/** Adds a stylesheet that applies to the document (as `::highlight()` rules must) and returns its removal. */
function adoptStyle(doc: Document, css: string): () => void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    const sheet = new win!.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    // A browser or content-script sandbox without constructable stylesheets: a <style> in <head>
    // paints the same and takes no room.
    const style = doc.createElement('style');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}

function showNote(doc: Document, range: Range, text: string, found: Exclude<Found, 'none'>): void {
  const win = doc.defaultView;
  const host = doc.createElement(NOTE_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = NOTE_CSS;
  const note = doc.createElement('div');
  note.className = 'note';
  note.setAttribute('role', 'note');
  note.setAttribute('aria-label', 'Sourcecheck');
  const paragraph = (className: string, content: string) => {
    const p = doc.createElement('p');
    p.className = className;
    p.textContent = content;
    return p;
  };
  const content = doc.createElement('div');
  content.className = 'content';
  content.append(paragraph('head', 'Sourcecheck'), paragraph('why', text));
  if (found === 'prefix') content.append(paragraph('partial', 'Only the start of this passage was found on the page.'));
  const hide = doc.createElement('button');
  hide.type = 'button';
  hide.textContent = 'Hide highlights';
  hide.addEventListener('click', clearHighlights);
  content.append(hide);
  note.append(content);
  root.append(style, note);
  doc.documentElement.append(host);
  undo.push(() => host.remove());

  // Beside the text, below it (above when there is no room), and it follows the text while the
  // page scrolls; when the text is out of the window, the note waits at the window's edge.
  const place = () => {
    const at = range.getBoundingClientRect();
    const box = note.getBoundingClientRect();
    const width = doc.documentElement.clientWidth || win?.innerWidth || 0;
    const height = win?.innerHeight ?? 0;
    const margin = 8;
    const gap = 8;
    const below = at.bottom + gap;
    const above = at.top - gap - box.height;
    const inWindow = at.bottom > 0 && at.top < height;
    const side = !inWindow ? null : below + box.height <= height - margin ? 'below' : above >= margin ? 'above' : null;
    const top = side === 'below' ? below : side === 'above' ? above : Math.max(margin, Math.min(below, height - box.height - margin));
    const left = Math.max(margin, Math.min(at.left, width - box.width - margin));
    note.style.top = `${Math.round(top)}px`;
    note.style.left = `${Math.round(left)}px`;
    // No arrow when the text is out of the window and the note waits at its edge.
    if (side) note.dataset.side = side;
    else delete note.dataset.side;
    note.style.setProperty('--arrow', `${Math.round(Math.max(8, Math.min(at.left - left + 8, box.width - 24)))}px`);
  };
  place();
  let frame = 0;
  const follow = () => {
    if (frame || !win) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') clearHighlights();
  };
  const listening = { capture: true, passive: true } as const;
  win?.addEventListener('scroll', follow, listening);
  win?.addEventListener('resize', follow, listening);
  doc.addEventListener('keydown', onKey, true);
  undo.push(() => {
    win?.removeEventListener('scroll', follow, listening);
    win?.removeEventListener('resize', follow, listening);
    doc.removeEventListener('keydown', onKey, true);
    if (frame) win?.cancelAnimationFrame(frame);
  });
}

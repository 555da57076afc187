/**
 * The popup's messages as the content script checks them. A hand-written twin of
 * `popupToContent` in utils/messages.ts (the one place the messages are defined): the content
 * script runs on every page, and zod would nearly triple it. tests/unit/show-in-page.test.ts
 * keeps the two in step, input by input.
 */
import type { PopupToContent } from '../messages';

/** Bounds no report excerpt or flag message reaches in practice; beyond them a message is refused. */
export const SHOW_IN_PAGE_LIMITS = { excerpt: 5_000, note: 1_000 } as const;

export function parsePopupToContent(message: unknown): PopupToContent | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const { type, excerpt, note } = message as Record<string, unknown>;
  if (type === 'popup:clear-highlights') return { type };
  if (type !== 'popup:show-in-page') return null;
  if (typeof excerpt !== 'string' || excerpt.length === 0 || excerpt.length > SHOW_IN_PAGE_LIMITS.excerpt) return null;
  if (typeof note !== 'string' || note.length > SHOW_IN_PAGE_LIMITS.note) return null;
  return { type, excerpt, note };
}

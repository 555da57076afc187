/** Whitespace folding shared by every extractor, so excerpts match across page, CLI and tests. */
const WHITESPACE = /[\s\u00a0\u200b]+/g;

export function fold(text: string | null | undefined): string {
  return (text ?? '').replace(WHITESPACE, ' ').trim();
}

/** A hostile page can hold megabytes in one node; nothing downstream needs more than this. */
export const MAX_BLOCK_CHARS = 5_000;

export function clip(text: string, max = MAX_BLOCK_CHARS): string {
  return text.length > max ? text.slice(0, max) : text;
}

/**
 * Reads the page and sends one message. No React, no Dexie, no analysis here: IndexedDB opened
 * from a content script would be the visited site's storage, and every page pays for this file.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../utils/extract';
import type { BackgroundToContent, ContentToBackground } from '../utils/messages';

/** A single-page site swaps its content after the URL changes; give it this long to settle. */
const SPA_SETTLE_MS = 1_500;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastRead = '';
    const read = () => {
      lastRead = location.href;
      let message: ContentToBackground;
      try {
        message = { type: 'content:page-read', article: extractArticle(document, location.href) };
      } catch (error) {
        console.warn('Sourcecheck could not read this page', error);
        return;
      }
      // The worker may be starting up or the extension reloading; the next page read will try again.
      browser.runtime.sendMessage(message).catch(() => undefined);
    };

    const onMessage = (message: unknown) => {
      const request = message as Partial<BackgroundToContent> | null;
      if (request?.type === 'background:read-again' && request.url === location.href && request.url !== lastRead) {
        ctx.setTimeout(read, SPA_SETTLE_MS);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    read();
  },
});

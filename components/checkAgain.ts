import { browser } from 'wxt/browser';
import type { PopupToBackground } from '../utils/messages';

/** Asks the background to check the tab's page again now that My sources changed. */
export async function checkAgain(tabId: number | null): Promise<void> {
  if (tabId === null) return;
  const request: PopupToBackground = { type: 'popup:check-again', tabId };
  await browser.runtime.sendMessage(request);
}

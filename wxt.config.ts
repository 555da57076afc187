import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep utils/ runnable from Node (CLI, unit tests) without WXT's globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Sourcecheck',
    description:
      "Shows where a news article's claims come from and what cannot be verified. Runs entirely on your machine.",
    // One permission: `downloads`, so exports from the popup and the history are saved through
    // the browser's downloads API (a file name that says what and when, no save dialog, no
    // server). IndexedDB needs none, the badge needs none, and the content script's matches give
    // the host access it needs.
    permissions: ['downloads'],
    action: { default_title: 'Sourcecheck' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcecheck@sourcecheck.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

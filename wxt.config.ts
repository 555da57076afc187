import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep utils/ runnable from Node (CLI, unit tests) without WXT's globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Sourcecheck',
    description:
      "Shows where a news article's claims come from and what cannot be verified. Runs entirely on your machine.",
    // No permissions: IndexedDB needs none, the badge needs none, and the content script's
    // matches give the host access it needs. Exports are plain downloads from the popup.
    permissions: [],
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

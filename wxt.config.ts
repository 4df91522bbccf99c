import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each one is requested.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'ClaimCheck',
    description:
      'Highlights casualty counts and terrorist designations in news and checks them against a local, offline claims database.',
    permissions: ['storage', 'contextMenus', 'unlimitedStorage'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Step to the next highlighted claim',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Step to the previous highlighted claim',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'claimcheck@claimcheck.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['demo-output/**', 'bench-output/**', 'test-results/**', '**/*.log'],
  },
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { build } from 'esbuild';

/** The card is built as its own ES module, loaded by the content script on first use. */
async function buildCardModule(minify: boolean): Promise<string> {
  const out = await build({
    entryPoints: ['src/ui/card-module.tsx'],
    bundle: true,
    format: 'esm',
    minify,
    write: false,
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    plugins: [
      {
        name: 'inline-css',
        setup(b) {
          b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
            path: new URL(args.path.replace(/\?inline$/, ''), `file://${args.resolveDir}/`).pathname,
            namespace: 'inline-css',
          }));
          b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => ({
            contents: await (await import('node:fs/promises')).readFile(args.path, 'utf8'),
            loader: 'text',
          }));
        },
      },
    ],
  });
  return out.outputFiles[0].text;
}

const CARD_MODULE = 'card-ui.js';

/** The casualty rules, loaded by the content script on pages with a harm stem. */
const CASUALTY_MODULE = 'casualty-rules.js';
/** The designation rules, loaded by the content script on pages with a designation cue. */
const DESIGNATION_MODULE = 'designation-rules.js';

/** A rules module (src/extract/*-module.ts) as one ES module of its own. */
async function buildRulesModule(entry: string, minify: boolean): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify,
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

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
    permissions: ['storage', 'contextMenus', 'unlimitedStorage', 'alarms'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // MV2 (Firefox) has no optional_host_permissions and WXT drops the key: origins go in optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : {}),
    // The card and rules modules are imported by the content script; pages gain nothing from them.
    web_accessible_resources: [
      {
        resources: [CARD_MODULE, CASUALTY_MODULE, DESIGNATION_MODULE],
        matches: ['http://*/*', 'https://*/*'],
      },
    ],
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
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': async (wxt, files) => {
      files.push({
        relativeDest: CARD_MODULE,
        contents: await buildCardModule(wxt.config.mode === 'production'),
      });
      files.push({
        relativeDest: CASUALTY_MODULE,
        contents: await buildRulesModule('src/extract/casualty-module.ts', wxt.config.mode === 'production'),
      });
      files.push({
        relativeDest: DESIGNATION_MODULE,
        contents: await buildRulesModule(
          'src/extract/designation-module.ts',
          wxt.config.mode === 'production',
        ),
      });
    },
  },
  zip: {
    excludeSources: ['demo-output/**', 'bench-output/**', 'test-results/**', '**/*.log'],
  },
});

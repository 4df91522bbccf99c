#!/usr/bin/env node
// Serves the test fixture pages (the seed article at /seed/<slug>.html, tests/fixtures/pages/**) on 127.0.0.1 for
// manual checks with `npm run dev`. Usage: node scripts/serve-fixtures.mjs. Stops on Ctrl-C.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const harness = pathToFileURL(path.join(root, 'tests/e2e/harness/index.ts')).href;
const { startFixtureServer, listSeeds } = await tsImport(harness, import.meta.url);
const server = await startFixtureServer();
console.log(`fixture server on ${server.origin}`);
for (const seed of listSeeds()) console.log(`  ${server.seedUrl(seed.slug)}`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

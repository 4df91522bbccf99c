import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURE_PAGES_DIR } from './paths';
import { listSeeds, seedArticleHtml } from './seed-page';

export interface StaticRoute {
  status?: number;
  headers?: Record<string, string>;
  body: string;
}
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface FixtureServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Absolute URL of a path on this server. */
  url(pathname: string): string;
  /** URL of the seed article page (`/seed/<slug>.html`); the first seed when no slug is given. */
  seedUrl(slug?: string): string;
  /** Serves `pathname` (exact match, query ignored) from a fixed response or a handler; replaces an earlier route. */
  route(pathname: string, response: StaticRoute | RouteHandler): void;
  unroute(pathname: string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * A test web server on 127.0.0.1 (a free port chosen by the OS). It serves
 * - `/seed/<slug>.html`: each tests/fixtures/seed/<slug>.txt rendered as a news page,
 * - tests/fixtures/pages/** as static files,
 * - any route a test registers (custom headers such as CSP, dynamic pages).
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, StaticRoute | RouteHandler>();
  const seeds = listSeeds();
  for (const seed of seeds) {
    routes.set(`/seed/${seed.slug}.html`, { body: seedArticleHtml(seed) });
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const route = routes.get(pathname);
    if (typeof route === 'function') return route(req, res);
    if (route) {
      res.writeHead(route.status ?? 200, { 'content-type': TYPES['.html'], ...route.headers });
      res.end(route.body);
      return;
    }
    const file = path.resolve(
      FIXTURE_PAGES_DIR,
      '.' + (pathname.endsWith('/') ? pathname + 'index.html' : pathname),
    );
    if (!file.startsWith(FIXTURE_PAGES_DIR + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    seedUrl(slug = seeds[0]?.slug) {
      if (!slug) throw new Error('No seed article in tests/fixtures/seed');
      return new URL(`/seed/${slug}.html`, origin).href;
    },
    route: (pathname, response) => void routes.set(pathname, response),
    unroute: (pathname) => void routes.delete(pathname),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

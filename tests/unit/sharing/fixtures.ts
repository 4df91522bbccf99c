import { emptyRowSet, type RowInput, type RowSet } from '../../../src/db/write';
import { generateKeyPair, pemToPkcs8 } from '../../../src/sharing/integrity';
import { sealedJsonLinesText, type Deletes, type HeaderInput } from '../../../src/sharing/publish';
import { entity } from '../db/helpers';

export { entity };

export function designation(id: string, entityId: string, list = 'US FTO'): RowInput<'designations'> {
  return {
    id,
    entityId,
    authority: 'United States',
    list,
    listedOn: '2020-01-01',
    endedOn: null,
    sourceUrl: 'https://example.org/listing',
  };
}

export function rows(...items: (RowInput<'entities'> | RowInput<'designations'>)[]): RowSet {
  const set = emptyRowSet();
  for (const r of items) {
    if ('entityId' in r) set.designations.push(r);
    else set.entities.push(r);
  }
  return set;
}

export function header(version: string, extra: Partial<HeaderInput> = {}): HeaderInput {
  return {
    id: 'team-pack',
    name: 'Team pack',
    version,
    kind: 'full',
    createdAt: '2026-12-01T00:00:00Z',
    sources: ['tests'],
    ...extra,
  };
}

export function pack(
  version: string,
  set: RowSet,
  extra: Partial<HeaderInput> = {},
  deletes?: Deletes,
  key?: Uint8Array,
) {
  return sealedJsonLinesText(header(version, extra), set, deletes, key);
}

export async function keys(): Promise<{ pkcs8: Uint8Array; publicKey: string }> {
  const k = await generateKeyPair();
  return { pkcs8: pemToPkcs8(k.privateKeyPem), publicKey: k.publicKey };
}

interface Route {
  body: string | Uint8Array;
  etag?: string;
  status?: number;
  /** Serve only this many bytes, then end the body normally (a cut-short download). */
  truncateAt?: number;
  /** Serve this many bytes, then fail the stream (a dropped connection). */
  failAt?: number;
}

/** A static host in memory: ETag / If-None-Match like a real one, with every request recorded. */
export function fakeHost() {
  const routes = new Map<string, Route>();
  const requests: { url: string; headers: Record<string, string> }[] = [];
  let down = false;
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    requests.push({ url, headers });
    if (down) throw new TypeError('fetch failed');
    const r = routes.get(url);
    if (!r) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (r.etag && headers['If-None-Match'] === r.etag)
      return new Response(null, { status: 304, headers: { ETag: r.etag } });
    const bytes = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : r.body;
    const cut = r.truncateAt ?? r.failAt ?? bytes.length;
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        // Small chunks, so the header line, an index's first key and rows arrive in pieces.
        for (let i = 0; i < cut; i += 17) c.enqueue(bytes.slice(i, Math.min(cut, i + 17)));
        if (r.failAt !== undefined) c.error(new TypeError('network error: connection reset'));
        else c.close();
      },
    });
    const res = new Response(stream, {
      status: r.status ?? 200,
      headers: { ...(r.etag ? { ETag: r.etag } : {}), 'Content-Length': String(bytes.length) },
    });
    Object.defineProperty(res, 'url', { value: url });
    return res;
  };
  return {
    fetch,
    requests,
    serve: (url: string, route: Route) => void routes.set(url, route),
    setDown: (v: boolean) => void (down = v),
  };
}

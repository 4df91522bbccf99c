/**
 * Pack subscriptions: add a pack address (asking for that origin's host
 * permission at that moment, from the click), list what each subscription
 * holds and how its last check went, check now, unsubscribe, and how often
 * to check. The background does the fetching; this page only asks it.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RowCounts } from '../../db/types';
import { sendMessage, type SubscriptionsState } from '../../messaging/protocol';
import type { InstallProgress } from '../../sharing/install';
import { normaliseSubscriptionUrl, originPattern, type Subscription } from '../../sharing/subscriptions';

/** What the panel asks of the background (replaced in tests). */
export interface SubscriptionsApi {
  state(): Promise<SubscriptionsState>;
  subscribe(url: string, publicKey: string | null): Promise<SubscriptionsState>;
  refresh(url: string): Promise<SubscriptionsState>;
  unsubscribe(url: string): Promise<SubscriptionsState>;
  setInterval(hours: number): Promise<SubscriptionsState>;
  /** Asks for host permission for one pack URL's host; must be called from the click itself (a user gesture). */
  requestOrigin(url: string): Promise<boolean>;
}

export const backgroundApi: SubscriptionsApi = {
  state: () => sendMessage('ui-bg:subscriptions', undefined),
  subscribe: (url, publicKey) => sendMessage('ui-bg:subscribe', { url, publicKey }),
  refresh: (url) => sendMessage('ui-bg:refresh-subscription', { url }),
  unsubscribe: (url) => sendMessage('ui-bg:unsubscribe', { url }),
  setInterval: (hours) => sendMessage('ui-bg:set-subscription-interval', { hours }),
  requestOrigin: (url) => browser.permissions.request({ origins: [originPattern(url)] }),
};

const INTERVALS: [number, string][] = [
  [1, 'every hour'],
  [6, 'every 6 hours'],
  [12, 'every 12 hours'],
  [24, 'daily'],
  [72, 'every 3 days'],
  [168, 'weekly'],
];

function when(iso: string | null): string {
  if (!iso) return 'never';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function describeCounts(c: RowCounts | null): string {
  if (!c) return 'none yet';
  const parts = [
    plural(c.entities, 'entity', 'entities'),
    plural(c.designations, 'designation', 'designations'),
    plural(c.events, 'event', 'events'),
    plural(c.reports, 'casualty report', 'casualty reports'),
    plural(c.factChecks, 'fact-check', 'fact-checks'),
  ];
  return parts.filter((p) => !p.startsWith('0 ')).join(', ') || 'no rows';
}

function describeProgress(p: InstallProgress | null): string {
  if (!p) return 'Checking…';
  if (p.phase === 'download') {
    const mb = (n: number) => (n / 1e6).toFixed(1);
    return p.total ? `Downloading: ${mb(p.done)} of ${mb(p.total)} MB` : `Downloading: ${mb(p.done)} MB`;
  }
  return `Writing rows: ${p.done.toLocaleString('en')}${p.total ? ` of ${p.total.toLocaleString('en')}` : ''}`;
}

const RESULT: Record<NonNullable<Subscription['lastResult']>, string> = {
  installed: 'installed',
  updated: 'updated',
  unchanged: 'no change',
  error: 'failed',
};

function SubscriptionItem({
  sub,
  progress,
  running,
  onRefresh,
  onRemove,
}: {
  sub: Subscription;
  progress: InstallProgress | null;
  running: boolean;
  onRefresh: () => void;
  onRemove: () => void;
}) {
  const title = sub.name ?? sub.url;
  return (
    <li class="subscription" data-url={sub.url}>
      <h3>{title}</h3>
      <dl>
        <dt>Address</dt>
        <dd>
          <code>{sub.url}</code>
        </dd>
        <dt>Version</dt>
        <dd class="sub-version">{sub.version ?? 'not installed yet'}</dd>
        <dt>Rows</dt>
        <dd class="sub-counts">
          {describeCounts(sub.counts)}
          {sub.skippedForeign
            ? ` (${plural(sub.skippedForeign, 'row', 'rows')} left out: their ids belong to other data)`
            : ''}
        </dd>
        <dt>Signature</dt>
        <dd>{sub.publicKey ? 'required (public key given)' : 'not required'}</dd>
        <dt>Last check</dt>
        <dd class="sub-last-check">
          {when(sub.lastCheck)}
          {sub.lastResult ? ` (${RESULT[sub.lastResult]})` : ''}
        </dd>
        <dt>Last change</dt>
        <dd>{when(sub.lastChange)}</dd>
        <dt>Status</dt>
        <dd class={`sub-status${sub.lastError ? ' error' : ''}`}>
          {running ? describeProgress(progress) : sub.lastError ? sub.lastError : sub.lastCheck ? 'OK' : '—'}
        </dd>
      </dl>
      {running && progress?.total ? (
        <progress max={progress.total} value={progress.done} aria-label={`Progress of ${title}`} />
      ) : null}
      <div class="buttons">
        <button type="button" onClick={onRefresh} disabled={running} aria-label={`Check ${title} now`}>
          Check now
        </button>
        <button type="button" class="danger" onClick={onRemove} aria-label={`Unsubscribe from ${title}`}>
          Unsubscribe
        </button>
      </div>
    </li>
  );
}

export function Subscriptions({ api = backgroundApi }: { api?: SubscriptionsApi }) {
  const [state, setState] = useState<SubscriptionsState | null>(null);
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const reload = () =>
    api.state().then(setState, (e: unknown) => setError(`Could not reach the background: ${String(e)}`));
  useEffect(() => {
    void reload();
    // Checks run in the background: follow their progress while this panel is open.
    const timer = setInterval(() => void reload(), 1000);
    return () => clearInterval(timer);
  }, [api]);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setMessage('');
    setError('');
    let normal: string;
    try {
      normal = normaliseSubscriptionUrl(url);
    } catch (err) {
      setError((err as Error).message);
      return;
    }
    const origin = new URL(normal).origin;
    // First thing in the handler: the browser grants permissions only from a user gesture.
    let granted: boolean;
    try {
      granted = await api.requestOrigin(normal);
    } catch (err) {
      setError(`Could not ask for permission to read ${origin}: ${(err as Error).message}`);
      return;
    }
    if (!granted) {
      setError(`Not subscribed: ClaimCheck needs your permission to read ${origin}.`);
      return;
    }
    try {
      setState(await api.subscribe(normal, key.trim() || null));
      setMessage(`Subscribed to ${normal}; fetching it now.`);
      setUrl('');
      setKey('');
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const subs = state?.subscriptions ?? [];
  return (
    <div class="subscriptions">
      <p>
        Subscribe to claim packs your team publishes on any web host. ClaimCheck fetches only the address you
        add (and the pack files it lists on the same site), checks each pack’s SHA-256 and, when you give a
        public key, its signature, and replaces that pack’s rows in one step. Your own rows and other packs’
        rows are never touched. Nothing about the pages you read is sent.
      </p>
      <form class="subscribe" onSubmit={(e) => void onSubmit(e)}>
        <div class="field">
          <label for="sub-url">Pack address</label>
          <input
            id="sub-url"
            type="url"
            required
            placeholder="https://example.org/claims/index.json"
            value={url}
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="sub-key">Publisher’s public key (optional)</label>
          <input
            id="sub-key"
            aria-describedby="sub-key-hint"
            value={key}
            onInput={(e) => setKey((e.currentTarget as HTMLInputElement).value)}
          />
          <p class="hint" id="sub-key-hint">
            With a key, only packs signed by the publisher are accepted.
          </p>
        </div>
        <button type="submit" class="primary">
          Subscribe
        </button>
      </form>
      <p role="status" class="sub-message" aria-live="polite">
        {message}
      </p>
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <div class="field">
        <label for="sub-interval">Check for updates</label>
        <select
          id="sub-interval"
          value={String(state?.intervalHours ?? 24)}
          onChange={(e) =>
            void api
              .setInterval(Number((e.currentTarget as HTMLSelectElement).value))
              .then(setState, (err: unknown) => setError((err as Error).message))
          }
        >
          {INTERVALS.map(([h, label]) => (
            <option key={h} value={String(h)}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {state && subs.length === 0 ? <p class="muted">No subscriptions yet.</p> : null}
      <ul class="subscription-list">
        {subs.map((s) => (
          <SubscriptionItem
            key={s.url}
            sub={s}
            running={s.url in (state?.running ?? {})}
            progress={state?.running[s.url] ?? null}
            onRefresh={() =>
              void api.refresh(s.url).then(setState, (err: unknown) => setError((err as Error).message))
            }
            onRemove={() =>
              void api.unsubscribe(s.url).then(
                (st) => {
                  setState(st);
                  setMessage(`Unsubscribed from ${s.name ?? s.url}; its rows were removed.`);
                },
                (err: unknown) => setError((err as Error).message),
              )
            }
          />
        ))}
      </ul>
    </div>
  );
}

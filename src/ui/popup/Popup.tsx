import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type TabClaimSummary, type TabReport } from '../../messaging/protocol';
import { describeClaim } from '../ClaimCard';
import { VERDICT_LABEL, verdictTone } from '../verdict';

type State =
  { status: 'loading' } | { status: 'no-page' } | { status: 'ready'; tabId: number; report: TabReport };

const GROUPS: { kind: TabClaimSummary['claim']['kind']; title: string }[] = [
  { kind: 'casualty', title: 'Casualty counts' },
  { kind: 'designation', title: 'Designations' },
];

/** The tab the popup is about: the active tab, or the page named by `?for=URL` when opened in a tab of its own. */
async function targetTab(): Promise<number | null> {
  const forUrl = new URLSearchParams(location.search).get('for');
  if (forUrl) return sendMessage('ui-bg:tab-for-url', { url: forUrl });
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function loadState(): Promise<State> {
  const tabId = await targetTab();
  if (tabId === null) return { status: 'no-page' };
  const report = await sendMessage('ui-bg:tab-claims', { tabId });
  return report ? { status: 'ready', tabId, report } : { status: 'no-page' };
}

/** The toolbar popup: the current tab's claims with their verdicts, and the site switch. */
export function Popup() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [message, setMessage] = useState('');

  useEffect(() => {
    loadState().then(setState, () => setState({ status: 'no-page' }));
  }, []);

  const openClaim = async (tabId: number, id: string) => {
    const ok = await sendMessage('ui-cs:open-claim', { id }, tabId).catch(() => false);
    if (ok && !new URLSearchParams(location.search).has('for')) window.close();
    else setMessage('That claim is no longer on the page. Reload the page and try again.');
  };

  const toggleSite = async (tabId: number, report: TabReport) => {
    const enabled = !report.enabled;
    await sendMessage('ui-bg:set-site-enabled', { host: report.host, enabled, tabId });
    setState({
      status: 'ready',
      tabId,
      report: { ...report, enabled, claims: enabled ? report.claims : [] },
    });
    if (enabled) setTimeout(() => loadState().then(setState), 800);
  };

  return (
    <main class="popup">
      <h1>Claims on this page</h1>
      {state.status === 'loading' ? <p>Loading…</p> : null}
      {state.status === 'no-page' ? (
        <p>ClaimCheck does not run on this page. Open a news article (http or https) to see its claims.</p>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <label class="site-toggle">
            <input
              type="checkbox"
              checked={state.report.enabled}
              onChange={() => toggleSite(state.tabId, state.report)}
            />{' '}
            Check claims on {state.report.host}
          </label>
          {state.report.enabled && state.report.claims.length === 0 ? (
            <p>No claims found on this page.</p>
          ) : null}
          {GROUPS.map(({ kind, title }) => {
            const claims = state.report.claims.filter((c) => c.claim.kind === kind);
            if (!claims.length) return null;
            return (
              <section key={kind} aria-labelledby={`group-${kind}`}>
                <h2 id={`group-${kind}`}>
                  {title} ({claims.length})
                </h2>
                <ul>
                  {claims.map((c) => (
                    <li key={c.id}>
                      <button type="button" class="claim" onClick={() => openClaim(state.tabId, c.id)}>
                        <span class={`badge tone-${verdictTone(c.verdict)}`}>
                          {VERDICT_LABEL[c.verdict ?? 'pending']}
                        </span>
                        <span class="quote">“{c.claim.quote}”</span>
                        <span class="summary">{describeClaim(c.claim)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      ) : null}
      <p role="status">{message}</p>
      <p class="footer">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Open the dashboard
        </a>
      </p>
    </main>
  );
}

/**
 * The dashboard (the extension's options page): browse, search and edit the
 * local claims database, import and export packs, and the privacy statement.
 * It opens the database directly: it is an extension page, same origin as
 * the background.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { openClaimsDb } from '../../db/schema';
import { AddClaim } from './AddClaim';
import { StoreContext } from './context';
import { ExportPanel } from './ExportPanel';
import { parseHash, SECTIONS, type HashRoute, type SectionId } from './hash';
import { ImportPanel } from './ImportPanel';
import { Privacy } from './Privacy';
import { DesignationsSection, EntitiesSection, FactChecksSection, ReportsSection } from './sections';
import { createStore } from './store';
import { Subscriptions } from './Subscriptions';
import type { DashboardStore, Kind, Selection } from './store-types';
import { useLive } from './useLive';

export const SECTION_LABEL: Record<SectionId, string> = {
  entities: 'Entities',
  designations: 'Designations',
  reports: 'Casualty reports',
  factchecks: 'Fact-checks',
  import: 'Import',
  export: 'Export',
  subscriptions: 'Subscriptions',
  privacy: 'Privacy',
};

function Counts({ store }: { store: DashboardStore }) {
  const c = useLive(() => store.counts(), [store]).value;
  if (!c) return null;
  const n = (x: number, one: string, many: string) => `${x.toLocaleString('en')} ${x === 1 ? one : many}`;
  return (
    <p class="counts">
      In this browser: {n(c.entities, 'entity', 'entities')},{' '}
      {n(c.designations, 'designation', 'designations')},{' '}
      {n(c.reports, 'casualty report', 'casualty reports')}, {n(c.factchecks, 'fact-check', 'fact-checks')}.
    </p>
  );
}

function Tabs({ current, onSelect }: { current: SectionId; onSelect: (s: SectionId) => void }) {
  const refs = useRef<Partial<Record<SectionId, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    const i = SECTIONS.indexOf(current);
    const next =
      e.key === 'ArrowRight'
        ? SECTIONS[(i + 1) % SECTIONS.length]
        : e.key === 'ArrowLeft'
          ? SECTIONS[(i - 1 + SECTIONS.length) % SECTIONS.length]
          : e.key === 'Home'
            ? SECTIONS[0]
            : e.key === 'End'
              ? SECTIONS[SECTIONS.length - 1]
              : null;
    if (!next) return;
    e.preventDefault();
    onSelect(next);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label="Dashboard sections" class="tabs" onKeyDown={onKeyDown}>
      {SECTIONS.map((s) => (
        <button
          key={s}
          ref={(el) => {
            refs.current[s] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${s}`}
          aria-selected={current === s}
          aria-controls={`panel-${s}`}
          tabIndex={current === s ? 0 : -1}
          onClick={() => onSelect(s)}
        >
          {SECTION_LABEL[s]}
        </button>
      ))}
    </div>
  );
}

function currentRoute(): HashRoute {
  return parseHash(typeof location === 'undefined' ? '' : location.hash);
}

export function DashboardView({ store }: { store: DashboardStore }) {
  const [route, setRoute] = useState<HashRoute>(currentRoute);
  const [section, setSection] = useState<SectionId>(route.kind === 'section' ? route.section : 'reports');
  const [selection, setSelection] = useState<Record<Kind, string[]>>({
    entities: [],
    designations: [],
    reports: [],
    factchecks: [],
  });
  const [notice, setNotice] = useState('');

  useEffect(() => {
    const onHash = () => {
      const r = currentRoute();
      setRoute(r);
      if (r.kind === 'section') setSection(r.section);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const select = (s: SectionId) => {
    setSection(s);
    setNotice('');
    // An open Add claim form stays open (and its link in the address bar) until saved or cancelled.
    if (route.kind === 'add') return;
    // replaceState: switching tabs should not pile up history entries.
    history.replaceState(null, '', `#${s}`);
    setRoute({ kind: 'section', section: s });
  };

  const toggle = (kind: Kind, ids: string[], on: boolean) =>
    setSelection((sel) => {
      const set = new Set(sel[kind]);
      for (const id of ids)
        if (on) set.add(id);
        else set.delete(id);
      return { ...sel, [kind]: [...set] };
    });

  const selectedSet = (k: Kind) => new Set(selection[k]);
  const sel = (k: Kind) => ({ selected: selectedSet(k), onToggle: toggle });

  return (
    <StoreContext.Provider value={store}>
      <header>
        <h1>ClaimCheck dashboard</h1>
        <Counts store={store} />
      </header>
      <main>
        <p class="notice" aria-live="polite">
          {notice}
        </p>
        {route.kind === 'add' ? (
          <AddClaim
            prefill={route.prefill}
            onClose={(message, saved) => {
              const s = saved ?? section;
              history.replaceState(null, '', `#${s}`);
              setRoute({ kind: 'section', section: s });
              setSection(s);
              setNotice(message ?? '');
            }}
          />
        ) : null}
        <Tabs current={section} onSelect={select} />
        {SECTIONS.map((s) => (
          <section
            key={s}
            id={`panel-${s}`}
            role="tabpanel"
            aria-labelledby={`tab-${s}`}
            hidden={s !== section}
            class="panel"
          >
            {s === section ? (
              <>
                <h2>{SECTION_LABEL[s]}</h2>
                {s === 'entities' ? (
                  <EntitiesSection {...sel('entities')} />
                ) : s === 'designations' ? (
                  <DesignationsSection {...sel('designations')} />
                ) : s === 'reports' ? (
                  <ReportsSection {...sel('reports')} />
                ) : s === 'factchecks' ? (
                  <FactChecksSection {...sel('factchecks')} />
                ) : s === 'import' ? (
                  <ImportPanel />
                ) : s === 'subscriptions' ? (
                  <Subscriptions />
                ) : s === 'export' ? (
                  <ExportPanel
                    selection={selection as Selection}
                    onClear={() =>
                      setSelection({ entities: [], designations: [], reports: [], factchecks: [] })
                    }
                  />
                ) : (
                  <Privacy />
                )}
              </>
            ) : null}
          </section>
        ))}
      </main>
    </StoreContext.Provider>
  );
}

/** The options page entry: opens the database, then shows the dashboard. */
export function Dashboard({ store: given }: { store?: DashboardStore } = {}) {
  const [store, setStore] = useState<DashboardStore | null>(given ?? null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (given) return;
    openClaimsDb()
      .then((db) => setStore(createStore(db)))
      .catch((e: unknown) => setError((e as Error)?.message ?? String(e)));
  }, [given]);
  if (store) return <DashboardView store={store} />;
  return (
    <main>
      <h1>ClaimCheck dashboard</h1>
      {error ? (
        <p class="error" role="alert">
          Could not open the claims database: {error}
        </p>
      ) : (
        <p>Opening the claims database…</p>
      )}
    </main>
  );
}

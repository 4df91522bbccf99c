/** The four browsable sections: columns, search wording and editors per kind. */
import type { CasualtyReportRow, EntityRow, FactCheckRow } from '../../db/types';
import { Browse, type Column } from './Browse';
import { useStore } from './context';
import { APPROX_LABEL, DesignationEditor, EntityEditor, FactCheckEditor, ReportEditor } from './editors';
import { safeHttpUrl } from './hash';
import type { DesignationItem, Kind, ReportItem } from './store-types';

export interface SelectionProps {
  selected: ReadonlySet<string>;
  onToggle: (kind: Kind, ids: string[], on: boolean) => void;
}

/** A link only for http(s) addresses; anything else from an import is shown as text. */
export function Link({ href, children }: { href: string | null | undefined; children?: string }) {
  if (!href) return <span class="muted">—</span>;
  const safe = safeHttpUrl(href);
  const text = children ?? hostOf(href);
  return safe ? (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function figure(r: Pick<CasualtyReportRow, 'min' | 'max' | 'approx' | 'category' | 'who'>): string {
  const n = (x: number) => x.toLocaleString('en');
  const num =
    r.min !== null && r.max !== null && r.min !== r.max
      ? `${n(r.min)}–${n(r.max)}`
      : r.min !== null
        ? n(r.min)
        : r.max !== null
          ? n(r.max)
          : 'an unstated number';
  const approx = r.approx === 'exact' || r.approx === 'vague' ? '' : `${APPROX_LABEL[r.approx]} `;
  return `${approx}${num} ${r.who ? `${r.who} ` : ''}${r.category}`;
}

const muted = (s: string | null | undefined) => (s ? s : <span class="muted">—</span>);

const ENTITY_COLUMNS: Column<EntityRow>[] = [
  { header: 'Name', cell: (e) => e.name },
  { header: 'Type', cell: (e) => e.type },
  {
    header: 'Other names',
    cell: (e) => {
      const others = e.names.filter((n) => n.name !== e.name);
      if (!others.length) return muted(null);
      const shown = others.slice(0, 6).map((n) => (n.type === 'former' ? `${n.name} (former)` : n.name));
      return shown.join('; ') + (others.length > 6 ? `; +${others.length - 6} more` : '');
    },
  },
];

export function EntitiesSection({ selected, onToggle }: SelectionProps) {
  const store = useStore();
  return (
    <Browse<EntityRow>
      kind="entities"
      noun="entity"
      plural="entities"
      searchHint="Finds entities whose names or aliases start with what you type; spelling variants such as Hezbollah/Hizballah match."
      load={store.entities}
      rowId={(e) => e.id}
      rowName={(e) => e.name}
      marks={(e) => e}
      columns={ENTITY_COLUMNS}
      Editor={EntityEditor}
      selected={selected}
      onToggle={(ids, on) => onToggle('entities', ids, on)}
      onDelete={(e) => store.remove('entities', e.id)}
    />
  );
}

const DESIGNATION_COLUMNS: Column<DesignationItem>[] = [
  {
    header: 'Entity',
    cell: (d) =>
      d.row.listedAs && d.row.listedAs !== d.entityName
        ? `${d.entityName} (listed as ${d.row.listedAs})`
        : d.entityName,
  },
  { header: 'Authority', cell: (d) => d.row.authority },
  { header: 'List', cell: (d) => d.row.list },
  { header: 'Listed', nowrap: true, cell: (d) => muted(d.row.effectiveOn ?? d.row.listedOn) },
  {
    header: 'Ended',
    nowrap: true,
    cell: (d) =>
      d.row.endedOn ? `${d.row.endedOn}${d.row.endReason ? ` (${d.row.endReason})` : ''}` : 'still listed',
  },
  { header: 'Evidence', cell: (d) => <Link href={d.row.sourceUrl} /> },
];

export function DesignationsSection({ selected, onToggle }: SelectionProps) {
  const store = useStore();
  return (
    <Browse<DesignationItem>
      kind="designations"
      noun="designation"
      plural="designations"
      searchHint="Finds the designations of entities whose names start with what you type."
      load={store.designations}
      rowId={(d) => d.row.id}
      rowName={(d) => `${d.entityName}, ${d.row.list}`}
      marks={(d) => d.row}
      columns={DESIGNATION_COLUMNS}
      Editor={DesignationEditor}
      selected={selected}
      onToggle={(ids, on) => onToggle('designations', ids, on)}
      onDelete={(d) => store.remove('designations', d.row.id)}
    />
  );
}

const REPORT_COLUMNS: Column<ReportItem>[] = [
  {
    header: 'Event',
    cell: (r) =>
      r.event
        ? `${r.event.title} (${r.event.start}${r.event.end ? ` to ${r.event.end}` : ''})`
        : r.row.eventId,
  },
  {
    header: 'Figure',
    cell: (r) => figure(r.row) + (r.row.scope && r.row.scope !== 'all' ? ` (${r.row.scope})` : ''),
  },
  { header: 'Reported by', cell: (r) => r.row.reportedBy },
  { header: 'As of', nowrap: true, cell: (r) => r.row.asOf },
  { header: 'Kind', cell: (r) => (r.row.documented ? 'documented' : 'estimate') },
  { header: 'Outlet', cell: (r) => <Link href={r.row.url}>{r.row.outlet ?? undefined}</Link> },
];

export function ReportsSection({ selected, onToggle }: SelectionProps) {
  const store = useStore();
  return (
    <Browse<ReportItem>
      kind="reports"
      noun="casualty report"
      plural="casualty reports"
      searchHint="Finds reports by words of the event’s title, places or actors."
      load={store.reports}
      rowId={(r) => r.row.id}
      rowName={(r) => `${r.row.reportedBy}, ${r.row.asOf}`}
      marks={(r) => r.row}
      columns={REPORT_COLUMNS}
      Editor={ReportEditor}
      selected={selected}
      onToggle={(ids, on) => onToggle('reports', ids, on)}
      onDelete={(r) => store.remove('reports', r.row.id)}
    />
  );
}

const FACTCHECK_COLUMNS: Column<FactCheckRow>[] = [
  { header: 'Claim', cell: (f) => f.claimReviewed },
  { header: 'Rating', cell: (f) => f.rating },
  { header: 'Reviewed by', cell: (f) => f.reviewer },
  { header: 'Date', nowrap: true, cell: (f) => muted(f.date) },
  { header: 'Review', cell: (f) => <Link href={f.url} /> },
];

export function FactChecksSection({ selected, onToggle }: SelectionProps) {
  const store = useStore();
  return (
    <Browse<FactCheckRow>
      kind="factchecks"
      noun="fact-check"
      plural="fact-checks"
      searchHint="Finds fact-checks containing every word you type."
      load={store.factChecks}
      rowId={(f) => f.id}
      rowName={(f) => (f.claimReviewed.length > 60 ? `${f.claimReviewed.slice(0, 60)}…` : f.claimReviewed)}
      marks={(f) => f}
      columns={FACTCHECK_COLUMNS}
      Editor={FactCheckEditor}
      selected={selected}
      onToggle={(ids, on) => onToggle('factchecks', ids, on)}
      onDelete={(f) => store.remove('factchecks', f.id)}
    />
  );
}

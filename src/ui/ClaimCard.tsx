import { useEffect, useRef, useState } from 'preact/hooks';
import type { Claim } from '../extract/types';
import type {
  AuthorityStatus,
  CasualtyEvidence,
  DesignationEvidence,
  FigureRung,
  StatusAt,
  Xref,
} from '../xref/types';
import { formatDate, formatFigure, formatProvenance, safeHref } from './format';
import { VERDICT_LABEL, verdictTone } from './verdict';

export interface CardAnchor {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ClaimCardProps {
  claim: Claim;
  xref: Xref | null;
  /** Set when the check failed, e.g. the background could not be reached. */
  error?: string | null;
  articleDate: string;
  articleDateSource: string;
  anchor: CardAnchor | null;
  onClose: () => void;
  onAddToDatabase?: () => void;
  onNotAClaim?: () => void;
  onCopyReceipt?: () => Promise<void>;
}

const KIND_LABEL: Record<Claim['kind'], string> = {
  casualty: 'Casualty count',
  designation: 'Designation',
};

export function describeClaim(claim: Claim): string {
  if (claim.kind === 'casualty') {
    const who = claim.who ? ` ${claim.who}` : '';
    const source = claim.source ? `, per ${claim.source}` : '';
    return `${formatFigure(claim.min, claim.max, claim.approx)}${who} ${claim.category}${source}`;
  }
  const by = claim.designators.length ? ` by ${claim.designators.join(', ')}` : ' (no authority named)';
  // "designated (Foreign Terrorist Organization)", "delisted (ban)"; a label that only repeats the status is left out.
  const label = claim.label && claim.label.toLowerCase() !== claim.status ? ` (${claim.label})` : '';
  const what = `${claim.status}${label}`;
  return `${claim.entity}: ${what}${by}`;
}

const CARD_WIDTH = 420;
const CARD_MAX_HEIGHT = 520;

/**
 * Keeps the card next to the claim and on screen, never over it: below when it
 * fits, else above, else on the roomier side with the card's height capped to
 * that room (it scrolls inside).
 */
export function placeCard(
  anchor: CardAnchor | null,
  vw: number,
  vh: number,
): { top: number; left: number; maxHeight: number } {
  const full = Math.min(CARD_MAX_HEIGHT, vh - 16);
  if (!anchor) return { top: 16, left: Math.max(8, vw - CARD_WIDTH - 16), maxHeight: full };
  const left = Math.min(Math.max(8, anchor.left), Math.max(8, vw - CARD_WIDTH - 8));
  const roomBelow = vh - anchor.bottom - 16;
  const roomAbove = anchor.top - 16;
  if (roomBelow >= full) return { top: anchor.bottom + 8, left, maxHeight: full };
  if (roomAbove >= full) return { top: anchor.top - 8 - full, left, maxHeight: full };
  if (roomBelow >= roomAbove) return { top: anchor.bottom + 8, left, maxHeight: Math.max(120, roomBelow) };
  const maxHeight = Math.max(120, roomAbove);
  return { top: Math.max(8, anchor.top - 8 - maxHeight), left, maxHeight };
}

function focusables(root: HTMLElement): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])',
    ),
  ];
}

function statusText(s: StatusAt): string {
  switch (s.state) {
    case 'listed':
      return `Listed${s.since ? ` since ${formatDate(s.since)}` : ''}${s.list ? ` (${s.list})` : ''}${
        s.viaName ? `, as ${s.viaName}` : ''
      }`;
    case 'delisted':
      return `Delisted${s.since ? ` on ${formatDate(s.since)}` : ''}${s.list ? ` (${s.list})` : ''}`;
    default:
      return 'Never listed';
  }
}

function SourceLink({ url, label }: { url: string | null; label: string }) {
  const href = safeHref(url);
  if (!href) return <span>{label}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}

function FigureLadder({
  claim,
  evidence,
}: {
  claim: Claim & { kind: 'casualty' };
  evidence: CasualtyEvidence;
}) {
  const compared = new Set(evidence.compared ?? []);
  const figure = (r: FigureRung) => r.min ?? r.max ?? 0;
  const byDateThenSize = (a: FigureRung, b: FigureRung) =>
    a.asOf.localeCompare(b.asOf) || figure(a) - figure(b);
  // What the verdict rests on comes first; the rest is context, kept apart so a
  // civilians-only count or an old figure is never read as a comparison.
  const current = evidence.ladder.filter((r) => compared.has(r.reportId)).sort(byDateThenSize);
  const earlier = evidence.ladder
    .filter((r) => !compared.has(r.reportId) && !r.sinceThen && !r.differentScope)
    .sort(byDateThenSize);
  const otherScope = evidence.ladder.filter(
    (r) => !compared.has(r.reportId) && r.differentScope && !r.sinceThen,
  );
  const later = evidence.ladder.filter((r) => !compared.has(r.reportId) && r.sinceThen).sort(byDateThenSize);
  const pageRow = (
    <tr class="this-page" key="page">
      <td>This page{claim.source ? ` (${claim.source})` : ''}</td>
      <td>
        <strong>{formatFigure(claim.min, claim.max, claim.approx)}</strong>
      </td>
      <td>{formatDate(evidence.claimDate)}</td>
      <td>—</td>
    </tr>
  );
  const rungs = (rows: FigureRung[]) =>
    rows.map((r) => (
      <tr key={r.reportId} class={r.differentScope ? 'other-scope' : ''}>
        <td>
          {r.reportedBy}
          {r.unverified ? <span class="tag unverified"> unverified</span> : null}
          {!r.documented ? <span class="tag"> estimate</span> : null}
          {r.who ? <span class="tag"> {r.who}</span> : null}
        </td>
        <td>{formatFigure(r.min, r.max, r.approx)}</td>
        <td>{formatDate(r.asOf)}</td>
        <td>
          <SourceLink url={r.url} label={r.outlet ?? 'source'} />
        </td>
      </tr>
    ));
  // The page's figure takes its place among the compared figures: by date, then by size.
  const pageFigure = claim.min ?? claim.max ?? 0;
  const at = current.findIndex(
    (r) => r.asOf > evidence.claimDate || (r.asOf === evidence.claimDate && figure(r) > pageFigure),
  );
  const before = at < 0 ? current : current.slice(0, at);
  const after = at < 0 ? [] : current.slice(at);
  const header = (
    <thead>
      <tr>
        <th scope="col">Source</th>
        <th scope="col">Figure</th>
        <th scope="col">As of</th>
        <th scope="col">Outlet</th>
      </tr>
    </thead>
  );
  return (
    <section aria-label="Figure ladder">
      {evidence.event ? (
        <p class="event">
          Event: <strong>{evidence.event.title}</strong> ({formatDate(evidence.event.start)}
          {evidence.event.end ? ` – ${formatDate(evidence.event.end)}` : ' – ongoing'}); match{' '}
          {Math.round(evidence.matchScore * 100)}%
        </p>
      ) : null}
      {evidence.alternatives.length ? (
        <p class="event">Could also be: {evidence.alternatives.map((a) => a.title).join('; ')}</p>
      ) : null}
      {evidence.event ? (
        <table class="ladder">
          <caption>
            Figures current on {formatDate(evidence.claimDate)}
            {evidence.claimDateFrom === 'text' ? ' (the date the text gives)' : ''}
          </caption>
          {header}
          <tbody>
            {rungs(before)}
            {pageRow}
            {rungs(after)}
          </tbody>
        </table>
      ) : null}
      {earlier.length ? (
        <table class="ladder">
          <caption>Earlier figures</caption>
          <tbody>{rungs(earlier)}</tbody>
        </table>
      ) : null}
      {later.length ? (
        <table class="ladder since">
          <caption>Since then</caption>
          <tbody>{rungs(later)}</tbody>
        </table>
      ) : null}
      {otherScope.length ? (
        <table class="ladder">
          <caption>Other counts (a different scope, not compared)</caption>
          <tbody>{rungs(otherScope)}</tbody>
        </table>
      ) : null}
    </section>
  );
}

function AuthorityRows({ evidence, articleDate }: { evidence: DesignationEvidence; articleDate: string }) {
  const rows = (list: AuthorityStatus[]) =>
    list.map((a) => (
      <tr key={`${a.authority}-${a.list ?? ''}`} class={a.namedInClaim ? 'named' : ''}>
        <th scope="row">
          {a.authority}
          {a.unverified ? <span class="tag unverified"> unverified</span> : null}
        </th>
        <td>{statusText(a.onArticleDate)}</td>
        <td>{statusText(a.today)}</td>
        <td>
          {a.sources.length
            ? a.sources.map((s, i) => (
                <span key={s.url}>
                  {i ? ', ' : ''}
                  <SourceLink url={s.url} label={s.label} />
                </span>
              ))
            : '—'}
        </td>
      </tr>
    ));
  return (
    <section aria-label="Designation status by authority">
      {evidence.entity ? (
        <p class="event">
          Matched <strong>{evidence.entity.name}</strong> ({evidence.entity.matchedBy})
        </p>
      ) : null}
      {evidence.ambiguous.length ? (
        <p class="event">Could also be: {evidence.ambiguous.map((e) => e.name).join(', ')}</p>
      ) : null}
      {evidence.authorities.length ? (
        <table class="ladder">
          <thead>
            <tr>
              <th scope="col">Authority</th>
              <th scope="col">On {formatDate(articleDate)}</th>
              <th scope="col">Today</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>{rows(evidence.authorities)}</tbody>
        </table>
      ) : null}
    </section>
  );
}

function Provenances({ xref }: { xref: Xref }) {
  const labels = new Set<string>();
  for (const e of xref.evidence) {
    if (e.kind === 'casualty') e.ladder.forEach((r) => labels.add(formatProvenance(r.provenance)));
    else e.authorities.forEach((a) => a.provenance.forEach((p) => labels.add(formatProvenance(p))));
  }
  if (!labels.size) return null;
  return <p class="provenance">Data: {[...labels].join('; ')}</p>;
}

function Legend() {
  return (
    <details class="legend">
      <summary>Legend</summary>
      <ul>
        <li>
          <span class="swatch casualty" /> casualty count, <span class="swatch designation" /> designation
        </li>
        <li>
          <span class="swatch ok" /> supported / consistent, <span class="swatch warn" /> outdated,{' '}
          <span class="swatch bad" /> contradicted / outlier, <span class="swatch unknown" /> no data
        </li>
      </ul>
    </details>
  );
}

/** The claim card: an accessible dialog. All text is rendered as text, never as HTML. */
export function ClaimCard(props: ClaimCardProps) {
  const { claim, xref, anchor, onClose } = props;
  const dialog = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const [viewport, setViewport] = useState({ w: window.innerWidth, h: window.innerHeight });

  useEffect(() => {
    dialog.current?.focus();
    setStatus('');
  }, [claim]);

  useEffect(() => {
    const onResize = () => setViewport({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      onClose();
      return;
    }
    if (e.key === 'Tab' && dialog.current) {
      // Keep focus inside the dialog while it is open.
      const items = focusables(dialog.current);
      if (!items.length) return;
      const root = dialog.current.getRootNode() as ShadowRoot | Document;
      const active = root.activeElement as HTMLElement | null;
      const first = items[0];
      const last = items[items.length - 1];
      if (e.shiftKey && (active === first || active === dialog.current)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && active === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  const { top, left, maxHeight } = placeCard(anchor, viewport.w, viewport.h);
  const verdict = xref?.verdict ?? null;
  const tone = props.error ? 'unknown' : verdictTone(verdict);

  return (
    <div
      ref={dialog}
      class={`card tone-${tone} kind-${claim.kind}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby="claimcheck-card-title"
      aria-describedby="claimcheck-card-quote claimcheck-card-verdict"
      tabIndex={-1}
      style={{ top: `${top}px`, left: `${left}px`, maxHeight: `${maxHeight}px` }}
      onKeyDown={onKeyDown}
    >
      <header>
        <h2 id="claimcheck-card-title">{KIND_LABEL[claim.kind]}</h2>
        <button type="button" class="close" aria-label="Close claim card" onClick={onClose}>
          ×
        </button>
      </header>
      <blockquote id="claimcheck-card-quote">“{claim.quote}”</blockquote>
      <p class="summary">{describeClaim(claim)}</p>
      <p
        id="claimcheck-card-verdict"
        class="verdict"
        data-verdict={props.error ? 'error' : (verdict ?? 'pending')}
      >
        <span class={`badge tone-${tone}`}>
          {props.error ? 'Not checked' : VERDICT_LABEL[verdict ?? 'pending']}
        </span>{' '}
        {props.error ?? xref?.why ?? ''}
      </p>
      <p class="dates">
        Article date: {formatDate(props.articleDate)}
        {props.articleDateSource === 'today' ? ' (the page gives none; today is used)' : ''}
        {xref ? ` · checked ${formatDate(xref.checkedAt)}` : ''}
      </p>
      {xref
        ? xref.evidence.map((e, i) =>
            e.kind === 'casualty' && claim.kind === 'casualty' ? (
              <FigureLadder key={i} claim={claim} evidence={e} />
            ) : e.kind === 'designation' ? (
              <AuthorityRows key={i} evidence={e} articleDate={props.articleDate} />
            ) : null,
          )
        : null}
      {xref ? <Provenances xref={xref} /> : null}
      {xref?.dataVersion ? <p class="provenance">Reference data version {xref.dataVersion}</p> : null}
      <div class="actions">
        {props.onAddToDatabase ? (
          <button type="button" onClick={props.onAddToDatabase}>
            Add to my database
          </button>
        ) : null}
        {props.onNotAClaim ? (
          <button type="button" onClick={props.onNotAClaim}>
            This is not a claim
          </button>
        ) : null}
        {props.onCopyReceipt ? (
          <button
            type="button"
            onClick={() =>
              props.onCopyReceipt!().then(
                () => setStatus('Audit receipt copied to the clipboard.'),
                (err: unknown) => setStatus(`Could not copy: ${String(err)}`),
              )
            }
          >
            Copy audit receipt
          </button>
        ) : null}
      </div>
      <p class="status" role="status">
        {status}
      </p>
      <Legend />
    </div>
  );
}

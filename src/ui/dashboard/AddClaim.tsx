/**
 * "Add as claim": opened from the context menu with the selected quote, the
 * page URL and the article date, to save as a casualty report, a designation
 * or a fact-check note. The quote is page text: shown as text only.
 */
import { useMemo, useState } from 'preact/hooks';
import { extractClaims } from '../../extract';
import { DesignationEditor, FactCheckEditor, ReportEditor } from './editors';
import {
  emptyDesignation,
  emptyFactCheck,
  emptyReport,
  type DesignationForm,
  type FactCheckForm,
  type ReportForm,
} from './forms';
import type { ClaimPrefill, SectionId } from './hash';

export type ClaimKindChoice = 'report' | 'designation' | 'factcheck';

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function seenAt(p: ClaimPrefill): string {
  const parts = [p.quote ? `“${p.quote}”` : '', p.url ? `seen at ${p.url}` : '', p.date ? `(${p.date})` : ''];
  return parts.filter(Boolean).join(' ');
}

/** Forms prefilled from the quote, the page and anything the extractor recognises in the quote. */
export function prefillForms(p: ClaimPrefill): {
  kind: ClaimKindChoice;
  report: ReportForm;
  designation: DesignationForm;
  factcheck: FactCheckForm;
} {
  const claims = p.quote ? extractClaims(p.quote, p.date ? { date: p.date } : {}) : [];
  const casualty = claims.find((c) => c.kind === 'casualty');
  const designation = claims.find((c) => c.kind === 'designation');
  const report: ReportForm = {
    ...emptyReport(),
    eventStart: p.date,
    asOf: p.date,
    url: p.url,
    outlet: host(p.url),
    note: seenAt(p),
  };
  if (casualty?.kind === 'casualty') {
    report.category = casualty.category;
    report.min = casualty.min === null ? '' : String(casualty.min);
    report.max = casualty.max === null ? '' : String(casualty.max);
    report.approx = casualty.approx;
    report.who = casualty.who ?? '';
    report.reportedBy = casualty.source ?? '';
  }
  const des: DesignationForm = { ...emptyDesignation(), note: seenAt(p) };
  if (designation?.kind === 'designation') {
    des.entityName = designation.entity;
    des.authority = designation.designators[0] ?? '';
  }
  const factcheck: FactCheckForm = { ...emptyFactCheck(), claimReviewed: p.quote, url: p.url, date: p.date };
  return {
    kind: designation && !casualty ? 'designation' : casualty ? 'report' : 'factcheck',
    report,
    designation: des,
    factcheck,
  };
}

const KIND_LABEL: Record<ClaimKindChoice, string> = {
  report: 'Casualty report (event and figure)',
  designation: 'Designation',
  factcheck: 'Fact-check note',
};

const SECTION_OF: Record<ClaimKindChoice, SectionId> = {
  report: 'reports',
  designation: 'designations',
  factcheck: 'factchecks',
};

export function AddClaim({
  prefill,
  onClose,
}: {
  prefill: ClaimPrefill;
  /** With the section to show: the saved row's, or null when cancelled. */
  onClose: (message: string | null, section: SectionId | null) => void;
}) {
  const forms = useMemo(() => prefillForms(prefill), [prefill]);
  const [kind, setKind] = useState<ClaimKindChoice>(forms.kind);
  const done = (message: string | null) => onClose(message, message ? SECTION_OF[kind] : null);
  return (
    <section class="add-claim" aria-labelledby="add-claim-h">
      <h2 id="add-claim-h">Add claim</h2>
      <dl class="prefill">
        <dt>Quote</dt>
        <dd>
          <blockquote>{prefill.quote || <span class="muted">(no text was selected)</span>}</blockquote>
        </dd>
        <dt>Page</dt>
        <dd>{prefill.url || <span class="muted">unknown</span>}</dd>
        <dt>Article date</dt>
        <dd>{prefill.date || <span class="muted">unknown</span>}</dd>
      </dl>
      <fieldset class="kind">
        <legend>Save it as</legend>
        {(Object.keys(KIND_LABEL) as ClaimKindChoice[]).map((k) => (
          <label key={k} class="choice">
            <input type="radio" name="add-claim-kind" checked={kind === k} onChange={() => setKind(k)} />
            {KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      {/* Keyed so switching kinds starts that kind's form from the prefill. */}
      {kind === 'report' ? (
        <ReportEditor key="r" item={null} initial={forms.report} title="New casualty report" onDone={done} />
      ) : kind === 'designation' ? (
        <DesignationEditor
          key="d"
          item={null}
          initial={forms.designation}
          title="New designation"
          onDone={done}
        />
      ) : (
        <FactCheckEditor
          key="f"
          item={null}
          initial={forms.factcheck}
          title="New fact-check note"
          onDone={done}
        />
      )}
    </section>
  );
}

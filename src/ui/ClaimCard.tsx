import { useEffect, useRef } from 'preact/hooks';
import type { Claim } from '../extract/types';
import type { Xref } from '../xref/types';

export interface ClaimCardProps {
  claim: Claim;
  xref: Xref | null;
  /** Viewport rectangle of the claim, to place the card next to it. */
  anchor: { top: number; left: number; bottom: number; right: number } | null;
  onClose: () => void;
}

const KIND_LABEL: Record<Claim['kind'], string> = {
  casualty: 'Casualty count',
  designation: 'Designation',
};

export function describeClaim(claim: Claim): string {
  if (claim.kind === 'casualty') {
    const n =
      claim.min !== null && claim.max !== null && claim.min !== claim.max
        ? `${claim.min}–${claim.max}`
        : (claim.min ?? claim.max ?? 'an unstated number');
    return `${claim.category}: ${n} (${claim.approx.replace('_', ' ')})`;
  }
  const by = claim.designators.length ? ` by ${claim.designators.join(', ')}` : '';
  return `${claim.entity}: ${claim.status === 'delisted' ? 'delisted' : claim.label}${by}`;
}

/** The claim card: an accessible dialog. All text is rendered as text, never as HTML. */
export function ClaimCard({ claim, xref, anchor, onClose }: ClaimCardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus();
  }, [claim]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };

  const style = anchor
    ? {
        top: `${Math.max(8, Math.min(anchor.bottom + 8, window.innerHeight - 320))}px`,
        left: `${Math.max(8, Math.min(anchor.left, window.innerWidth - 400))}px`,
      }
    : { top: '16px', right: '16px' };

  return (
    <div
      ref={dialog}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="claimcheck-card-title"
      aria-describedby="claimcheck-card-quote"
      tabIndex={-1}
      style={style}
      onKeyDown={onKeyDown}
    >
      <header>
        <h2 id="claimcheck-card-title">{KIND_LABEL[claim.kind]}</h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <blockquote id="claimcheck-card-quote">“{claim.quote}”</blockquote>
      <p class="summary">{describeClaim(claim)}</p>
      <p class="verdict" data-verdict={xref?.verdict ?? 'pending'}>
        {xref ? `${xref.verdict}: ${xref.why}` : 'Checking against your claims database…'}
      </p>
    </div>
  );
}

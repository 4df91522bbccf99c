import type { Verdict } from '../xref/types';

/** Verdicts in words a reader understands at a glance. */
export const VERDICT_LABEL: Record<Verdict | 'pending', string> = {
  pending: 'Checking…',
  supported: 'Supported',
  outdated: 'Outdated',
  contradicted: 'Contradicted',
  consistent: 'Consistent',
  outlier: 'Outlier',
  unknown: 'No data',
};

export type VerdictTone = 'pending' | 'ok' | 'warn' | 'bad' | 'unknown';

export function verdictTone(verdict: Verdict | null | undefined): VerdictTone {
  switch (verdict) {
    case undefined:
    case null:
      return 'pending';
    case 'supported':
    case 'consistent':
      return 'ok';
    case 'outdated':
      return 'warn';
    case 'contradicted':
    case 'outlier':
      return 'bad';
    default:
      return 'unknown';
  }
}

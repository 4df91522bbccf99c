import type { Provenance } from '../../db/types';

/** Rows carrying these say whose they are and where they came from. */
export interface Marked {
  provenance: Provenance;
  userEdited?: boolean;
  unverified?: boolean;
}

function day(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

/** A row's origin in words, as shown in the tables. */
export function describeProvenance(p: Provenance, userEdited?: boolean): string {
  if (userEdited || p.origin === 'user') return `yours, saved ${day(p.addedAt)}`;
  switch (p.origin) {
    case 'bundled':
      return `bundled reference data${p.version ? ` version ${p.version}` : ''}`;
    case 'import':
      return `imported from ${p.label} on ${day(p.addedAt)}`;
    case 'subscription':
      return `from subscribed pack ${p.label}${p.version ? ` version ${p.version}` : ''}`;
    default:
      return p.label;
  }
}

export function isUsers(row: Marked): boolean {
  return Boolean(row.userEdited) || row.provenance.origin === 'user';
}

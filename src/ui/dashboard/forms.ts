/**
 * Form models (all strings, as the inputs hold them), their validation, and
 * conversion from database rows. Conversion back to rows lives in store.ts,
 * which owns the database's key functions.
 */
import type { Approx, CasualtyCategory } from '../../extract/types';
import type {
  CasualtyEventRow,
  CasualtyReportRow,
  DesignationRow,
  EntityRow,
  EntityType,
  FactCheckRow,
} from '../../db/types';
import { isIsoDate, safeHttpUrl } from './hash';

export type Errors<F> = Partial<Record<keyof F, string>>;

export const ENTITY_TYPES: EntityType[] = ['group', 'person', 'place', 'event', 'state'];
export const CATEGORIES: CasualtyCategory[] = ['killed', 'injured', 'missing', 'displaced', 'casualties'];
export const APPROX: Approx[] = ['exact', 'at_least', 'at_most', 'about', 'vague'];

export interface EntityForm {
  name: string;
  type: EntityType;
  /** One per line. */
  aliases: string;
  /** Former names (f.k.a.), one per line. */
  former: string;
  notes: string;
}

/** entityId meaning "create an entity named entityName when saving". */
export const NEW_ENTITY = 'new';

export interface DesignationForm {
  entityId: string;
  /** Shown in the entity picker; the id is what is saved. */
  entityName: string;
  authority: string;
  list: string;
  listedAs: string;
  listedOn: string;
  effectiveOn: string;
  endedOn: string;
  endReason: string;
  referenceId: string;
  sourceUrl: string;
  note: string;
  unverified: boolean;
}

export interface ReportForm {
  /** '' = create a new event from the event fields below. */
  eventId: string;
  eventTitle: string;
  /** Comma-separated. */
  eventPlaces: string;
  eventActors: string;
  eventStart: string;
  eventEnd: string;
  category: CasualtyCategory;
  min: string;
  max: string;
  approx: Approx;
  who: string;
  reportedBy: string;
  asOf: string;
  outlet: string;
  url: string;
  documented: boolean;
  scope: string;
  note: string;
  unverified: boolean;
}

export interface FactCheckForm {
  claimReviewed: string;
  rating: string;
  reviewer: string;
  claimant: string;
  date: string;
  url: string;
  language: string;
}

export const emptyEntity = (): EntityForm => ({
  name: '',
  type: 'group',
  aliases: '',
  former: '',
  notes: '',
});

export const emptyDesignation = (): DesignationForm => ({
  entityId: '',
  entityName: '',
  authority: '',
  list: '',
  listedAs: '',
  listedOn: '',
  effectiveOn: '',
  endedOn: '',
  endReason: '',
  referenceId: '',
  sourceUrl: '',
  note: '',
  unverified: false,
});

export const emptyReport = (): ReportForm => ({
  eventId: '',
  eventTitle: '',
  eventPlaces: '',
  eventActors: '',
  eventStart: '',
  eventEnd: '',
  category: 'killed',
  min: '',
  max: '',
  approx: 'exact',
  who: '',
  reportedBy: '',
  asOf: '',
  outlet: '',
  url: '',
  documented: false,
  scope: 'all',
  note: '',
  unverified: false,
});

export const emptyFactCheck = (): FactCheckForm => ({
  claimReviewed: '',
  rating: '',
  reviewer: '',
  claimant: '',
  date: '',
  url: '',
  language: '',
});

/** Designation dates may be partial (a year or a month), as sources often give them. */
export function isPartialDate(s: string): boolean {
  if (/^\d{4}$/.test(s)) return true;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(s)) return true;
  return isIsoDate(s);
}

const DATE_MSG = 'Use a date as YYYY-MM-DD.';
const PARTIAL_MSG = 'Use YYYY-MM-DD, YYYY-MM or YYYY.';
const URL_MSG = 'Use a web address starting with http:// or https://.';

function required(v: string, msg: string): string | undefined {
  return v.trim() ? undefined : msg;
}

function optionalUrl(v: string): string | undefined {
  return v.trim() && !safeHttpUrl(v) ? URL_MSG : undefined;
}

function compact<F>(e: Errors<F>): Errors<F> {
  for (const k of Object.keys(e) as (keyof F)[]) if (e[k] === undefined) delete e[k];
  return e;
}

export function lines(s: string): string[] {
  return [
    ...new Set(
      s
        .split(/\r?\n/)
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
}

export function commaList(s: string): string[] {
  return [
    ...new Set(
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
}

export function validateEntity(f: EntityForm): Errors<EntityForm> {
  return compact<EntityForm>({
    name: required(f.name, 'Enter the entity’s name.'),
    type: ENTITY_TYPES.includes(f.type) ? undefined : 'Choose a type.',
  });
}

export function validateDesignation(f: DesignationForm): Errors<DesignationForm> {
  const e: Errors<DesignationForm> = {
    entityName: !f.entityId
      ? 'Choose the designated entity from the list, or add it as a new entity.'
      : f.entityId === NEW_ENTITY && !f.entityName.trim()
        ? 'Enter the new entity’s name.'
        : undefined,
    authority: required(f.authority, 'Enter the designating authority (e.g. United States).'),
    list: required(f.list, 'Enter the list or programme (e.g. US FTO).'),
    listedOn: f.listedOn.trim() && !isPartialDate(f.listedOn.trim()) ? PARTIAL_MSG : undefined,
    effectiveOn: f.effectiveOn.trim() && !isPartialDate(f.effectiveOn.trim()) ? PARTIAL_MSG : undefined,
    endedOn: f.endedOn.trim() && !isPartialDate(f.endedOn.trim()) ? PARTIAL_MSG : undefined,
    sourceUrl: optionalUrl(f.sourceUrl),
  };
  if (
    !e.listedOn &&
    !e.endedOn &&
    f.listedOn.trim() &&
    f.endedOn.trim() &&
    f.endedOn.trim() < f.listedOn.trim()
  )
    e.endedOn = 'The end date is before the listing date.';
  return compact(e);
}

function count(v: string): number | null | 'bad' {
  const t = v.trim().replace(/[,\s]/g, '');
  if (!t) return null;
  return /^\d+$/.test(t) ? Number(t) : 'bad';
}

export function parseCount(v: string): number | null {
  const n = count(v);
  return n === 'bad' ? null : n;
}

export function validateReport(f: ReportForm): Errors<ReportForm> {
  const min = count(f.min);
  const max = count(f.max);
  const e: Errors<ReportForm> = {
    eventTitle: f.eventId
      ? undefined
      : required(f.eventTitle, 'Enter a title for the new event, or choose an event.'),
    eventStart: f.eventId
      ? undefined
      : !f.eventStart.trim()
        ? 'Enter the date the event began.'
        : !isIsoDate(f.eventStart.trim())
          ? DATE_MSG
          : undefined,
    eventEnd: !f.eventId && f.eventEnd.trim() && !isIsoDate(f.eventEnd.trim()) ? DATE_MSG : undefined,
    min: min === 'bad' ? 'Enter a whole number, or leave empty.' : undefined,
    max: max === 'bad' ? 'Enter a whole number, or leave empty.' : undefined,
    reportedBy: required(f.reportedBy, 'Enter who produced the figure (e.g. Health Ministry).'),
    asOf: !f.asOf.trim()
      ? 'Enter the date the figure was current.'
      : !isIsoDate(f.asOf.trim())
        ? DATE_MSG
        : undefined,
    url: optionalUrl(f.url),
    category: CATEGORIES.includes(f.category) ? undefined : 'Choose a category.',
    approx: APPROX.includes(f.approx) ? undefined : 'Choose how exact the figure is.',
  };
  if (min === null && max === null) e.min = 'Enter the figure (at least a minimum or a maximum).';
  else if (typeof min === 'number' && typeof max === 'number' && max < min)
    e.max = 'The maximum is smaller than the minimum.';
  if (!e.eventEnd && !f.eventId && f.eventEnd.trim() && f.eventEnd.trim() < f.eventStart.trim())
    e.eventEnd = 'The end date is before the start date.';
  return compact(e);
}

export function validateFactCheck(f: FactCheckForm): Errors<FactCheckForm> {
  return compact<FactCheckForm>({
    claimReviewed: required(f.claimReviewed, 'Enter the claim that was reviewed.'),
    rating: required(f.rating, 'Enter the rating (e.g. False, Misleading).'),
    reviewer: required(f.reviewer, 'Enter who reviewed it.'),
    date: f.date.trim() && !isIsoDate(f.date.trim()) ? DATE_MSG : undefined,
    url: !f.url.trim() ? 'Enter the address of the review or source.' : optionalUrl(f.url),
    language:
      f.language.trim() && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(f.language.trim())
        ? 'Use a language code such as en or ar.'
        : undefined,
  });
}

export function entityToForm(r: EntityRow): EntityForm {
  return {
    name: r.name,
    type: r.type,
    aliases: r.names
      .filter((n) => n.type === 'alias' && n.name !== r.name)
      .map((n) => n.name)
      .join('\n'),
    former: r.names
      .filter((n) => n.type === 'former')
      .map((n) => n.name)
      .join('\n'),
    notes: r.notes ?? '',
  };
}

export function designationToForm(r: DesignationRow, entityName: string): DesignationForm {
  return {
    entityId: r.entityId,
    entityName,
    authority: r.authority,
    list: r.list,
    listedAs: r.listedAs ?? '',
    listedOn: r.listedOn ?? '',
    effectiveOn: r.effectiveOn ?? '',
    endedOn: r.endedOn ?? '',
    endReason: r.endReason ?? '',
    referenceId: r.referenceId ?? '',
    sourceUrl: r.sourceUrl ?? '',
    note: r.note ?? '',
    unverified: Boolean(r.unverified),
  };
}

export function reportToForm(r: CasualtyReportRow, ev: CasualtyEventRow | undefined): ReportForm {
  return {
    eventId: r.eventId,
    eventTitle: ev?.title ?? '',
    eventPlaces: ev?.places.join(', ') ?? '',
    eventActors: ev?.actors.join(', ') ?? '',
    eventStart: ev?.start ?? '',
    eventEnd: ev?.end ?? '',
    category: r.category,
    min: r.min === null ? '' : String(r.min),
    max: r.max === null ? '' : String(r.max),
    approx: r.approx,
    who: r.who ?? '',
    reportedBy: r.reportedBy,
    asOf: r.asOf,
    outlet: r.outlet ?? '',
    url: r.url ?? '',
    documented: r.documented,
    scope: r.scope,
    note: r.note ?? '',
    unverified: Boolean(r.unverified),
  };
}

export function factCheckToForm(r: FactCheckRow): FactCheckForm {
  return {
    claimReviewed: r.claimReviewed,
    rating: r.rating,
    reviewer: r.reviewer,
    claimant: r.claimant ?? '',
    date: r.date ?? '',
    url: r.url,
    language: r.language ?? '',
  };
}

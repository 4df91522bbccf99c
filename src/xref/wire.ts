/**
 * The check's wire format (the types are in src/messaging/protocol.ts): a
 * page's claims go to the background in parts, and its results come back in
 * parts, each small enough to serialise in a few milliseconds on the page's
 * main thread.
 *
 * What the cross-referencing reads (src/xref/index.ts): a casualty claim's
 * sentence and paragraph, and every casualty paragraph of the check for the
 * page-level names; a designation only its claim. So each casualty paragraph
 * is sent once per check, the sentence and quote as offsets into it, and a
 * designation goes without text. The results share their figure ladders and
 * authority lists (every claim about one event has the same ladder), sent once.
 *
 * The parts are put together again before anything is checked, so a check in
 * parts gives exactly what one message with every claim gave.
 */
import type { Claim } from '../extract/types';
import type {
  ClaimPart,
  PageClaim,
  PageFacts,
  ResultPart,
  WireClaim,
  WireEvidence,
} from '../messaging/protocol';
import type { AuthorityStatus, FigureRung, Xref } from './types';

/**
 * Characters a part may hold, about: 300,000 characters of JSON serialise (or
 * structured-clone) in 2–4 ms and parse in about as long.
 */
export const PART_CHARS = 300_000;

/** What a claim costs in a part besides its paragraph and id (its fields in JSON), about. */
const CLAIM_CHARS = 200;

/**
 * The parts of one check, built one at a time as they are asked for, so the
 * content script builds and sends each in its own task. `page` rides on the last.
 */
export function* claimParts(
  claims: readonly PageClaim[],
  page: PageFacts,
  check: string,
  budget: number = PART_CHARS,
): Generator<ClaimPart> {
  const table = new Map<string, number>();
  let part: ClaimPart = { check, part: 0, paragraphs: [], claims: [] };
  let size = 0;
  for (let i = 0; i < claims.length; i++) {
    const { id, claim, sentence, paragraph } = claims[i];
    let cost = CLAIM_CHARS + id.length;
    let wire: WireClaim;
    if (claim.kind === 'casualty') {
      let index = table.get(paragraph);
      if (index === undefined) {
        index = table.size;
        table.set(paragraph, index);
        part.paragraphs.push(paragraph);
        cost += paragraph.length;
      }
      wire = { id, claim, paragraph: index };
      const s = paragraph.indexOf(sentence);
      if (s >= 0) wire.sentence = [s, s + sentence.length];
      else {
        wire.sentence = sentence;
        cost += sentence.length;
      }
      // The quote lies in its sentence; any occurrence of it is the same text.
      const q = paragraph.indexOf(claim.quote, Math.max(0, s));
      if (q >= 0 && claim.end - claim.start === claim.quote.length) {
        wire.claim = { ...claim, quote: '' };
        wire.quoteAt = q;
      } else cost += claim.quote.length;
    } else {
      wire = { id, claim };
      cost += claim.quote.length;
    }
    part.claims.push(wire);
    size += cost;
    if (size >= budget && i < claims.length - 1) {
      yield part;
      part = { check, part: part.part + 1, paragraphs: [], claims: [] };
      size = 0;
    }
  }
  part.page = page;
  yield part;
}

/** Puts one check's parts together again, in the background. */
export class ClaimAssembler {
  private readonly paragraphs: string[] = [];
  private readonly claims: PageClaim[] = [];
  private next = 0;

  constructor(readonly check: string) {}

  /** Adds a part; throws on a part out of order (an earlier one was lost). */
  add(part: ClaimPart): void {
    if (part.check !== this.check || part.part !== this.next)
      throw new Error(`ClaimCheck: part ${part.part} of check ${part.check} arrived out of order`);
    this.next++;
    this.paragraphs.push(...part.paragraphs);
    for (const wire of part.claims) this.claims.push(this.read(wire));
  }

  /** Every claim received, as checkClaims takes them. */
  result(): PageClaim[] {
    return this.claims;
  }

  private read(wire: WireClaim): PageClaim {
    const paragraph = wire.paragraph === undefined ? '' : (this.paragraphs[wire.paragraph] ?? '');
    const s = wire.sentence;
    const sentence = s === undefined ? '' : typeof s === 'string' ? s : paragraph.slice(s[0], s[1]);
    let claim: Claim = wire.claim;
    if (wire.quoteAt !== undefined)
      claim = {
        ...claim,
        quote: paragraph.slice(wire.quoteAt, wire.quoteAt + claim.end - claim.start),
      };
    return { id: wire.id, claim, sentence, paragraph };
  }
}

/** What an Xref costs in a part besides its shared ladder or authorities (its reasons, why, alternatives), about. */
const XREF_CHARS = 1_000;
const RUNG_CHARS = 500;
const AUTHORITY_CHARS = 800;

/**
 * A check's results in parts, in the background. Ladders and authority lists
 * are shared by identity (src/xref/index.ts hands claims with the same event,
 * category, scope and date one ladder), each sent once.
 */
export function* resultParts(
  results: Record<string, Xref>,
  budget: number = PART_CHARS,
): Generator<ResultPart> {
  const table = new Map<object, number>();
  const ids = Object.keys(results);
  let part: ResultPart = { shared: [], results: {}, more: false };
  let size = 0;
  const share = (value: FigureRung[] | AuthorityStatus[], each: number): number => {
    let index = table.get(value);
    if (index === undefined) {
      index = table.size;
      table.set(value, index);
      part.shared.push(value);
      size += value.length * each;
    }
    return index;
  };
  for (let i = 0; i < ids.length; i++) {
    const xref = results[ids[i]];
    const evidence = xref.evidence.map((e): WireEvidence =>
      e.kind === 'casualty'
        ? { ...e, ladder: share(e.ladder, RUNG_CHARS) }
        : { ...e, authorities: share(e.authorities, AUTHORITY_CHARS) },
    );
    part.results[ids[i]] = { ...xref, evidence };
    size += XREF_CHARS + xref.why.length;
    if (size >= budget && i < ids.length - 1) {
      part.more = true;
      yield part;
      part = { shared: [], results: {}, more: false };
      size = 0;
    }
  }
  yield part;
}

/** Reads one check's result parts, on the page. */
export class ResultReader {
  private readonly shared: (FigureRung[] | AuthorityStatus[])[] = [];

  /** The results of one part, with their ladders and authorities in place (shared, not copied). */
  read(part: ResultPart): Record<string, Xref> {
    this.shared.push(...part.shared);
    const out: Record<string, Xref> = {};
    for (const [id, xref] of Object.entries(part.results)) {
      out[id] = {
        ...xref,
        evidence: xref.evidence.map((e) =>
          e.kind === 'casualty'
            ? { ...e, ladder: this.shared[e.ladder] as FigureRung[] }
            : { ...e, authorities: this.shared[e.authorities] as AuthorityStatus[] },
        ),
      };
    }
    return out;
  }
}

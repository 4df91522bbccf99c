/**
 * The extractor as the content script runs it. The rules load as modules of their own, each
 * once the page's text first needs it: the casualty rules on a page with a harm stem, the
 * designation rules on one with a designation cue. The content script itself holds only the
 * gates that tell, so a page that needs neither pays for neither.
 */
import {
  extractClaimsWith,
  type CasualtyFinder,
  type DesignationFinder,
  type ExtractRules,
} from '../extract/claims';
import { hasHarmStem } from '../extract/harm-stems';
import { cued } from '../extract/designation-cue';
import type { Claim, ExtractOptions } from '../extract/types';

export type { CasualtyFinder, DesignationFinder };
export type LoadCasualties = () => Promise<CasualtyFinder>;
export type LoadDesignations = () => Promise<DesignationFinder>;

export interface RuleLoaders {
  loadCasualties: LoadCasualties;
  loadDesignations: LoadDesignations;
}

/** One rule module: loaded at most once at a time, and again after a failure. */
class LazyRules<T> {
  value: T | null = null;
  private loading: Promise<boolean> | null = null;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly what: string,
  ) {}

  /** Loads the rules if they are not in; true when they arrived just now. */
  ensure(): Promise<boolean> {
    if (this.value) return Promise.resolve(false);
    this.loading ??= this.load().then(
      (value) => {
        this.value = value;
        return true;
      },
      (err: unknown) => {
        this.loading = null;
        console.warn(`ClaimCheck: the ${this.what} rules could not be loaded`, err);
        return false;
      },
    );
    return this.loading;
  }
}

export class PageExtractor {
  private readonly casualties: LazyRules<CasualtyFinder>;
  private readonly designations: LazyRules<DesignationFinder>;
  /** The rules handed to the extractor: one object, updated as modules arrive. */
  private readonly rules: ExtractRules = { casualties: null, designations: null };

  constructor({ loadCasualties, loadDesignations }: RuleLoaders) {
    this.casualties = new LazyRules(loadCasualties, 'casualty');
    this.designations = new LazyRules(loadDesignations, 'designation');
  }

  /** Whether both kinds of rules are in. */
  get complete(): boolean {
    return this.rules.casualties !== null && this.rules.designations !== null;
  }

  /**
   * Loads the rules `text` may need; true when some arrived just now (what was extracted
   * without them must be extracted again). A failed load is retried on the next call;
   * meanwhile the other kind of claim still works.
   */
  async prepare(text: string): Promise<boolean> {
    const waits: Array<Promise<boolean>> = [];
    if (!this.rules.casualties && hasHarmStem(text)) waits.push(this.casualties.ensure());
    if (!this.rules.designations && cued(text)) waits.push(this.designations.ensure());
    if (waits.length === 0) return false;
    const arrived = (await Promise.all(waits)).some(Boolean);
    this.rules.casualties = this.casualties.value;
    this.rules.designations = this.designations.value;
    return arrived;
  }

  readonly extract = (text: string, options: ExtractOptions): Claim[] =>
    extractClaimsWith(text, options, this.rules);
}

/**
 * The extractor as the content script runs it: the casualty rules always, the designation
 * rules once the page's text has a designation cue (they are a third of the extractor and
 * load as their own module, like the card).
 */
import { extractClaimsWith, type DesignationFinder } from '../extract/claims';
import { cued } from '../extract/designation-cue';
import type { Claim, ExtractOptions } from '../extract/types';

export type { DesignationFinder };
export type LoadDesignations = () => Promise<DesignationFinder>;

export class PageExtractor {
  private finder: DesignationFinder | null = null;
  private loading: Promise<boolean> | null = null;

  constructor(private readonly load: LoadDesignations) {}

  /** Whether the designation rules are in. */
  get complete(): boolean {
    return this.finder !== null;
  }

  /**
   * Loads the designation rules if `text` may hold a designation; true when they arrived
   * just now (what was extracted without them must be extracted again). A failed load is
   * retried on the next call; meanwhile casualty claims still work.
   */
  async prepare(text: string): Promise<boolean> {
    if (this.finder || !cued(text)) return false;
    this.loading ??= this.load().then(
      (finder) => {
        this.finder = finder;
        return true;
      },
      (err: unknown) => {
        this.loading = null;
        console.warn('ClaimCheck: the designation rules could not be loaded', err);
        return false;
      },
    );
    return this.loading;
  }

  readonly extract = (text: string, options: ExtractOptions): Claim[] =>
    extractClaimsWith(text, options, this.finder);
}

export interface BenchFigure {
  /** Dotted key as the issues name it, e.g. "extract.mbps". */
  key: string;
  value: number | string | boolean;
  unit: string;
  /** The target in words, e.g. "≥ 50% of extract.baseline_mbps". */
  target?: string;
  /** Whether this run met the target, when the figure has one. */
  ok?: boolean;
}

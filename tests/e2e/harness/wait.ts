export interface WaitOptions {
  /** Give up after this many milliseconds (default 15 s). */
  timeout?: number;
  /** Time between two checks of the condition (default 50 ms). */
  interval?: number;
  /** Says what was awaited, for the timeout error. */
  message?: string;
}

/**
 * Polls `check` until it returns a value other than `undefined`, `null` or `false`, and returns that value.
 * Errors thrown by `check` count as "not yet" (a page may be navigating); the last one is reported on timeout.
 */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  { timeout = 15_000, interval = 50, message = 'condition' }: WaitOptions = {},
): Promise<Exclude<T, false | null | undefined>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  let lastValue: unknown;
  for (;;) {
    try {
      const value = await check();
      lastValue = value;
      if (value !== undefined && value !== null && value !== false) {
        return value as Exclude<T, false | null | undefined>;
      }
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const detail = lastError
        ? `; last error: ${lastError instanceof Error ? lastError.message : String(lastError)}`
        : `; last value: ${JSON.stringify(lastValue)}`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

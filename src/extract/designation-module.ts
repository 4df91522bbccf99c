/**
 * The designation rules as a module of their own (built to `designation-rules.js`): the
 * content script loads them only on pages whose text has a designation cue, so pages
 * without one never pay for them. The CLI, the benchmarks and the tests use
 * `extractClaims`, which has them built in.
 */
export { designationsInPassage } from './designation';

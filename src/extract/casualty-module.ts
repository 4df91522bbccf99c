/**
 * The casualty rules as a module of their own (built to `casualty-rules.js`): the content
 * script loads them only on pages whose text has a harm stem, so the script every page gets
 * holds the gates and the page code only. The CLI, the benchmarks and the tests use
 * `extractClaims`, which has them built in.
 */
export { casualtiesInPassage } from './casualty-passage';

/**
 * Name normalisation for matching group and person names across lists,
 * transliterations and typography. Both sides of a match (database rows and
 * names found in pages) go through the same function, so a fold only has to
 * map variants onto one spelling, not onto the "right" one.
 */

/** Apostrophe-like characters dropped entirely: Hay'at = Hayʼat = Hayat. */
const APOSTROPHES = /['’‘`´ʼʻʿʾ′‛]/g;

/**
 * Arabic article forms dropped when attached with a hyphen: al-, el-, and the
 * sun-letter assimilations (ash-Sham = al-Sham). With a space only "al"/"el"
 * are dropped, since "as", "at", "an" are English words.
 */
const ARTICLE_HYPHEN = /(^|[^\p{L}\p{N}])(?:al|el|ad|ag|ash|as|at|az|ar|an|ath|adh|ul)[-‐‑–](?=\p{L})/gu;
const ARTICLE_WORDS = new Set(['al', 'el']);
/** ASCII versions of the same rules: most names are ASCII, and these are several times faster. */
const ASCII = /^[\x20-\x7e]*$/;
const ARTICLE_HYPHEN_ASCII = /(^|[^a-z0-9])(?:al|el|ad|ag|ash|as|at|az|ar|an|ath|adh|ul)-(?=[a-z])/g;

/** Single-token transliteration folds: every variant → one spelling. */
const TOKEN_FOLDS: [RegExp, string][] = [
  [/^h[eiu][sz]b[aiou]?l+ah?$/, 'hezbollah'], // Hizballah, Hezbollah, Hizbullah, Hizbollah, Hisbollah
  [/^qu?a[ei]{1,2}da$/, 'qaida'], // Qaeda, Qaida, Qa'ida, Quaeda
  [/^ha[iy]{1,2}a{1,2}t$|^hay[ae]t$/, 'hayat'], // Hay'at, Hayat, Hayaat, Haiat, Hayet
  [/^tahr[ie]{1,2}r$/, 'tahrir'],
  [/^sha{1,2}m$/, 'sham'], // Sham, Shaam, (ash-)Sham
  [/^n[ou]srah?$/, 'nusra'], // Nusra, Nusrah, Nosra
  [/^j[ae]bh[ae]t?$/, 'jabhat'], // Jabhat, Jabha, Jebhat
  [/^fat[ae]?h$/, 'fath'], // Fateh, Fatah, Fath
  [/^kat[ae]{1,2}[iy]?[ei]?b$/, 'kataib'], // Kata'ib, Kataeb, Katayib
  [/^da[ae]?[ei]?sh$/, 'daesh'], // Daesh, Da'ish, Daish
  [/^shabaa?b$/, 'shabaab'],
  [/^h?o?uth[iy]s?$/, 'houthi'], // Houthi, Huthi, Houthis
  [/^ansar[ua]llah$/, 'ansarallah'], // Ansarallah, Ansarullah
  [/^m[ou]h?amm?[ae]d$/, 'muhammad'],
  [/^q[ou]ds$/, 'quds'], // Quds, Qods
  [/^[ie]zzah?$/, 'izza'],
  [/^ja[iy]sh$|^jeish$/, 'jaysh'], // Jaysh, Jaish, Jeish
  [/^say{1,2}[ie]d$/, 'sayyid'],
  [/^sh[ou]hada$/, 'shuhada'],
  [/^haraka[th]?$/, 'harakat'],
  [/^nujabaa?$/, 'nujaba'],
  [/^j[aou][uw]?l[ao]ni$/, 'jawlani'], // Jolani, Jawlani, Julani
];

/** Two-token spellings of a one-token name. */
const PAIR_FOLDS: Record<string, string> = {
  'hizb allah': 'hezbollah',
  'hizb ullah': 'hezbollah',
  'hezb allah': 'hezbollah',
  'ansar allah': 'ansarallah',
  'ansar ullah': 'ansarallah',
};

/** One pass that says whether any fold applies: most tokens match none. */
const ANY_FOLD = new RegExp(TOKEN_FOLDS.map(([re]) => `(?:${re.source})`).join('|'));

/** Folded tokens seen so far: names repeat words a lot, and imports fold millions of tokens. */
const foldCache = new Map<string, string>();

function foldToken(token: string): string {
  let folded = foldCache.get(token);
  if (folded !== undefined) return folded;
  folded = token;
  if (ANY_FOLD.test(token))
    for (const [re, to] of TOKEN_FOLDS) {
      if (re.test(token)) {
        folded = to;
        break;
      }
    }
  if (foldCache.size > 100_000) foldCache.clear();
  foldCache.set(token, folded);
  return folded;
}

/**
 * The normalised key of a name: lower case, no diacritics or apostrophes,
 * punctuation as single spaces, Arabic articles dropped, transliteration
 * variants folded, spelled-out initials joined ("I.R.G.C." → "irgc").
 */
export function nameKey(name: string): string {
  const cleaned = ASCII.test(name)
    ? name
        .toLowerCase()
        .replace(/['`]/g, '')
        .replace(ARTICLE_HYPHEN_ASCII, '$1')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
    : name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(APOSTROPHES, '')
        .replace(ARTICLE_HYPHEN, '$1')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
  if (!cleaned) return '';
  const raw = cleaned.split(' ').filter((t) => !ARTICLE_WORDS.has(t));
  // Join runs of single letters: initials written with dots or spaces.
  const joined: string[] = [];
  let inRun = false;
  for (const t of raw) {
    const single = t.length === 1 && (/[a-z]/.test(t) || /\p{L}/u.test(t));
    if (single && inRun) joined[joined.length - 1] += t;
    else joined.push(t);
    inRun = single || (inRun && single);
  }
  const tokens: string[] = [];
  for (let i = 0; i < joined.length; i++) {
    const pair = `${joined[i]} ${joined[i + 1] ?? ''}`;
    if (PAIR_FOLDS[pair]) {
      tokens.push(PAIR_FOLDS[pair]);
      i++;
    } else {
      tokens.push(foldToken(joined[i]));
    }
  }
  if (tokens.length > 1 && tokens[0] === 'the') tokens.shift();
  return tokens.join(' ');
}
/** The words of a name's key, for word-level matching. */
export function nameTokens(name: string): string[] {
  const key = nameKey(name);
  return key ? key.split(' ') : [];
}

/**
 * Every key a name should be findable by: the key of the whole name, and when
 * the name carries a parenthesised acronym or alternative ("Hayat Tahrir
 * al-Sham (HTS)"), the key without it and the key of the parenthesised part.
 */
export function nameKeysOf(name: string): string[] {
  const keys = new Set<string>();
  const add = (n: string) => {
    const k = nameKey(n);
    if (k) keys.add(k);
  };
  add(name);
  if (name.includes('(')) {
    add(name.replace(/\([^)]*\)/g, ' '));
    for (const m of name.matchAll(/\(([^)]*)\)/g)) add(m[1]);
  }
  return [...keys];
}

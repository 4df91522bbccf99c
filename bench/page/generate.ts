/**
 * Generates the bench's news-like pages: an article, a live blog and a huge
 * page, deterministic for a seed. Paragraphs sit in <article><p>…</p></article>
 * with some inline <a>/<b> (a count or a place inside its own element), and
 * about one casualty or designation sentence per hundred words.
 */

/** mulberry32: a tiny seeded PRNG so every run measures the same pages. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Khan Younis',
  'Kharkiv',
  'Idlib',
  'Aleppo',
  'Mariupol',
  'El Fasher',
  'Rafah',
  'Goma',
  'Marib',
  'Mosul',
  'Kherson',
  'Bakhmut',
  'Jenin',
  'Hodeidah',
  'Omdurman',
  'Mogadishu',
  'Tripoli',
  'Port-au-Prince',
  'Maiduguri',
  'Bunia',
  'Deir ez-Zor',
  'Sittwe',
  'Kandahar',
  'Zaporizhzhia',
];
const COUNTRIES = ['Qatar', 'Egypt', 'Turkey', 'Norway', 'Saudi Arabia', 'Kenya', 'Switzerland', 'Oman'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SMALL_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'];

/**
 * Sentence templates. {n} a count, {m} a smaller count, {w} a count in words,
 * {place} a town, {country} a state, {day} a weekday, {pct} a small decimal.
 */
const CASUALTY = [
  'At least {n} people were killed when an airstrike hit a residential building in {place} on {day}.',
  'The health ministry said {n} people had been wounded in the overnight shelling of {place}.',
  'Rescue workers said {n} civilians remain missing under the rubble of the collapsed market.',
  'The death toll from the strikes on {place} has risen to {n}, local officials said on {day}.',
  'The bombardment killed {n} people, including {m} children, according to medics at the scene.',
  'More than {n} people have been displaced by the fighting around {place}, the UN refugee agency said.',
  'Hospital officials in {place} reported {n} deaths and dozens of injuries after the attack.',
  'The flooding has left {n} people homeless across the province, the governor told reporters.',
  'Emergency services said {n} people were taken to hospital with burns and shrapnel wounds.',
  'The number of injured stood at {n} by {day} evening, according to the regional administration.',
  'Local authorities confirmed {n} fatalities after the overcrowded ferry capsized off {place}.',
  'The clashes forced {n} people to flee their homes, aid groups working in the area said.',
  'Witnesses said gunmen killed {n} villagers in a dawn raid on a settlement outside {place}.',
  'A suicide bombing at a checkpoint outside {place} left {n} people dead and many more injured.',
  'The army said {w} soldiers were killed in an ambush on a supply convoy near {place}.',
  'Medics said {m} of the wounded were in critical condition and {n} others had been discharged.',
];
const DESIGNATION = [
  'Hayat Tahrir al-Sham, which the United States designated a foreign terrorist organization in 2018, now controls much of {place}.',
  'The group has been listed as a terrorist organisation by the European Union since 2003.',
  'Washington designated the Houthis a Specially Designated Global Terrorist entity earlier this year.',
  'Britain proscribed the group under the Terrorism Act, making membership a criminal offence.',
  'Hezbollah is designated a terrorist organization by the United States, Britain and Canada.',
  'Al-Shabaab, an al-Qaeda affiliate listed as a terrorist group by the UN Security Council, claimed responsibility.',
];
const FILLER = [
  'Officials in {place} said the situation remained tense as negotiations continued late into the night.',
  'Residents described queues for bread stretching several blocks through the city centre.',
  'The foreign minister is due to travel to {place} later this week for talks with regional leaders.',
  'Aid convoys were held at the border crossing for a third consecutive day, according to relief agencies.',
  'Power was restored to parts of the capital on {day} after a week of rolling outages.',
  'Analysts said the ceasefire proposal faced significant obstacles, not least the question of prisoner exchanges.',
  'The central bank raised interest rates by {pct} percentage points in an attempt to stabilise the currency.',
  'Schools in {place} reopened on {day}, though many classrooms are still without windows or heating.',
  'The Security Council is expected to vote on a draft resolution calling for a humanitarian pause on {day}.',
  'Journalists were not permitted to enter the area, and the claims could not be independently verified.',
  'A spokesperson for the military declined to comment on the reports when contacted by telephone.',
  'Prices of fuel and cooking gas have more than doubled since the start of the year.',
  'Talks mediated by {country} and {country} are expected to resume in the coming days.',
  'The road between {place} and {place} was reopened to civilian traffic on {day} morning.',
  'More than {n} trucks carrying food and medicine crossed into the territory on {day}.',
  'Satellite images reviewed by reporters showed extensive damage to farmland and irrigation canals.',
  'The prime minister called the attack an act of cowardice and promised a full and transparent investigation.',
  'Opposition lawmakers demanded an emergency session of parliament to debate the government response.',
  'The main hospital in {place} is running on generator power and has run short of anaesthetics.',
  'Some {n} students sat their final exams in temporary classrooms, the education ministry said.',
  'Diplomats said a draft agreement had been circulated but that several clauses were still being disputed.',
  'Farmers in the region say the harvest has been disrupted for a second year running.',
  'The {day} session of the peace conference ended without a joint statement.',
  'Mobile phone networks were down for most of the day, making it difficult to reach people in the city.',
];
const HEADLINES = [
  'Strikes reported in {place}',
  'Aid convoy reaches {place}',
  'Foreign minister arrives in {country}',
  'What we know so far',
  'Ceasefire talks resume',
  'Hospitals under strain in {place}',
  'Power cuts across the capital',
  'UN calls for restraint',
];

export interface GeneratedPage {
  html: string;
  words: number;
}

interface Ctx {
  r: () => number;
}

function pick<T>(ctx: Ctx, list: readonly T[]): T {
  return list[Math.floor(ctx.r() * list.length)];
}

function count(ctx: Ctx, max: number): string {
  const n = 2 + Math.floor(ctx.r() ** 2 * max);
  return n >= 1000 ? n.toLocaleString('en-US') : String(n);
}

/** Fills a template; about a third of counts go in <b>, a fifth of places in <a>. */
function fill(ctx: Ctx, template: string): string {
  return template.replace(/\{(n|m|w|place|country|day|pct)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'n': {
        const n = count(ctx, 3000);
        return ctx.r() < 0.33 ? `<b>${n}</b>` : n;
      }
      case 'm':
        return count(ctx, 40);
      case 'w':
        return pick(ctx, SMALL_WORDS);
      case 'place': {
        const p = pick(ctx, PLACES);
        return ctx.r() < 0.2 ? `<a href="#${p.toLowerCase().replace(/\W+/g, '-')}">${p}</a>` : p;
      }
      case 'country':
        return pick(ctx, COUNTRIES);
      case 'day':
        return pick(ctx, DAYS);
      default:
        return (0.25 + Math.floor(ctx.r() * 8) * 0.25).toFixed(2);
    }
  });
}

function wordsOf(html: string): number {
  return html
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
}

/** One paragraph of 3–6 sentences; about one in six sentences is a claim. */
function paragraph(ctx: Ctx): { html: string; words: number } {
  const n = 3 + Math.floor(ctx.r() * 4);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = ctx.r();
    const list = x < 0.14 ? CASUALTY : x < 0.17 ? DESIGNATION : FILLER;
    sentences.push(fill(ctx, pick(ctx, list)));
  }
  const html = sentences.join(' ');
  return { html, words: wordsOf(html) };
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="The Bench Gazette">
<meta property="article:published_time" content="2024-12-02T09:00:00Z">
<style>body{font:16px/1.5 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem}
.entry{border-top:1px solid #ccc;margin-top:1.5rem}time{color:#666;font-size:.9em}</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/live">Live</a></nav></header>
<main>${body}</main>
<footer><p>© The Bench Gazette. All rights reserved.</p></footer>
</body></html>`;
}

/** A single article of about `targetWords` words. */
export function generateArticle(targetWords: number, seed = 1): GeneratedPage {
  const ctx: Ctx = { r: rng(seed) };
  const parts: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const p = paragraph(ctx);
    parts.push(`<p>${p.html}</p>`);
    words += p.words;
  }
  const body = `<article><h1>Fighting intensifies as talks stall</h1>
<p class="byline">By a staff reporter · <time datetime="2024-12-02">2 December 2024</time></p>
${parts.join('\n')}</article>`;
  return { html: page('Fighting intensifies as talks stall', body), words };
}

/** A live blog: timestamped entries with a headline and one to three paragraphs each. */
export function generateLiveBlog(targetWords: number, seed = 2): GeneratedPage {
  const ctx: Ctx = { r: rng(seed) };
  const parts: string[] = [];
  let words = 0;
  let minute = 23 * 60 + 59;
  while (words < targetWords) {
    const hh = String(Math.floor(minute / 60) % 24).padStart(2, '0');
    const mm = String(minute % 60).padStart(2, '0');
    minute = (minute + 24 * 60 - 1 - Math.floor(ctx.r() * 6)) % (24 * 60);
    const head = fill(ctx, pick(ctx, HEADLINES)).replace(/<[^>]+>/g, '');
    const paras: string[] = [];
    const n = 1 + Math.floor(ctx.r() * 3);
    for (let i = 0; i < n; i++) {
      const p = paragraph(ctx);
      paras.push(`<p>${p.html}</p>`);
      words += p.words;
    }
    words += wordsOf(head) + 1;
    parts.push(
      `<section class="entry"><time datetime="2024-12-02T${hh}:${mm}">${hh}:${mm}</time><h2>${head}</h2>${paras.join('')}</section>`,
    );
  }
  const body = `<article><h1>Live: latest updates</h1>\n${parts.join('\n')}</article>`;
  return { html: page('Live: latest updates', body), words };
}

/**
 * A meeting record: statements of about `wordsPerStatement` words, each one <p> with no break
 * inside (as verbatim records and transcripts print them), so a paragraph runs to 20,000
 * characters and more — the case where one paragraph's extraction, not the page's length,
 * decides the longest task.
 */
export function generateTranscript(targetWords: number, wordsPerStatement = 3_500, seed = 4): GeneratedPage {
  const ctx: Ctx = { r: rng(seed) };
  const parts: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const sentences: string[] = [];
    let w = 0;
    while (w < wordsPerStatement) {
      const p = paragraph(ctx);
      sentences.push(p.html);
      w += p.words;
    }
    words += w;
    parts.push(
      `<section class="statement"><h2>${pick(ctx, COUNTRIES)}</h2><p>${sentences.join(' ')}</p></section>`,
    );
  }
  const body = `<article><h1>Verbatim record of the meeting</h1>\n${parts.join('\n')}</article>`;
  return { html: page('Verbatim record of the meeting', body), words };
}

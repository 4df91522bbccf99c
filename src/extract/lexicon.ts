/**
 * Word lists the rules share. Kept as plain alternations so each rule compiles to one regex.
 */
import type { CasualtyCategory } from './types';

/**
 * Who backs a group or where it is, written as "X-<word>" before its name ("Iran-backed Kataib
 * Hezbollah", "the Syria-based Hurras al-Din"): no part of the name, for the extractor and for the
 * database lookup of the names it gives.
 */
export const BACKER_WORDS = [
  'linked',
  'backed',
  'based',
  'allied',
  'affiliated',
  'inspired',
  'aligned',
  'led',
  'sponsored',
  'funded',
];

/** Heads that are not people: counting them is never a casualty claim. */
export const NON_PEOPLE = new Set(
  (
    'houses homes buildings structures vehicles cars trucks buses rockets missiles strikes airstrikes raids attacks ' +
    'bombs bombings shells mortars drones projectiles explosions blasts incidents days hours weeks months years ' +
    'minutes seconds times kilometres kilometers km miles acres hectares villages towns schools hospitals mosques ' +
    'churches tonnes tons dollars euros cattle livestock animals sheep goats cows dogs horses birds camels trees ' +
    'crops shops stores bridges roads tanks aircraft planes jets helicopters ships boats vessels targets sites ' +
    'positions locations cases tests votes seats points goals runs wickets percent degrees districts provinces ' +
    'states countries cities areas regions camps shelters tents flights trains rounds shots bullets weapons guns ' +
    'families households apartments floors storeys hectare dwellings businesses farms centres centers offices ' +
    'facilities institutions agencies organisations organizations groups militias battalions brigades units ' +
    'divisions companies troops forces patrols convoys sorties launchers barrels parts pieces names pages ' +
    'articles reports images photos videos posts accounts messages calls letters laws bills motions communities ' +
    'nationalities ethnicities languages religions'
  ).split(' '),
);

/** Heads that name people without naming who they are. */
export const GENERIC_PEOPLE = new Set(
  'people persons person individuals individual others other more those ones victims residents inhabitants'.split(
    ' ',
  ),
);

/**
 * Nouns that name people, for the frames that must know a count is of people without a harm
 * word next to it ("Four of them were children.", "the loss of 176 passengers"). Plural and
 * singular; a capitalised demonym ("Ukrainians", "Israelis", "Lebanese") also counts.
 */
export const PEOPLE_HEADS = (
  'people persons person individuals children child kids minors infants babies toddlers teenagers teens ' +
  'boys boy girls girl women woman men man adults elderly civilians civilian soldiers soldier servicemen ' +
  'sailors marines airmen pilots cadets recruits conscripts reservists peacekeepers fighters militants ' +
  'rebels insurgents gunmen attackers bodyguards policemen policewomen police officers officer guards students ' +
  'commandos constables paramilitaries jawans cadres troopers ' +
  'sons daughters brothers sisters wives husbands aides ' +
  'pupils schoolchildren teachers workers labourers laborers employees staff personnel doctors nurses ' +
  'medics paramedics journalists reporters photographers tourists visitors foreigners nationals citizens ' +
  'passengers crew crewmen members pilgrims worshippers worshipers residents villagers refugees migrants ' +
  'farmers fishermen miners climbers hikers patients prisoners detainees inmates volunteers firefighters ' +
  'rescuers officials priests monks nuns spectators fans protesters demonstrators shoppers commuters ' +
  'travellers travelers drivers engineers relatives locals Muslims Christians Jews Hindus Sikhs Kurds ' +
  'Turks Druze Britons'
).split(' ');

/** Harm words that follow a count: "18 people were killed", "22 dead", "99 still missing". */
export const HARM_AFTER: Array<[string, CasualtyCategory]> = [
  // Killed and injured together, in either order, are casualties (docs/CLAIMS.md); first, so it
  // beats "killed" and "injured".
  [
    // ("have either lost their lives or suffered serious injuries": so are the two said at length;
    // "lost their lives or sustained life-changing injuries", "lost their lives or were wounded".)
    '(?:(?:killed|dead)\\s+(?:and|or)\\s+(?:injured|wounded)|(?:injured|wounded)\\s+(?:and|or)\\s+killed|(?:either\\s+)?(?:lost\\s+their\\s+lives|died)\\s+or\\s+(?:(?:suffered|sustained|received)\\s+(?:(?:serious|severe|grave|critical|life-changing|life-threatening|life-altering)\\s+)?(?:injuries|wounds)|(?:been\\s+|were\\s+)?(?:injured|wounded)))',
    'casualties',
  ],
  [
    '(?:(?:shot|stabbed|beaten|abducted|kidnapped|tortured|ambushed|attacked|captured|raped|surprised)\\s+and\\s+(?:killed|(?:hacked|stabbed|beaten|burned|burnt|clubbed)\\s+to\\s+death)|killed|dead|(?<!\\b(?:now|since|both|all)\\s)deceased|died|passed\\s+away|(?:fatally|mortally)\\s+(?:shot|stabbed|wounded|injured)|perished|murdered|assassinated|slain|massacred|slaughtered|butchered|executed|lynched|drowned|(?:lie|lay|lying|are|were|is|was)\\s+(?:at|in)\\s+(?:a|the)\\s+(?:[\\p{L}-]+\\s+)?morgues?|lost\\s+(?:their\\s+lives|(?:his|her)\\s+life)|lose\\s+(?:their\\s+)?lives|succumbed|shot\\s+dead|(?:shot|burned|burnt|crushed|trampled|hacked|beaten|stabbed|bludgeoned|stoned|starved|frozen|clubbed|mauled|tortured|burn)\\s+to\\s+death|(?:burned|burnt)\\s+alive|die(?![\\p{L}-])|(?:bodies\\s+)?(?:recovered|retrieved|pulled\\s+from)(?=\\b)|buried|identified\\s+as\\s+dead|among\\s+(?:the\\s+|those\\s+)?(?:dead|deceased|those\\s+killed|fatalities)|among\\s+the\\s+(?:[\\p{L}-]+\\s+){1,2}?(?:killed|dead)(?![\\p{L}-])|among\\s+those\\s+who\\s+(?:died|were\\s+killed|perished|lost\\s+their\\s+lives)|(?:swept|plunged|fell|sent|leapt|leaped|jumped)\\s+to\\s+(?:their|his|her)\\s+deaths?|martyred|embrac(?:ed|ing)\\s+(?:martyrdom|shahadat)|sent\\s+to\\s+hell|gunned\\s+down|beheaded|decapitated|dying(?!\\s+(?:to|for)\\b))',
    'killed',
  ],
  [
    '(?:(?:shot|stabbed)\\s+and\\s+(?:wounded|injured)|injured|wounded|hurt|maimed|hospitali[sz]ed|(?:receiving|received|undergoing|underwent)\\s+(?:medical\\s+)?treatment|(?:brought|taken|rushed)\\s+(?:there\\s+|in\\s+)?for\\s+(?:medical\\s+)?treatment|(?:sustained|suffered|suffering\\s+from|suffering|received)\\s+(?:\\w+\\s+)?(?:injur(?:ies|es)|burns|wounds)|(?:taken|brought|rushed|admitted|transported|airlifted|evacuated|sent|referred|shifted)\\s+(?:by\\s+(?:ambulance|helicopter|road|air)\\s+)?to\\s+(?:\\w+\\s+){0,2}(?:hospitals?|intensive\\s+care(?:\\s+units?)?|ICUs?\\b)|(?:treated\\s+)?for\\s+(?:(?:[\\w-]+\\s+){0,2}(?:injuries|wounds|burns)|smoke\\s+inhalation)|in\\s+(?:the\\s+)?hospital|in\\s+intensive\\s+care(?:\\s+units?)?|treated\\s+(?:in|at)\\s+(?:\\w+\\s+){0,2}hospitals?|(?:listed\\s+)?in\\s+(?:an?\\s+)?(?:(?:very|extremely)\\s+)?(?:critical|serious|grave|severe|stable|fair|moderate|poor|life-threatening)(?:\\s+but\\s+stable)?\\s+conditions?\\b|among\\s+(?:the|those)\\s+(?:injured|wounded|hurt)|among\\s+the\\s+(?:[\\p{L}-]+\\s+){1,2}?(?:injured|wounded)(?![\\p{L}-])|with\\s+(?:[\\w-]+\\s+){0,2}(?:injuries|wounds|burns)\\b)',
    'injured',
  ],
  // "Three Syrians were among the missing".
  [
    '(?:missing|unaccounted\\s+for|vanished|vanish(?![\\p{L}-])|disappeared|among\\s+the\\s+missing)',
    'missing',
  ],
  [
    '(?:displaced|internally\\s+displaced|ordered\\s+evacuated|fled|flee(?![\\p{L}-])|fleeing\\s+(?:from\\s+)?(?:the\\s+|their\\s+)?(?:(?:previous|earlier|recent|renewed|new|successive)\\s+(?:waves|rounds|bouts)\\s+of\\s+)?(?:fighting|violence|war|conflict|clashes|bombing|bombardment|shelling|offensive|attacks?|cit(?:y|ies)|towns?|villages?|areas?|regions?|country|homes?)\\b|escaped\\s+(?:from\\s+)?(?:the|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:cit(?:y|ies)|towns?|villages?|areas?|regions?|fighting|violence|country|war|enclave|province)\\b|(?:left|made|rendered)\\s+homeless|lost\\s+their\\s+homes|(?:left\\s+)?without\\s+(?:shelter|homes|a\\s+home)(?!\\s+(?:from|against)\\b)|homeless|evacuated|uprooted|driven\\s+(?:out\\s+)?(?:from|out\\s+of)\\s+(?:their\\s+)?homes|forced\\s+(?:to\\s+flee|to\\s+migrate|from\\s+their\\s+homes|out\\s+of\\s+their\\s+homes|to\\s+(?:leave|abandon)\\s+their\\s+homes)|sought\\s+(?:refuge|shelter)|left\\s+the\\s+country|been\\s+forced\\s+to\\s+flee|(?:moved|taken|relocated|evacuated)\\s+to\\s+(?:\\w+\\s+)?(?:camps|shelters|centres|centers)|(?:(?:living|staying|stayed|sheltering|sheltered|remained|remaining|housed|hosted)\\s+(?:in|at)|in(?:to|side)?|(?:moved|flocked|fled|escaped|poured|crowded)\\s+(?:in)?to|(?:swarmed|crowded|packed|filled))\\s+(?:an?\\s+|the\\s+|(?:about|around|some|over|more\\s+than)\\s+)?(?:[\\d,]+\\s+)?(?!bomb|air|training|military|army|detention|prison|internment|labou?r|concentration|summer|holiday)(?:[\\w-]+\\s+){0,2}?(?:camps?|shelters?|tents|(?:evacuation|relief|displacement|emergency)\\s+(?:centres|centers|sites))\\b|(?:taken|took|taking|sought|seeking|found)\\s+(?:refuge|shelter)\\b|relocated|(?:sent|forced)\\s+fleeing|forced\\s+to\\s+seek\\s+(?:refuge|shelter)|(?:living|live|lives|staying|sheltering)\\s+as\\s+refugees)',
    'displaced',
  ],
  // "N people were shot" without saying whether they died counts both (docs/CLAIMS.md).
  [
    '(?:shot|stabbed)(?!\\s+dead|\\s+to\\s+death|\\s+and\\s+(?:wounded|injured|killed|\\p{L}+\\s+to\\s+death))',
    'casualties',
  ],
  // "Several were trampled in the crush": hurt or killed, the text does not say.
  // "Three militiamen were also among the casualties", "hundreds of Christians are among the victims".
  ['among\\s+the\\s+(?:casualties|victims)', 'casualties'],
  // "1,265 individuals have been reported as victims of landmines", "fell victim to shelling".
  [
    '(?:(?:(?:reported|registered|recorded|identified|listed)\\s+as\\s+)?victims\\s+of|fell\\s+victims?\\s+to)\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:landmines?|mines|explosives?|ordnance|attacks?|shelling|bombings?|bombardments?|air\\s?strikes?|strikes|shootings?|blasts?|explosions?)\\b',
    'casualties',
  ],
  ['trampled(?!(?:\\s+(?:or|and)\\s+crushed)?\\s+to\\s+death)(?:\\s+(?:or|and)\\s+crushed)?', 'casualties'],
];

export { HARM_STEM_WORDS, prefixTrie } from './harm-stems';

/**
 * Every phrase of HARM_AFTER, HARM_NOUNS and HARM_ADJECTIVES holds a HARM_STEMS stem or one of
 * these at a word start ("bodies recovered", "forced from their homes", "moved to centres"):
 * where none follows a count, the frames that look for those phrases are skipped. A new phrase
 * in those tables needs its stem here or in HARM_STEMS (tests/unit/extract/casualty-cues.test.ts).
 */
export const HARM_PHRASE_EXTRA_STEMS =
  'recover|retriev|pulled|forced|left\\s+the\\s+country|tents|centres|centers';

/**
 * Regex source matching exactly the words of `words` when followed by a boundary (`\\b`), as a
 * trie that keeps every word ("in(?:cluding|to)?"): the engine reads each character once
 * instead of once per word. Only for words without regex syntax.
 */
export function wordTrie(words: string[]): string {
  const unique = [...new Set(words)].sort();
  const byFirst = new Map<string, string[]>();
  let ends = false;
  for (const w of unique) {
    if (w === '') {
      ends = true;
      continue;
    }
    const rest = byFirst.get(w[0]) ?? [];
    rest.push(w.slice(1));
    byFirst.set(w[0], rest);
  }
  const branches = [...byFirst].map(([first, rests]) =>
    rests.length === 1 && rests[0] !== '' ? first + rests[0] : first + wordTrie(rests),
  );
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  return ends ? `(?:${body})?` : body;
}

/** Nouns after a count: "25 deaths", "at least 62 fatalities", "13 bodies", "six victims". */
export const HARM_NOUNS: Array<[string, CasualtyCategory]> = [
  [
    // ("28 deaths and injuries to 139 people": injuries with a count of their own are another claim.)
    '(?:dead\\s+and\\s+(?:injured|wounded)|deaths\\s+and\\s+injuries(?!\\s+(?:to|of|among)\\s)|injuries\\s+and\\s+deaths)',
    'casualties',
  ],
  // "9 murders", "three killings" (an attempt kills no one: "two attempted murders"; "15 mass
  // killings" counts incidents, each of several deaths).
  [
    '(?:deaths|fatalities|bodies|corpses|cadavers|dead\\s+bodies|lives\\s+(?:were\\s+)?lost|dead|deceased|martyrs|(?<!attempted\\s|mass\\s|major\\s)(?:murders|killings|assassinations))',
    'killed',
  ],
  ['(?:injuries)', 'injured'],
  // "14 forced disappearances": people taken whose fate is unknown are missing.
  ['(?:(?:forced|enforced)\\s+disappearances)', 'missing'],
  ['(?:idps|internally\\s+displaced\\s+(?:people|persons)|displacements|refugees)', 'displaced'],
  ['(?:casualties|victims)', 'casualties'],
];

/** Adjectives before a people noun: "384 dead victims", "numerous missing individuals". */
export const HARM_ADJECTIVES: Array<[string, CasualtyCategory]> = [
  ['(?:dead|slain)', 'killed'],
  ['(?:injured|wounded)', 'injured'],
  ['(?:missing)', 'missing'],
  ['(?:displaced|homeless|internally\\s+displaced)', 'displaced'],
];

/** Harms that may follow "killed" in a series before one count (none of them is a category). */
const SERIES_HARM =
  '(?:wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|maim(?:s|ed|ing)?|mutilat(?:e|es|ed|ing)|tortur(?:e|es|ed|ing)|rap(?:e|es|ed|ing)|kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing)?)';

/** Verbs before a count: "killed 18 people", "wounding 60 others". */
export const HARM_BEFORE: Array<[string, CasualtyCategory]> = [
  // One count killed and hurt together is casualties (docs/CLAIMS.md): "killed and wounded 30".
  // So is a series of harms opened by killing ("killed, kidnapped and maimed thousands"): the
  // count is of all who suffered any of them.
  [
    `(?:kill(?:s|ed|ing)?\\s+(?:and|or)\\s+(?:wound(?:s|ed|ing)?|injur(?:e|es|ed|ing))|(?:wound(?:s|ed|ing)?|injur(?:e|es|ed|ing))\\s+(?:and|or)\\s+kill(?:s|ed|ing)?|kill(?:s|ed|ing)?(?:,\\s+${SERIES_HARM}){1,3},?\\s+(?:and|or)\\s+${SERIES_HARM}|kill(?:s|ed|ing)?\\s+(?:and|or)\\s+(?:maim(?:s|ed|ing)?|mutilat(?:e|es|ed|ing)))`,
    'casualties',
  ],
  // "The gunman shot 12 people": shot, killed or not (docs/CLAIMS.md), as "12 people were shot".
  ['(?:shot|stabbed)(?!\\s+(?:dead|down|at|to|and|in|through)\\b)', 'casualties'],
  [
    '(?:kill(?:s|ed|ing)?|martyr(?:ed|ing)|behead(?:s|ed|ing)?|decapitat(?:e|es|ed|ing)|drown(?:s|ed|ing)?|massacr(?:e|es|ed|ing)|murder(?:s|ed|ing)?|assassinat(?:e|es|ed|ing)|lynch(?:es|ed|ing)?|slaughter(?:s|ed|ing)?|butcher(?:s|ed|ing)?|execut(?:e|es|ed|ing)|left\\s+dead|shot\\s+dead|shoot(?:s|ing)?\\s+dead|gunned\\s+down|(?:shot|hack(?:s|ed|ing)?|beat(?:s|ing|en)?|stab(?:s|bed|bing)?|club(?:s|bed|bing)?|ston(?:e|es|ed|ing)|burn(?:s|ed|ing|t)?)\\s+to\\s+death)',
    'killed',
  ],
  [
    '(?:wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|hurt(?:s|ing)?|maim(?:s|ed|ing)?|hospitali[sz](?:e|es|ed|ing))',
    'injured',
  ],
  ['(?:displac(?:e|es|ed|ing)|uproot(?:s|ed|ing)?|evacuat(?:e|es|ed|ing))', 'displaced'],
];

/**
 * One alternation with a named group per category, so a single match tells the category.
 * Named groups: g0, g1, … in table order.
 */
export function alternation(table: Array<[string, CasualtyCategory]>): string {
  return table.map(([source], i) => `(?<g${i}>${source})`).join('|');
}

export function categoryFromGroups(
  table: Array<[string, CasualtyCategory]>,
  groups: Record<string, string | undefined> | undefined,
): CasualtyCategory | null {
  if (!groups) return null;
  for (let i = 0; i < table.length; i++)
    if (groups[GROUP_NAMES[i] ?? `g${i}`] !== undefined) return table[i][1];
  return null;
}

/** g0, g1, …: the names `alternation` gives (built once, not per lookup). */
const GROUP_NAMES = Array.from({ length: 16 }, (_, i) => `g${i}`);

/**
 * `X$` as a sticky lookbehind `(?<=X)`: tested at the end of the text only, where `X$` makes the
 * engine try every start position (ten times slower on the windows before a count). Use with
 * `matchTail`; a capture group inside X can measure what it matched.
 */
export function tailRegExp(source: string, flags: string): RegExp {
  return new RegExp(`(?<=${source})`, `${flags}y`);
}

/** Whether (and how) `re` from `tailRegExp` matches `text` at its end. */
export function matchTail(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = text.length;
  return re.exec(text);
}

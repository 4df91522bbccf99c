/**
 * Authorities that designate, and their canonical names (docs/CLAIMS.md): "Washington", "the
 * State Department" and "the Treasury" are the United States; "Brussels" the European Union;
 * "the Security Council" the United Nations; "London", "Britain" and "the Home Secretary" the
 * United Kingdom; "Ankara" Turkey; "Moscow" Russia.
 */

/**
 * A bloc of states that designates as one, named by one mention: its members joined by "|"
 * (`expandBlocs` splits them when the claim is made).
 */
export const BLOC = 'Saudi Arabia|United Arab Emirates|Bahrain|Egypt';

/** Designators with any bloc replaced by its member states. */
export function expandBlocs(designators: string[]): string[] {
  // Each authority once, however often the sentence named it ("the UN Security Council … its
  // sanctions list" may name the UN twice).
  if (!designators.some((d, i) => d.includes('|') || designators.indexOf(d) !== i)) return designators;
  return [...new Set(designators.flatMap((d) => d.split('|')))];
}

// "made by the Secretary of State under the Terrorism Act": the UK's Home Secretary, not the US's.
const HOME_SECRETARY_CONTEXT = '\\s+(?:under\\s+the\\s+Terrorism\\s+Act|for\\s+the\\s+Home\\s+Department)';

const TABLE: Array<[string, string]> = [
  [
    'United\\s+States(?:\\s+of\\s+America)?|U\\.S\\.A?\\.?|US(?:A)?|(?<!(?:North|South|Central|Latin)\\s+)America|Washington|(?:US\\s+|U\\.S\\.\\s+)?State\\s+Department|@?StateDept|Department\\s+of\\s+State|(?<!Ministry\\s+of\\s+(?:the\\s+)?)(?:US\\s+|U\\.S\\.\\s+)?Treasury(?:\\s+Department)?|Department\\s+of\\s+(?:the\\s+)?Treasury|OFAC|Office\\s+of\\s+Foreign\\s+Assets\\s+Control|' +
      `Secretary\\s+of\\s+State(?!${HOME_SECRETARY_CONTEXT})` +
      '|White\\s+House|(?:Trump|Biden|Obama|Bush|Clinton)\\s+administration|(?:President\\s+)?(?:Donald\\s+)?Trump|(?:President\\s+)?(?:Joe\\s+)?Biden|(?:President\\s+)?(?:Barack\\s+)?Obama|Rubio|Blinken|Pompeo|Tillerson|Kerry|American\\s+(?:law|government|authorities|administration|officials)|Immigration\\s+and\\s+Nationality\\s+Act',
    'United States',
  ],
  // Sri Lanka's law applying the UN's resolutions: the state lists under it, not the UN.
  [
    '(?:Regulation\\s+\\d+\\s*(?:\\(\\d+\\)\\s*)?of\\s+the\\s+)?(?:United\\s+Nations|UN)\\s+(?:\\(UN\\)\\s+)?Regulations\\s+No\\.?\\s*1\\s+of\\s+2012',
    'Sri Lanka',
  ],
  [
    "United\\s+Nations(?!\\s+(?:\\(UN\\)\\s+|\\(Security\\s+Council\\)\\s+)?Regulations)(?:\\s+Security\\s+Council)?|U\\.N\\.|UNSCR?(?:\\s+[Rr]esolution)?|UN(?!\\)\\s+Regulations)|(?:UN\\s+|U\\.N\\.\\s+|(?<!National\\s))Security\\s+Council|1267(?:\\s+(?:Al[\\s-]Qaeda\\s+)?(?:Sanctions\\s+)?Committee)?|1988(?=\\s+Sanctions\\s+(?:List|Committee))|(?:ISIL\\s+\\(Da'?esh\\)\\s+and\\s+)?Al[\\s-]?Qa'?(?:i|e)da\\s+Sanctions\\s+(?:List|Committee)|(?:ISIL\\s+\\(Da'?esh\\)\\s+and\\s+Al-?Qa'?ida\\s+)?Sanctions\\s+Committee",
    'United Nations',
  ],
  [
    'European\\s+Union|E\\.U\\.|EU|Brussels|European\\s+Council|Council\\s+of\\s+the\\s+(?:European\\s+Union|EU)|(?:EU\\s+)?General\\s+Court(?:\\s+of\\s+the\\s+European\\s+Union)?|European\\s+Court(?:\\s+of\\s+Justice)?|(?:EU\\s+|European\\s+)?Court\\s+of\\s+Justice(?:\\s+of\\s+the\\s+European\\s+Union)?|EU\\s+court|European\\s+Commission',
    'European Union',
  ],
  [
    'United\\s+Kingdom|U\\.K\\.|UK|Britain|Great\\s+Britain|London|Home\\s+Secretary|Home\\s+Office|' +
      `Secretary\\s+of\\s+State(?=${HOME_SECRETARY_CONTEXT})` +
      '|Downing\\s+Street|Westminster|House\\s+of\\s+Lords|My\\s+Lords|British\\s+(?:law|government|Government|authorities|parliament|Parliament|ministers|officials|Home\\s+Secretary)|(?<!-|\\bof\\s)Terrorism\\s+Act(?:\\s+2000)?',
    'United Kingdom',
  ],
  ['Turkey|Türkiye|Turkiye|Ankara|Turkish\\s+(?:law|government|authorities)', 'Turkey'],
  [
    'Russia|Russian\\s+Federation|Moscow|Kremlin|FSB|Federal\\s+Security\\s+Service|Russian\\s+(?:law|government|authorities|Supreme\\s+Court)|Supreme\\s+Court\\s+of\\s+(?:Russia|the\\s+Russian\\s+Federation)',
    'Russia',
  ],
  [
    'Canada|Ottawa|Canadian\\s+(?:law|government|Government|authorities|Parliament|parliament)|Canadian\\s+Criminal\\s+Code|Public\\s+Safety\\s+(?:Canada|Minister)',
    'Canada',
  ],
  [
    'Australia|Canberra|Australian\\s+(?:law|government|Government|authorities|Parliament|parliament)|Australian\\s+Criminal\\s+Code|Home\\s+Affairs\\s+Minister',
    'Australia',
  ],
  ['New\\s+Zealand|Wellington|NZ', 'New Zealand'],
  [
    'India|New\\s+Delhi|Indian\\s+(?:law|government|authorities)|UAPA|Unlawful\\s+Activities\\s+\\(Prevention\\)\\s+(?:Amendment\\s+)?Act|Ministry\\s+of\\s+Home\\s+Affairs|MHA|Union\\s+(?:government|[Hh]ome\\s+[Mm]inistry)',
    'India',
  ],
  [
    'Pakistan|Islamabad|Pakistani\\s+(?:law|government|authorities)|NACTA|Nacta|National\\s+Counter\\s+Terrorism\\s+Authority',
    'Pakistan',
  ],
  ['Israel|Israeli\\s+(?:law|government|authorities)', 'Israel'],
  ['Japan|Tokyo', 'Japan'],
  ['Egypt|Cairo', 'Egypt'],
  ['Saudi\\s+Arabia|Riyadh', 'Saudi Arabia'],
  ['United\\s+Arab\\s+Emirates|UAE|Abu\\s+Dhabi', 'United Arab Emirates'],
  ['Bahrain', 'Bahrain'],
  // The bloc that cut ties with Qatar in 2017 and keeps joint terror lists: its four states.
  [
    'Saudi-led\\s+(?:Arab\\s+(?:quartet|bloc|group|alliance|countries|states|nations)|Gulf\\s+(?:countries|states|nations|bloc|alliance)|(?:quartet|bloc(?!\\s+of\\s+six\\s+Gulf)|group|alliance|countries|states|nations))|Arab\\s+quartet|(?:four\\s+)?(?:boycotting|blockading)\\s+(?:Arab\\s+|Gulf\\s+)?(?:countries|states|nations)',
    BLOC,
  ],
  ['Iran|Tehran', 'Iran'],
  ['China|Beijing', 'China'],
  ['Sri\\s+Lanka|Colombo', 'Sri Lanka'],
  ['France|Paris', 'France'],
  ['Germany|Berlin', 'Germany'],
  ['Netherlands|The\\s+Hague', 'Netherlands'],
  ['Kazakhstan', 'Kazakhstan'],
  ['Paraguay|Asunci[oó]n', 'Paraguay'],
  ['Argentina', 'Argentina'],
  ['Colombia|Bogot[aá]', 'Colombia'],
  ['Ukraine|Kyiv|Kiev', 'Ukraine'],
  ['Malaysia', 'Malaysia'],
  ['Indonesia', 'Indonesia'],
  [
    'Philippines|Manila|Anti-Terror(?:ism)?\\s+Council|ATC(?=\\s+(?:has\\s+|on\\s+\\p{Lu}\\p{Ll}+\\s+|also\\s+)?(?:designat|list|declar|delist|resolution|Resolution))',
    'Philippines',
  ],
  // Kenya's ministers are Cabinet Secretaries: "Interior Cabinet Secretary", "the Interior CS".
  ['Kenya|Nairobi|Interior\\s+(?:Cabinet\\s+Secretary|CS)|Cabinet\\s+Secretary\\s+for\\s+Interior', 'Kenya'],
  ['Nigeria|Abuja', 'Nigeria'],
  ['Somalia|Mogadishu', 'Somalia'],
  ['Syria|Damascus', 'Syria'],
  ['Iraq|Baghdad', 'Iraq'],
  ['Sudan|Khartoum', 'Sudan'],
  ['Arab\\s+League|League\\s+of\\s+Arab\\s+States', 'Arab League'],
  ['NATO|North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation', 'NATO'],
  // "a Saudi-led Gulf group", "a bloc of six Gulf Arab nations": the GCC, not the 2017 quartet
  // ("a Saudi-led Gulf bloc" keeping a terrorism list is the quartet).
  [
    'Gulf\\s+Cooperation\\s+Council|GCC|Saudi-led\\s+Gulf\\s+group|(?:Saudi-led\\s+)?bloc\\s+of\\s+six\\s+Gulf\\s+(?:Arab\\s+)?(?:nations|states|countries)|six-nation\\s+Gulf\\s+(?:bloc|group|alliance)',
    'Gulf Cooperation Council',
  ],
  ['African\\s+Union', 'African Union'],
  ['Hungary|Budapest', 'Hungary'],
  ['Kyrgyzstan|Bishkek', 'Kyrgyzstan'],
  ['Uzbekistan|Tashkent', 'Uzbekistan'],
  ['Tajikistan|Dushanbe', 'Tajikistan'],
  ['Azerbaijan', 'Azerbaijan'],
  ['Belarus', 'Belarus'],
  ['Jordan|Amman', 'Jordan'],
  ['Kuwait', 'Kuwait'],
  ['Qatar', 'Qatar'],
  ['Morocco|Rabat', 'Morocco'],
  ['Algeria|Algiers', 'Algeria'],
  ['Tunisia', 'Tunisia'],
  ['Spain|Madrid', 'Spain'],
  ['Italy', 'Italy'],
  ['Austria', 'Austria'],
  ['Belgium', 'Belgium'],
  ['Switzerland', 'Switzerland'],
  ['Sweden|Stockholm', 'Sweden'],
  ['Denmark|Copenhagen', 'Denmark'],
  ['Norway|Oslo', 'Norway'],
  ['Poland', 'Poland'],
  ['Czech\\s+Republic|Czechia', 'Czech Republic'],
  ['Lithuania|Vilnius', 'Lithuania'],
  ['Latvia', 'Latvia'],
  ['Estonia|Tallinn', 'Estonia'],
  ['Moldova', 'Moldova'],
  ['Bangladesh|Dhaka', 'Bangladesh'],
  ['Singapore', 'Singapore'],
  ['South\\s+Korea|Seoul', 'South Korea'],
  ['Brazil|Bras[ií]lia', 'Brazil'],
  ['Mexico', 'Mexico'],
  ['Peru', 'Peru'],
  ['Ecuador|Quito', 'Ecuador'],
  ['Chile', 'Chile'],
  ['Honduras', 'Honduras'],
  ['Guatemala', 'Guatemala'],
  ['Costa\\s+Rica', 'Costa Rica'],
  ['Trinidad\\s+and\\s+Tobago', 'Trinidad and Tobago'],
  ['Ethiopia|Addis\\s+Ababa', 'Ethiopia'],
  ['Uganda|Kampala', 'Uganda'],
  ['Rwanda|Kigali', 'Rwanda'],
  ['South\\s+Africa|Pretoria', 'South Africa'],
  [
    'Myanmar|Burma|Naypyi?daw|Nay\\s+Pyi\\s+Taw|(?:Myanmar|Burmese)\\s+junta|State\\s+Administration\\s+Council',
    'Myanmar',
  ],
  ['Afghanistan|Kabul', 'Afghanistan'],
  ['Lebanon|Beirut', 'Lebanon'],
  ['Yemen|Sana[\x27’]?a', 'Yemen'],
  ['Thailand|Bangkok', 'Thailand'],
  ['Vietnam|Hanoi', 'Vietnam'],
  ['Nepal|Kathmandu', 'Nepal'],
  ['Cambodia|Phnom\\s+Penh', 'Cambodia'],
  ['Taiwan|Taipei', 'Taiwan'],
  ['Venezuela|Caracas', 'Venezuela'],
  ['El\\s+Salvador', 'El Salvador'],
  ['Nicaragua|Managua', 'Nicaragua'],
  ['Bolivia', 'Bolivia'],
  ['Dominican\\s+Republic|Santo\\s+Domingo', 'Dominican Republic'],
  ['Panama', 'Panama'],
  ['Burkina\\s+Faso|Ouagadougou', 'Burkina Faso'],
  ['Mali|Bamako', 'Mali'],
  ['Chad|N[\x27’]Djamena', 'Chad'],
  ['Cameroon|Yaound[eé]', 'Cameroon'],
  ['Mozambique|Maputo', 'Mozambique'],
  ['Tanzania|Dodoma', 'Tanzania'],
  ['Democratic\\s+Republic\\s+of\\s+(?:the\\s+)?Congo|DRC|DR\\s+Congo|Kinshasa', 'DR Congo'],
  ['Eritrea|Asmara', 'Eritrea'],
  ['Ghana|Accra', 'Ghana'],
  ['Senegal|Dakar', 'Senegal'],
  ['Mauritania|Nouakchott', 'Mauritania'],
  ['Serbia|Belgrade', 'Serbia'],
  ['Greece|Athens', 'Greece'],
  ['Portugal|Lisbon', 'Portugal'],
  ['Ireland|Dublin', 'Ireland'],
  ['Finland|Helsinki', 'Finland'],
  ['Romania|Bucharest', 'Romania'],
  ['Bulgaria|Sofia', 'Bulgaria'],
  ['Slovakia|Bratislava', 'Slovakia'],
  ['Croatia|Zagreb', 'Croatia'],
  ['Armenia|Yerevan', 'Armenia'],
  ['Turkmenistan|Ashgabat', 'Turkmenistan'],
  ['Cyprus|Nicosia', 'Cyprus'],
  ['Kosovo|Pristina|Prishtina', 'Kosovo'],
  ['Albania|Tirana', 'Albania'],
  ['Bosnia(?:\\s+and\\s+Herzegovina)?|Sarajevo', 'Bosnia and Herzegovina'],
  ['North\\s+Macedonia|Skopje', 'North Macedonia'],
  ['Montenegro|Podgorica', 'Montenegro'],
  ['Slovenia|Ljubljana', 'Slovenia'],
  ['Luxembourg', 'Luxembourg'],
  ['Iceland|Reykjavik', 'Iceland'],
  ['Malta|Valletta', 'Malta'],
  ['Oman|Muscat', 'Oman'],
  ['Uruguay|Montevideo', 'Uruguay'],
  ['Niger(?!\\s+(?:Delta|River|State))|Niamey', 'Niger'],
  ['Slovak\\s+Republic', 'Slovakia'],
  ['Texas', 'Texas'],
  ['Florida', 'Florida'],
  // Leaders who sign listings themselves, named without their state: "President Daniel Noboa
  // decreed …", "Defense Minister Benny Gantz signed an order declaring …".
  ['Noboa', 'Ecuador'],
  ['Bukele', 'El Salvador'],
  ['Milei', 'Argentina'],
  ['Erdo[gğ]an', 'Turkey'],
  ['Netanyahu|Gantz|Gallant', 'Israel'],
  ['Amit\\s+Shah', 'India'],
];

// "the Indian ban", "the British proscription": a national adjective before a designation noun.
const ADJ_NOUN =
  "(?=\\s+(?:(?:[Gg]overnment|state)(?:'s)?\\s+)?(?:ban|bans|listing|designation|proscription|blacklisting|sanctions)\\b|\\s+(?:[Gg]overnment|state(?!\\s+of)|authorities|[Mm]inistry\\s+of\\s+\\p{Lu}|[Dd]efen[cs]e\\s+(?:[Mm]inistry|[Mm]inister)|[Ii]nterior\\s+(?:[Mm]inistry|[Mm]inister)|[Cc]abinet|[Pp]arliament|(?:[Ss]upreme\\s+|[Hh]igh\\s+|[Rr]egional\\s+|[Dd]istrict\\s+|[Mm]ilitary\\s+)?[Cc]ourt|judiciary|judicial\\s+authorities|(?:[Ff]oreign|[Hh]ome)\\s+[Mm]inist(?:ry|er)|[Pp]rime\\s+[Mm]inister|[Pp]ublic\\s+[Pp]rosecut\\w+|[Ss]tate\\s+[Ss]ecurity)\\b)";
const ADJECTIVES: Array<[string, string]> = [
  ['American', 'United States'],
  ['British', 'United Kingdom'],
  ['Canadian', 'Canada'],
  ['Australian', 'Australia'],
  ['Indian', 'India'],
  ['Pakistani', 'Pakistan'],
  ['Turkish', 'Turkey'],
  ['Russian', 'Russia'],
  ['Israeli', 'Israel'],
  ['Egyptian', 'Egypt'],
  ['Saudi', 'Saudi Arabia'],
  ['Japanese', 'Japan'],
  ['French', 'France'],
  ['German', 'Germany'],
  ['Dutch', 'Netherlands'],
  ['Sri\\s+Lankan', 'Sri Lanka'],
  ['Malaysian', 'Malaysia'],
  ['Argentine', 'Argentina'],
  ['Argentinian', 'Argentina'],
  ['Emirati', 'United Arab Emirates'],
  ['Qatari', 'Qatar'],
  ['Bahraini', 'Bahrain'],
  ['Kuwaiti', 'Kuwait'],
  ['Philippine', 'Philippines'],
  ['Kazakh', 'Kazakhstan'],
  ['Hungarian', 'Hungary'],
  ['Spanish', 'Spain'],
  ['Italian', 'Italy'],
  ['Austrian', 'Austria'],
  ['Jordanian', 'Jordan'],
  ['Brazilian', 'Brazil'],
  ['Mexican', 'Mexico'],
  ['Kenyan', 'Kenya'],
  ['Nigerian', 'Nigeria'],
  ['Ethiopian', 'Ethiopia'],
  ['Somali', 'Somalia'],
  ['Iraqi', 'Iraq'],
  ['Syrian', 'Syria'],
  ['Kyrgyz', 'Kyrgyzstan'],
  ['Tajik', 'Tajikistan'],
  ['Uzbek', 'Uzbekistan'],
  ['Bangladeshi', 'Bangladesh'],
  ['Colombian', 'Colombia'],
  ['Paraguayan', 'Paraguay'],
  ['Ecuadorian', 'Ecuador'],
  ['Ukrainian', 'Ukraine'],
  ['Chinese', 'China'],
  ['Iranian', 'Iran'],
  ['Afghan', 'Afghanistan'],
  ['Lebanese', 'Lebanon'],
  ['Yemeni', 'Yemen'],
  ['Burmese', 'Myanmar'],
  ['Myanmar', 'Myanmar'],
  ['Thai', 'Thailand'],
  ['Venezuelan', 'Venezuela'],
  ['Salvadoran', 'El Salvador'],
  ['Peruvian', 'Peru'],
  ['Chilean', 'Chile'],
  ['Honduran', 'Honduras'],
  ['Indonesian', 'Indonesia'],
  ['Moroccan', 'Morocco'],
  ['Algerian', 'Algeria'],
  ['Tunisian', 'Tunisia'],
  ['Sudanese', 'Sudan'],
  ['Ugandan', 'Uganda'],
  ['Rwandan', 'Rwanda'],
  ['Malian', 'Mali'],
  ['Burkinabe', 'Burkina Faso'],
  ['Chadian', 'Chad'],
  ['Cameroonian', 'Cameroon'],
  ['Mozambican', 'Mozambique'],
  ['Congolese', 'DR Congo'],
  ['Swedish', 'Sweden'],
  ['Danish', 'Denmark'],
  ['Norwegian', 'Norway'],
  ['Polish', 'Poland'],
  ['Czech', 'Czech Republic'],
  ['Belgian', 'Belgium'],
  ['Swiss', 'Switzerland'],
  ['Greek', 'Greece'],
  ['Serbian', 'Serbia'],
  ['Belarusian', 'Belarus'],
  ['Azerbaijani', 'Azerbaijan'],
  ['Moldovan', 'Moldova'],
  ['Kosovar', 'Kosovo'],
  ['Albanian', 'Albania'],
  ['Libyan', 'Libya'],
  ['Omani', 'Oman'],
  ['Cuban', 'Cuba'],
  ['Nigerien', 'Niger'],
  ['Lithuanian', 'Lithuania'],
  ['Latvian', 'Latvia'],
  ['Estonian', 'Estonia'],
  ['Romanian', 'Romania'],
  ['Bulgarian', 'Bulgaria'],
  ['Portuguese', 'Portugal'],
  ['Irish', 'Ireland'],
  ['Finnish', 'Finland'],
  ['New\\s+Zealand', 'New Zealand'],
  ['South\\s+Korean', 'South Korea'],
  ['Taiwanese', 'Taiwan'],
  ['Vietnamese', 'Vietnam'],
];
// All adjectives share one group and one ADJ_NOUN lookahead: a copy of the lookahead per
// adjective made the pattern large enough to cost the whole extractor a fifth of its time.
const ADJECTIVE_STATE = new Map(ADJECTIVES.map(([adj, name]) => [adj.replace(/\\s\+/g, ' '), name]));
const ADJECTIVE_GROUP = `(?:${ADJECTIVES.map(([adj]) => adj).join('|')})${ADJ_NOUN}`;

// "the Somalia-based group", "Iran-backed militias": a state in such a compound places or backs
// the group; it designates nothing ("US-designated" does).
// "Kabul province leader X": a capital before a part of its land is a place.
const NOT_A_PLACE_COMPOUND =
  '(?!-(?:based|backed|led|linked|allied|affiliated|sponsored|supported|funded|aligned|born|controlled|run|held|occupied|ruled|origin|born)(?![\\p{L}]))(?!\\s+(?:province|district|governorate)\\b)';

// One capture group per authority (the table's patterns capture nothing themselves). The
// ASCII tests first: most positions fail on them before any Unicode-property class is read
// (the same matches, in 60% of the time), then the exact lookaround.
const AUTHORITY_RE = new RegExp(
  `(?<![a-zA-Z\\d])(?=[A-Z@\\dt]|[^\\x00-\\x7f])(?=[\\p{Lu}@\\dt])(?<![\\p{L}\\d])(?:the\\s+|The\\s+)?(?:${TABLE.map(([src]) => `(${src})`).join('|')}|(${ADJECTIVE_GROUP}))(?![\\p{L}\\d])${NOT_A_PLACE_COMPOUND}`,
  'gu',
);

export interface AuthorityMention {
  start: number;
  end: number;
  name: string;
  text: string;
}

/** The longest authority mention the table can match, with room to spare. */
const LONGEST_MENTION = 200;

/** Authority mentions in `text`, or only those starting in [from, to) when given. */
/** Mentions in short whole texts (names, windows), which the rules ask about again and again. */
const shortTextMentions = new Map<string, readonly AuthorityMention[]>();
const SHORT_TEXT = 100;

export function authoritiesIn(text: string, from = 0, to = text.length): readonly AuthorityMention[] {
  const whole = from === 0 && to === text.length;
  if (whole && text.length <= SHORT_TEXT) {
    let mentions = shortTextMentions.get(text);
    if (!mentions) {
      mentions = scanAuthorities(text, 0, text.length);
      if (shortTextMentions.size > 5000) shortTextMentions.clear();
      shortTextMentions.set(text, mentions);
    }
    return mentions;
  }
  return scanAuthorities(text, from, to);
}

/**
 * Whether a name is an authority or one's organ ("the US Treasury", "Pakistan"), not a group
 * that only ends in a place ("Tehrik-i-Taliban Pakistan").
 */
export function opensWithAuthority(name: string): boolean {
  return authoritiesIn(name).some((a) => a.start <= (/^the\s/i.test(name) ? 4 : 0));
}

/** The authorities a text names, each once, in order: "by Turkey, the US and the EU". */
export function authorityNames(text: string): string[] {
  return [...new Set(authoritiesIn(text).map((a) => a.name))];
}

function scanAuthorities(text: string, from: number, to: number): AuthorityMention[] {
  // A window is searched in a slice: on the whole text, the last search would run on to the
  // next mention anywhere after it.
  const slice = from === 0 && to === text.length ? text : text.slice(from, to + LONGEST_MENTION);
  const found: AuthorityMention[] = [];
  AUTHORITY_RE.lastIndex = 0;
  for (let m = AUTHORITY_RE.exec(slice); m && m.index < to - from; m = AUTHORITY_RE.exec(slice)) {
    let i = 1;
    while (i <= TABLE.length && m[i] === undefined) i++;
    const start = from + m.index;
    if (i <= TABLE.length) found.push({ start, end: start + m[0].length, name: TABLE[i - 1][1], text: m[0] });
    else if (m[i] !== undefined) {
      // The adjective is the group's first word(s): "Sri Lankan government" → Sri Lanka.
      const adj = [...ADJECTIVE_STATE.keys()].find((a) => m![i].startsWith(a));
      if (adj) found.push({ start, end: start + m[0].length, name: ADJECTIVE_STATE.get(adj)!, text: m[0] });
    }
  }
  return found;
}

// The authorities that list others and are never listed themselves (states can be: Sudan).
const LISTING_ONLY_RE = new RegExp(
  `^(?:the\\s+|The\\s+)?(?:${TABLE.slice(0, 4)
    .map(([src]) => src)
    .join('|')})$`,
  'u',
);

export function isListingAuthority(s: string): boolean {
  return LISTING_ONLY_RE.test(s.trim());
}

/** Whether a name is a state and nothing more ("Mexico", "the United States"). */
/** "Qataris", "Jordanians": the people of a state, in the plural (never a group's name; "Houthis" is). */
export function isNationalityPlural(text: string): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(text) && ADJECTIVE_STATE.has(text.slice(0, -1));
}

export function isStateOnly(text: string): boolean {
  const a = authoritiesIn(text);
  return a.length === 1 && a[0].start <= 4 && a[0].end === text.length;
}

const REGION_RE =
  /^(?:the\s+)?(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+)?(?:Europe|Africa|Asia|America|Middle\s+East|Near\s+East|Far\s+East|Gulf|Sahel|Levant|Caucasus|Balkans|Maghreb|Horn\s+of\s+Africa|Latin\s+America|Arabian\s+Peninsula)$|^(?:the\s+)?(?:North|South)[-\s](?:East|West|Central)$/;

/** Whether a name is a region ("North Africa", "the Sahel"): where groups are, never one. */
export function isRegion(text: string): boolean {
  return REGION_RE.test(text);
}

/**
 * The state a local report means when it calls a group "banned" or "proscribed" and names no
 * authority: police and wire copy from South Asia, Nigeria, Turkey or Northern Ireland says
 * "the banned X" of a group its own government outlawed ("two terrorists of the proscribed
 * outfit LeT were killed in Kulgam"). Only groups whose domestic ban is that state's are here;
 * groups banned by many states alike (Hamas, Islamic State) are left to the passage's context.
 */

/** Group names (at the start of the entity) and the states whose ban local copy means. */
const HOME_STATES: Array<[RegExp, string[]]> = [
  // Banned on both sides of the Line of Control: the report's locale tells which is meant.
  [
    /^(?:Lashkar-e-T[ao][iy]+[iy]?ba|Lashkar-e-Tayyiba|LeT|Jaish-e-Moh?amm[ae]d|JeM|Harkat-ul-Mujahideen|HuM)(?![\p{L}-])/u,
    ['India', 'Pakistan'],
  ],
  [
    /^(?:Hizb-?ul-?Mujahideen|The\s+Resistance\s+Front|TRF|People'?s\s+Anti-Fascist\s+Front|PAFF|Kashmir\s+Tigers|United\s+Liberation\s+Front\s+of\s+As(?:o|sa)m|ULFA|NSCN|National\s+Socialist\s+Council\s+of\s+Nagaland|NDFB|National\s+Democratic\s+Front\s+of\s+Bodoland|Kamtapur\s+Liberation\s+Organi[sz]ation|SIMI|Students'?\s+Islamic\s+Movement\s+of\s+India|Popular\s+Front\s+of\s+India|PFI|Indian\s+Mujahideen|CPI\s*\(Maoist\)|Communist\s+Party\s+of\s+India\s*\(Maoist\)|Babbar\s+Khalsa|Khalistan\s+(?:Zindabad|Commando|Liberation|Tiger)\s+Force|KZF|KCF|KLF|KTF|Sikhs\s+for\s+Justice|SFJ|Al-Badr|Dukhtaran-e-Millat|Jammu\s+(?:and|&)\s+Kashmir\s+Liberation\s+Front|JKLF)(?![\p{L}-])/u,
    ['India'],
  ],
  [
    /^(?:Teh?r[ei]+k-[ei]-Taliban(?:\s+Pakistan)?|Tehreek-i-Taliban|TTP|Jamaat-ul-Ahrar|Lashkar-e-Jhangvi|LeJ|Sipah-e-Sahaba|SSP|Ahl-?e-Sunnat\s+Wal\s+Jamaat|ASWJ|Bal[ou]ch(?:istan)?\s+Liberation\s+(?:Army|Front)|BLA|BLF|Baloch\s+Republican\s+Army|BRA|BRAS|Majeed\s+Brigade|Lashkar-e-Islam|Tehr?ee?k-e-Labbaik(?:\s+Pakistan)?|TLP|Pashtun\s+Tahaff?uz\s+Movement|PTM)(?![\p{L}-])/u,
    ['Pakistan'],
  ],
  [
    /^(?:(?:Neo-)?Jama'?a?t-?ul-?\s?Mujahideen\s+Bangladesh|(?:Neo-)?JMB|Ansarullah\s+Bangla\s+Team|ABT|Harkat-ul-Jihad(?:-al)?-Islami\s+Bangladesh|HuJI-B)(?![\p{L}-])/u,
    ['Bangladesh'],
  ],
  [/^(?:Indigenous\s+People\s+of\s+Biafra|IPOB)(?![\p{L}-])/u, ['Nigeria']],
  [
    /^(?:Kurdistan\s+Workers'?\s+Party|PKK|FETO|Fethullah(?:ist)?\s+Terror(?:ist)?\s+Organi[sz]ation)(?![\p{L}-])/u,
    ['Turkey'],
  ],
  [
    /^(?:(?:Provisional|Real|New|Continuity)\s+IRA|IRA|Irish\s+Republican\s+Army|Ulster\s+(?:Volunteer\s+Force|Defen[cs]e\s+Association|Freedom\s+Fighters)|UVF|UDA|LVF|INLA|Irish\s+National\s+Liberation\s+Army)(?![\p{L}-])/u,
    ['United Kingdom'],
  ],
  [/^(?:ETA|Euskadi\s+Ta\s+Askatasuna)(?![\p{L}-])/u, ['Spain']],
  // The groups Sri Lanka banned after the 2019 Easter bombings.
  [
    /^(?:National\s+Tho?w?h?eeth?\s+Jama['’]?a?th?|NTJ|Jamm?iyathul\s+Millathu\s+Ibrahim|Jamathei\s+Milathu\s+Ibrahim|Willayath\s+As\s+Seylani)(?![\p{L}-])/u,
    ['Sri Lanka'],
  ],
];

/** Places and forces only one side's copy names: a Kashmir valley district, a Pakistani province. */
const INDIA_CUE_RE =
  /\b(?:J&K|Jammu|Kashmir\s+(?:Zone|valley|police)|Srinagar|Kulgam|Shopian|Pulwama|Anantnag|Baramulla|Kupwara|Poonch|Rajouri|Bandipora|Ganderbal|Budgam|Sopore|Doda|Kishtwar|Kathua|Udhampur|Reasi|Uri|Pahalgam|CRPF|BSF|NIA|UAPA|Indian\s+Army|New\s+Delhi|Assam|Manipur)\b/g;
const PAKISTAN_CUE_RE =
  /\b(?:Khyber|Pakhtunkhwa|Balochistan|Waziristan|Karachi|Lahore|Peshawar|Quetta|Islamabad|Rawalpindi|Faisalabad|Multan|Bahawalpur|Bannu|Lakki\s+Marwat|Dera\s+Ismail\s+Khan|CTD|ISPR|NACTA|Nacta|Frontier\s+Corps|Pakistan\s+Army|Sindh)\b/g;

const BANGLADESH_CUE_RE =
  /\b(?:Dhaka|Chattogram|Chittagong|Sylhet|Gazipur|Rajshahi|Khulna|Rapid\s+Action\s+Battalion|RAB)\b/g;

const count = (re: RegExp, t: string): number => t.match(re)?.length ?? 0;

/** How often a report names each state's places: counted once per passage, read by both rules below. */
export interface PlaceCounts {
  India: number;
  Pakistan: number;
  Bangladesh: number;
}

export function placeCounts(passage: string): PlaceCounts {
  return {
    India: count(INDIA_CUE_RE, passage),
    Pakistan: count(PAKISTAN_CUE_RE, passage),
    Bangladesh: count(BANGLADESH_CUE_RE, passage),
  };
}

/**
 * The state whose places a report names, when only one state's are named (at least twice):
 * "Lahore", "Faisalabad", "Karachi" tell a Pakistani report whose "interior ministry" needs no
 * country name.
 */
export function localeOf(places: PlaceCounts): string | undefined {
  const named = Object.entries(places).filter(([, n]) => n > 0);
  return named.length === 1 && named[0][1] >= 2 ? named[0][0] : undefined;
}

/**
 * The state whose ban "the banned/proscribed X" means, or undefined when the group is not one
 * of those above, or is banned on both sides and the passage's places do not say which side
 * reports it. The state need not be named: the report's places tell whose police is writing.
 */
export function homeStateOf(entity: string, places: PlaceCounts): string[] | undefined {
  const name = entity.replace(/^the\s+/i, '');
  const row = HOME_STATES.find(([re]) => re.test(name));
  if (!row) return undefined;
  if (row[1].length === 1) return row[1];
  if (places.India > places.Pakistan) return ['India'];
  if (places.Pakistan > places.India) return ['Pakistan'];
  return undefined;
}

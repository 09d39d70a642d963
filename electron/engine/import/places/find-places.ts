import { normalizeText } from '../../text/normalize';
import { isEdgeWord } from './edge-words';
import { CONTAINING_WORDS, FUNCTION_CHARS, HISTORY_PHRASES, MEASURE_CHARS, NAMED_PLACE_AFTER, NUMBER_BEFORE, ROAD_AFTER, SMALLER_PLACE_AFTER, SUFFIX_CHARS, SURNAMES } from './place-words';
import { isAncestor, type Place, type PlaceIndex, type PlaceName } from './places-data';
import { inCompanyNames, projectSites } from './mention-roles';
import { zoneAfter } from './zones';

/** One place name found in a text. */
export interface PlaceMention {
  /** UTF-16 offsets in the text as given (traditional characters included). */
  start: number;
  end: number;
  /** The text as written there (寧波). */
  text: string;
  /** The name it was read as (宁波). */
  name: string;
  /** The places the name may refer to: one, unless same-named places are left undecided. */
  places: readonly Place[];
  /** Where someone comes from (来自安徽阜阳的钢筋工, 老家在四川): not what the text is about. */
  origin: boolean;
  /**
   * A short name that begins a company's name (津南建工, 青海西宁城投建设有限公司): where the company is
   * registered, which says less about where the story is than a place named in full.
   */
  inCompanyName: boolean;
  /** The most specific place of where a project is (项目位于苏州市吴江区黎里镇 → 吴江区): says where the case is. */
  projectSite: boolean;
}

/** Where someone comes from, or where a company has its seat (总部位于温州市鹿城区): not where the story is. */
const ORIGIN_WORDS = '(?:来自|老家(?:在|是)?|籍贯(?:是|为)?|家乡(?:在|是)?|原籍|出生于|出生在|家住|总部位于|注册地(?:位于|在))';
const ORIGIN_BEFORE = new RegExp(`${ORIGIN_WORDS}$`);
/** 工友多来自陕南和甘肃: the later places of a list of where people come from are origins too. */
const ORIGIN_LIST_BEFORE = new RegExp(`${ORIGIN_WORDS}[^，。；：！？\\s的在到]{1,8}?[和、及与]$`, 'u');

export interface FindPlacesOptions {
  /**
   * Places the same document names elsewhere (its issuer, its title): they let a district's short
   * name count (鹿城 in the body of a 温州市 bureau's notice) and decide between same-named places.
   */
  alsoMentioned?: Iterable<Place>;
  /**
   * Local names the same document writes elsewhere in a way that shows them local (独山港 of 独山港镇, 平湖市独山港):
   * a name means one thing in one document, so 独山港 alone in its headline is no 独山县 either (localPlaceNames).
   */
  localNames?: ReadonlySet<string>;
}

const CONTAINING_LONGEST = Math.max(...[...CONTAINING_WORDS].map((word) => word.length));

/** The text in simplified characters, same length, with history phrases blanked out. */
function prepare(text: string): string {
  return normalizeText(text).replace(HISTORY_PHRASES, (phrase) => '\u3000'.repeat(phrase.length));
}

/** Whether a place name that counts anywhere, or a road named after a place (联合|江宁路), starts at `at`. */
function startsName(index: PlaceIndex, text: string, at: number): boolean {
  for (let length = 2; length <= index.longestName && at + length <= text.length; length++) {
    const entries = index.byName.get(text.slice(at, at + length));
    if (entries?.some(({ name }) => name.rule === 'anywhere') || (entries && ROAD_AFTER.test(text.slice(at + length, at + length + 3)))) return true;
  }
  return false;
}

/**
 * Two words' halves (城西|安置, 隆重|庆祝, 美丽|水乡, 形成|都市圈): the characters before the name
 * and its first character form a word (or a number and a measure word: 30天|全面), and its last
 * character and what follows form a word (or the rest of the name after its first character does,
 * or another place name starts there). A name right after another place name (丽水云和) keeps its
 * left edge.
 */
function isSplitByWords(index: PlaceIndex, text: string, start: number, end: number, afterPlace: boolean): boolean {
  const first = text[start] ?? '';
  const left =
    !afterPlace &&
    ((start > 0 && isEdgeWord(text.slice(start - 1, start + 1))) ||
      CONTAINING_WORDS.has(text.slice(Math.max(0, start - 2), start + 1)) ||
      // 城门镇|安置房 is not 镇安: the character ends the place name before it.
      (SUFFIX_CHARS.has(first) && HAN.test(text[start - 1] ?? '')) ||
      FUNCTION_CHARS.has(first) ||
      (MEASURE_CHARS.has(first) && NUMBER_BEFORE.test(text.slice(Math.max(0, start - 1), start))));
  if (!left) return false;
  return (
    isEdgeWord(text.slice(end - 1, end + 1)) ||
    isEdgeWord(text.slice(start + 1, start + 3)) ||
    FUNCTION_CHARS.has(text[end - 1] ?? '') ||
    startsName(index, text, end - 1)
  );
}

const HAN = /\p{Script=Han}/u;

/** Nothing Chinese before `at`, or a function word (由城西区住建局, 在城西区): a name there starts a phrase. */
function startsPhrase(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  return !HAN.test(before) || FUNCTION_CHARS.has(before) || before === '由';
}

/** 审核：刘建平 — a surname and a two-character given name standing alone. */
function isGivenName(text: string, start: number, end: number): boolean {
  return end - start === 2 && SURNAMES.has(text[start - 1] ?? '') && !HAN.test(text[start - 2] ?? '') && !HAN.test(text[end] ?? '');
}

/**
 * A name read where it is not a mention. For a short name: a road (中山西路, 杭州路), part of a
 * longer word (大理石, 杭州湾, 长治久安), a person's given name (刘建平), or two words' halves. A
 * full name of three characters or fewer only in the last case (形成都市圈 is not 成都市); longer
 * full names always count.
 */
function isFalseFriend(index: PlaceIndex, text: string, start: number, end: number, short: boolean, afterPlace: boolean): boolean {
  if (!short) return end - start <= 3 && isSplitByWords(index, text, start, end, afterPlace);
  if (ROAD_AFTER.test(text.slice(end, end + 3)) || SMALLER_PLACE_AFTER.test(text.slice(end, end + 3)) || NAMED_PLACE_AFTER.test(text.slice(end, end + 3)) || isGivenName(text, start, end)) return true;
  for (let length = end - start + 1; length <= CONTAINING_LONGEST; length++) {
    for (let from = Math.max(0, end - length); from <= start && from + length <= text.length; from++) {
      if (CONTAINING_WORDS.has(text.slice(from, from + length))) return true;
    }
  }
  return isSplitByWords(index, text, start, end, afterPlace);
}

interface Found {
  start: number;
  end: number;
  name: string;
  places: Place[];
  /** Read as a short name (津南, not 津南区). */
  short: boolean;
}

/** Whether the name counts here, given the places already found. */
function counts(entry: { place: Place; name: PlaceName }, previous: Found | null, text: string, start: number, context: ReadonlySet<Place>): boolean {
  const { place, name } = entry;
  // A county's short name glued to another county named in full (平湖市独山港: 独山县 is in 贵州) begins a local name of
  // that county, a town's or a port's. (Two cities or provinces written without a comma, 杭州宁波, are both places.)
  if (name.short && place.level === 'county' && previous !== null && previous.end === start && !previous.short && previous.places.every((before) => before.level === 'county' && before.parent !== place.parent)) return false;
  if (name.rule === 'anywhere') return true;
  if (name.rule === 'with-parent') return context.has(place) || (place.parent !== null && context.has(place.parent));
  // A short name that is an everyday word (江山) counts alone once the document names that very place in full elsewhere
  // (江山市 in its first lines or its site's name).
  if (name.rule === 'after-parent' && name.short && place.level === 'county' && context.has(place)) return true;
  // A full name that is an everyday word (城北区, 城区) counts alone once the document names that very place in full
  // elsewhere (西宁市城北区 in its issuer or its site's name).
  if (!name.short && context.has(place)) return true;
  // 城西区海湖新区项目 in a document that names 西宁 elsewhere: a full name of three characters or more, starting a
  // phrase (not 县城西区, 主城西区), is that city's district. Two-character ones (城区, 郊区) stay words.
  if (!name.short && name.text.length >= 3 && place.parent !== null && context.has(place.parent) && startsPhrase(text, start)) return true;
  return previous !== null && previous.end === start && previous.places.some((before) => isAncestor(before, place));
}

const lengthsCache = new WeakMap<PlaceIndex, Map<number, number[]>>();

/** Two UTF-16 units as one number: a text's positions are looked up without making strings. */
const pairKey = (text: string, at: number): number => text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);

/** For the first two characters of every name, the lengths of the names they start, longest first: most positions of a text start none. */
function nameLengths(index: PlaceIndex): Map<number, number[]> {
  let lengths = lengthsCache.get(index);
  if (!lengths) {
    lengths = new Map();
    for (const name of index.byName.keys()) {
      const key = pairKey(name, 0);
      const list = lengths.get(key) ?? [];
      if (!list.includes(name.length)) list.push(name.length);
      lengths.set(key, list);
    }
    for (const list of lengths.values()) list.sort((a, b) => b - a);
    lengthsCache.set(index, lengths);
  }
  return lengths;
}

/** A name of the index standing at a position of the text, whether or not it counts there. */
interface NameAt {
  at: number;
  length: number;
  name: string;
  entries: readonly { place: Place; name: PlaceName }[];
  /** isFalseFriend's answers here, by (short, after a place): the same in every reading round. */
  masks?: Map<number, boolean>;
}

/** Every name of the index at every position, longest first at each: looked up once per text, read in every round. */
function namesInText(index: PlaceIndex, text: string): NameAt[] {
  const lengthsByPrefix = nameLengths(index);
  const out: NameAt[] = [];
  for (let at = 0; at + 1 < text.length; at++) {
    const lengths = lengthsByPrefix.get(pairKey(text, at));
    if (!lengths) continue;
    for (const length of lengths) {
      if (at + length > text.length) continue;
      const name = text.slice(at, at + length);
      const entries = index.byName.get(name);
      if (entries) out.push({ at, length, name, entries });
    }
  }
  return out;
}

/** One left-to-right reading, taking the longest name that counts at each position. */
function scan(index: PlaceIndex, text: string, names: readonly NameAt[], context: ReadonlySet<Place>, localNames?: ReadonlySet<string>): Found[] {
  const found: Found[] = [];
  let previous: Found | null = null;
  let next = 0;
  let hitAt = -1;
  for (const nameAt of names) {
    const { at, length, name, entries } = nameAt;
    if (at < next || at === hitAt) continue;
    const afterPlace = previous !== null && previous.end === at;
    const masks = (nameAt.masks ??= new Map());
    const isMasked = (short: boolean): boolean => {
      const key = (short ? 1 : 0) + (afterPlace ? 2 : 0);
      let value = masks.get(key);
      if (value === undefined) masks.set(key, (value = isFalseFriend(index, text, at, at + length, short, afterPlace)));
      return value;
    };
    const local = localNames !== undefined && localNames.size > 0 && localNames.has(text.slice(at, at + length + 1));
    const counted = entries.filter((entry) => counts(entry, previous, text, at, context) && !isMasked(entry.name.short) && !(local && entry.name.short));
    const places = counted.map((entry) => entry.place);
    if (places.length === 0) continue;
    const [only] = places;
    // 合肥高新区, 青岛西海岸新区: the zone the city's name begins, not the city.
    const zone = only && places.every((place) => place === only) ? zoneAfter(index, text, at + length, only) : null;
    const hit: Found = zone
      ? { start: at, end: zone.end, name: zone.place.name, places: [zone.place], short: false }
      : { start: at, end: at + length, name, places: [...new Set(places)], short: counted.every((entry) => entry.name.short) };
    found.push(hit);
    previous = hit;
    next = hit.end;
    hitAt = at;
  }
  return found;
}

/** The places a text names for sure: those read one way only, with their province and city. */
function named(found: readonly Found[], extra: Iterable<Place>): Set<Place> {
  const places = new Set<Place>();
  const add = (place: Place): void => {
    for (let up: Place | null = place; up; up = up.parent) places.add(up);
  };
  for (const place of extra) add(place);
  for (const { places: candidates } of found) {
    const [only] = candidates;
    if (only && candidates.length === 1) add(only);
  }
  return places;
}

/**
 * 普陀区 is in 舟山 and in 上海: keep the readings whose city or province the text also names,
 * the nearest first (鼓楼区 beside 玄武区 is 南京's, though 徐州 is in 江苏 too). A name that is a
 * place and one of its own divisions (吉林省, 吉林市) is the larger one. Nothing named: all stay.
 */
export function narrowPlaces(candidates: readonly Place[], named: ReadonlySet<Place>): Place[] {
  const kept = candidates.filter((place) => !candidates.some((other) => other !== place && isAncestor(other, place)));
  const distance = (place: Place): number => {
    let steps = 1;
    for (let up = place.parent; up; up = up.parent, steps++) if (named.has(up)) return steps;
    return Infinity;
  };
  const nearest = Math.min(...kept.map(distance));
  return nearest === Infinity ? kept : kept.filter((place) => distance(place) === nearest);
}

/**
 * Every place name in `text`, left to right: the longest name at each position (宁波杭州湾新区 is
 * 宁波, not 杭州; 浙江西部 is 浙江, not 江西), traditional characters read as simplified (寧波),
 * false friends left out (城西安置房, 隆重庆祝, 大理石, 中山西路, 延安精神).
 */
const preparedCache = new WeakMap<PlaceIndex, Map<string, { prepared: string; names: NameAt[] }>>();

/** The text prepared and its names looked up, kept for the few texts a document reads more than once. */
function preparedText(index: PlaceIndex, text: string): { prepared: string; names: NameAt[] } {
  let cache = preparedCache.get(index);
  if (!cache) preparedCache.set(index, (cache = new Map()));
  let found = cache.get(text);
  if (!found) {
    const prepared = prepare(text);
    found = { prepared, names: namesInText(index, prepared) };
    if (cache.size >= 16) cache.clear();
    cache.set(text, found);
  }
  return found;
}

export function findPlaces(text: string, index: PlaceIndex, options: FindPlacesOptions = {}): PlaceMention[] {
  const { prepared, names } = preparedText(index, text);
  const extra = [...(options.alsoMentioned ?? [])];
  let context = named([], extra);
  let found = scan(index, prepared, names, context, options.localNames);
  // A district's short name counts once its city is found: read again until nothing new turns up.
  for (let round = 0; round < 3; round++) {
    const next = named(found, extra);
    if ([...next].every((place) => context.has(place))) break;
    context = next;
    found = scan(index, prepared, names, context, options.localNames);
  }
  const support = named(found, extra);
  const inCompany = inCompanyNames(prepared, found);
  const sites = projectSites(prepared, found);
  let originEnd = -1;
  return found.map(({ start, end, name, places }, i) => {
    const before = prepared.slice(Math.max(0, start - 16), start);
    const origin = start === originEnd || ORIGIN_BEFORE.test(before) || ORIGIN_LIST_BEFORE.test(before);
    if (origin) originEnd = end;
    return { start, end, text: text.slice(start, end), name, places: places.length > 1 ? narrowPlaces(places, support) : places, origin, inCompanyName: inCompany[i] ?? false, projectSite: sites[i] ?? false };
  });
}

/**
 * The local names a text shows to be local: a county's short name with the rest of a town's, an estate's or a port's
 * name after it (独山港镇, 大竹园), or glued to another county named in full (平湖市独山港). Each as the short name and
 * the character after it (独山港), for FindPlacesOptions.localNames.
 */
export function localPlaceNames(text: string, index: PlaceIndex): Set<string> {
  const { prepared, names } = preparedText(index, text);
  const local = new Set<string>();
  const countyEnds = new Map<number, Place[]>();
  for (const { at, length, entries } of names) {
    const counties = entries.filter(({ name, place }) => !name.short && place.level === 'county').map(({ place }) => place);
    if (counties.length > 0) countyEnds.set(at + length, counties);
  }
  for (const { at, length, name, entries } of names) {
    const shortCounties = entries.filter((entry) => entry.name.short && entry.place.level === 'county');
    if (shortCounties.length === 0 || at + length >= prepared.length) continue;
    const before = countyEnds.get(at);
    const glued = before !== undefined && shortCounties.every(({ place }) => before.every((county) => county.parent !== place.parent));
    if (glued || NAMED_PLACE_AFTER.test(prepared.slice(at + length, at + length + 3))) local.add(name + prepared.charAt(at + length));
  }
  return local;
}

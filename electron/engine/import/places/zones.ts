import { CONTAINING_WORDS, FUNCTION_CHARS } from './place-words';
import { isAncestor, type Place, type PlaceIndex } from './places-data';
import { shortFormOf } from './short-names';

/**
 * Functional zones written as their city's name and a zone word: 合肥高新区, 西安市高新区,
 * 青岛西海岸新区, 宁波杭州湾新区, 南京江北新区. Most are in no national list (the statistics number
 * only some development zones, which places.json holds by their full names), yet a document about
 * one is filed under it, inside its city.
 */

/** The words that make a city's name a zone's (longest first). */
const ZONE_WORD =
  /^(?:高新技术产业开发区|高新技术产业园区|高新技术开发区|经济技术开发区|综合保税区|经济开发区|工业园区|高新区|经开区|开发区|保税区|新区)(?![块域])/;

/** 西海岸新区, 杭州湾新区, 江北新区: a new area's own name between the city and 新区. */
const NAMED_NEW_AREA = /^(\p{Script=Han}{2,3}?)新区(?![块域])/u;

/** 温州建设新区, 合肥打造新区: a verb, not a new area's name. */
const VERB_START = new Set('建推打规开加发成设抓创谋围在到把将对向为以让使');

const zonesCache = new WeakMap<PlaceIndex, Map<string, Place>>();

/** One Place per zone and index, so that every mention of it adds up. */
function zonePlace(index: PlaceIndex, city: Place, name: string): Place {
  let zones = zonesCache.get(index);
  if (!zones) zonesCache.set(index, (zones = new Map()));
  const key = `${city.code}:${name}`;
  let place = zones.get(key);
  if (!place) {
    const cityName = city.level === 'city' ? city.name : null;
    // As the zones of places.json: province, city, then the zone's own name (安徽省合肥市合肥高新区), so it counts under its city.
    place = { code: city.code, name, level: 'county', parent: city, province: city.province, city: cityName, county: name, fullName: `${city.province}${cityName ?? ''}${name}`, names: [], zone: true };
    zones.set(key, place);
  }
  return place;
}

/** Whether a place name that stands on its own (滨海新区 of 天津, 萧山) starts at `at`: then what follows the city is that place, not a zone. */
function placeNameAt(index: PlaceIndex, text: string, at: number, city: Place): boolean {
  let covered = 0;
  for (const word of CONTAINING_WORDS) if (word.length > covered && text.startsWith(word, at)) covered = word.length;
  for (let length = 2; length <= index.longestName && at + length <= text.length; length++) {
    const entries = index.byName.get(text.slice(at, at + length));
    if (!entries || length <= covered) continue;
    if (entries.some(({ place, name }) => name.rule === 'anywhere' || isAncestor(city, place))) return true;
  }
  return false;
}

/**
 * The zone named right after a city's name ending at `end` (合肥|高新区, 青岛|西海岸新区), as a
 * place inside that city, with the length of its zone word; null when none is. Only a city or a
 * municipality has zones read this way.
 */
export function zoneAfter(index: PlaceIndex, text: string, end: number, city: Place): { end: number; place: Place } | null {
  const isMunicipality = city.level === 'province' && city.name.endsWith('市');
  if (city.zone || (city.level !== 'city' && !isMunicipality)) return null;
  const after = text.slice(end, end + 12);
  const short = shortFormOf(city.name, city.level) ?? city.name;
  const word = ZONE_WORD.exec(after);
  if (word) return { end: end + word[0].length, place: zonePlace(index, city, short + word[0]) };
  const named = NAMED_NEW_AREA.exec(after);
  const own = named?.[1];
  if (!named || !own || VERB_START.has(own[0] ?? '') || [...own].some((char) => FUNCTION_CHARS.has(char)) || placeNameAt(index, text, end, city)) return null;
  return { end: end + named[0].length, place: zonePlace(index, city, short + named[0]) };
}

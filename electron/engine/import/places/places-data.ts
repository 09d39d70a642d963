import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { WORD_LIKE_FULL_NAMES, WORD_LIKE_SHORT_NAMES } from './place-words';
import { isDistrict, shortFormOf, type PlaceLevel } from './short-names';

export type { PlaceLevel } from './short-names';

/** The format of resources/places.json that this code reads (build-places-data.mjs writes it). */
export const PLACES_FORMAT = 1;

const code = z.string().regex(/^\d{6}$/);
const placesFileSchema = z.object({
  format: z.literal(PLACES_FORMAT),
  source: z.object({ package: z.string().min(1), version: z.string().min(1), data: z.string() }),
  columns: z.tuple([z.literal('code'), z.literal('name'), z.literal('level'), z.literal('parent')]),
  places: z.array(z.tuple([code, z.string().min(2), z.enum(['province', 'city', 'county']), code.nullable()])).min(1),
  /** Development zones and other functional areas the statistics number like counties: [code, name, parent]. */
  zones: z.array(z.tuple([code, z.string().min(2), code])).default([]),
});

/**
 * When a name found in a text counts as a mention of its place:
 * - `anywhere`: 温州市, 温州, 浙江, 义乌, 鹿城区.
 * - `with-parent`: a district's short name (鹿城) counts only when the same text also names its city
 *   (温州) or the district itself (鹿城区).
 * - `after-parent`: a name that is an everyday word (天台, 路桥, 城区) or that a larger place also
 *   goes by (吉林 is the province; 吉林市 is 吉林省吉林) counts only right after its city or
 *   province: 台州天台, 阳泉市城区.
 */
export type NameRule = 'anywhere' | 'with-parent' | 'after-parent';

export interface PlaceName {
  text: string;
  /** A short form (温州) rather than the full name (温州市). */
  short: boolean;
  rule: NameRule;
}

export interface Place {
  /** GB/T 2260 code: 330302. */
  code: string;
  /** 鹿城区. */
  name: string;
  level: PlaceLevel;
  parent: Place | null;
  /** 浙江省; a municipality is its own province (北京市). */
  province: string;
  /**
   * 温州市; null for a province, for the districts of a municipality (北京市朝阳区) and for the
   * county-level units a province governs directly (湖北省仙桃市).
   */
  city: string | null;
  county: string | null;
  /** 浙江省温州市鹿城区. */
  fullName: string;
  /** The full name first, then the customary short form if it has one. */
  names: readonly PlaceName[];
  /** A functional area (苏州工业园区, 某某经济技术开发区), county-level but no division: read by its full name only. */
  zone?: boolean;
}

export interface PlaceIndex {
  /** Where the data came from: the npm package, its version and the statistics edition. */
  source: { package: string; version: string; data: string };
  places: readonly Place[];
  byCode: ReadonlyMap<string, Place>;
  /** Every name to the places it may refer to (鼓楼区 → four districts). */
  byName: ReadonlyMap<string, readonly { place: Place; name: PlaceName }[]>;
  /** The longest name, in UTF-16 units. */
  longestName: number;
}

const RANK: Record<PlaceLevel, number> = { province: 0, city: 1, county: 2 };

/** Whether `ancestor` is `place`'s province or city. */
export function isAncestor(ancestor: Place, place: Place): boolean {
  for (let up = place.parent; up; up = up.parent) if (up === ancestor) return true;
  return false;
}

function fail(message: string): never {
  throw new Error(`resources/places.json: ${message}`);
}

function buildPlaces(rows: z.infer<typeof placesFileSchema>['places'], zones: z.infer<typeof placesFileSchema>['zones']): Place[] {
  const byCode = new Map<string, Place>();
  const places: Place[] = [];
  // Parents come first in code order (330000 < 330300 < 330302), which the file guarantees.
  for (const [placeCode, name, level, parentCode] of rows) {
    if (byCode.has(placeCode)) fail(`code ${placeCode} appears twice`);
    const parent = parentCode === null ? null : (byCode.get(parentCode) ?? fail(`${placeCode} ${name}: parent ${parentCode} is missing or listed after it`));
    if ((level === 'province') !== (parent === null)) fail(`${placeCode} ${name}: a province and only a province has no parent`);
    if (parent && RANK[parent.level] >= RANK[level]) fail(`${placeCode} ${name}: its parent ${parent.name} is not a larger division`);
    const province = parent ? (parent.level === 'province' ? parent.name : parent.province) : name;
    const city = level === 'city' ? name : parent?.level === 'city' ? parent.name : null;
    const county = level === 'county' ? name : null;
    const fullName = level === 'province' ? name : `${province}${level === 'county' ? (city ?? '') : ''}${name}`;
    const place: Place = { code: placeCode, name, level, parent, province, city, county, fullName, names: [] };
    byCode.set(placeCode, place);
    places.push(place);
  }
  for (const [zoneCode, name, parentCode] of zones) {
    if (byCode.has(zoneCode)) fail(`zone ${zoneCode} ${name}: code appears twice`);
    const parent = byCode.get(parentCode) ?? fail(`zone ${zoneCode} ${name}: parent ${parentCode} is missing`);
    const province = parent.level === 'province' ? parent.name : parent.province;
    const city = parent.level === 'city' ? parent.name : null;
    const place: Place = { code: zoneCode, name, level: 'county', parent, province, city, county: name, fullName: `${province}${city ?? ''}${name}`, names: [], zone: true };
    byCode.set(zoneCode, place);
    places.push(place);
  }
  return places;
}

/** The names of each place, with the rule that says when each one counts. */
function nameRules(places: readonly Place[]): Map<Place, PlaceName[]> {
  const shorts = new Map<Place, string>();
  // The highest level at which each text is a full or short name: 吉林 is first the province.
  const highest = new Map<string, number>();
  const note = (text: string, level: PlaceLevel): void => {
    highest.set(text, Math.min(highest.get(text) ?? 9, RANK[level]));
  };
  for (const place of places) {
    note(place.name, place.level);
    if (place.zone) continue;
    const short = shortFormOf(place.name, place.level);
    // 荆州区 of 荆州市: the short name is the city's.
    if (short && ![...ancestorsOf(place)].some((up) => up.name === short || shortFormOf(up.name, up.level) === short)) {
      shorts.set(place, short);
      note(short, place.level);
    }
  }
  const result = new Map<Place, PlaceName[]>();
  for (const place of places) {
    const fullIsWord = place.level !== 'province' && ([...place.name].length <= 2 || WORD_LIKE_FULL_NAMES.has(place.name));
    const names: PlaceName[] = [{ text: place.name, short: false, rule: fullIsWord ? 'after-parent' : 'anywhere' }];
    const short = shorts.get(place);
    if (short) {
      let rule: NameRule;
      if (place.level === 'province') rule = 'anywhere';
      else if (WORD_LIKE_SHORT_NAMES.has(short) || (highest.get(short) ?? 9) < RANK[place.level]) rule = 'after-parent';
      else rule = isDistrict(place.name, place.level) ? 'with-parent' : 'anywhere';
      names.push({ text: short, short: true, rule });
    }
    result.set(place, names);
  }
  return result;
}

function* ancestorsOf(place: Place): Generator<Place> {
  for (let up = place.parent; up; up = up.parent) yield up;
}

/** Validates the contents of resources/places.json and indexes every name. */
export function buildPlaceIndex(raw: unknown): PlaceIndex {
  const parsed = placesFileSchema.safeParse(raw);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  const places = buildPlaces(parsed.data.places, parsed.data.zones);
  const rules = nameRules(places);
  const byName = new Map<string, { place: Place; name: PlaceName }[]>();
  let longestName = 0;
  for (const place of places) {
    const names = rules.get(place) ?? [];
    place.names = names;
    for (const name of names) {
      const entries = byName.get(name.text) ?? [];
      entries.push({ place, name });
      byName.set(name.text, entries);
      longestName = Math.max(longestName, name.text.length);
    }
  }
  return { source: parsed.data.source, places, byCode: new Map(places.map((place) => [place.code, place])), byName, longestName };
}

const cache = new Map<string, PlaceIndex>();

/** resources/places.json, read and indexed once per resources folder. */
export function loadPlaceIndex(resourcesFolder: string): PlaceIndex {
  const file = path.join(resourcesFolder, 'places.json');
  let index = cache.get(file);
  if (!index) {
    index = buildPlaceIndex(JSON.parse(fs.readFileSync(file, 'utf8')));
    cache.set(file, index);
  }
  return index;
}

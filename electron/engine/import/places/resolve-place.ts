import { findPlaces, localPlaceNames, narrowPlaces, type PlaceMention } from './find-places';
import { isAncestor, type Place, type PlaceIndex } from './places-data';

/** The mentions found in one part of a document, and how much that part says about its place. */
export interface PlaceCue {
  weight: number;
  mentions: readonly PlaceMention[];
}

/**
 * Suggested weights: who issued the document and which project it is about say the most; a place
 * named once somewhere in the body says the least.
 */
export const CUE_WEIGHTS = { issuer: 8, project: 6, dateline: 5, title: 4, head: 2, body: 1 } as const;

/**
 * The place a document is filed under. `city` is null for a province, for a municipality's
 * districts (北京市朝阳区) and for a county its province governs directly (湖北省仙桃市).
 */
export interface ResolvedPlace {
  /** 鹿城区. */
  name: string;
  /** 浙江省温州市鹿城区. */
  fullName: string;
  province: string;
  city: string | null;
  county: string | null;
  /** GB/T 2260 code. */
  code: string;
}

/** A cue counts the same place at most this many times: a list of twenty projects in 杭州 is not twenty cues. */
const MAX_REPEATS = 3;

/**
 * A short name inside a company's name (津南建工 in a 西青区 story) counts this much of a mention: where the company
 * is registered is not where the story is, yet it still places a document that names nowhere else.
 */
const COMPANY_NAME_SHARE = 0.5;

/** Where a case says its project is (项目位于苏州市吴江区) counts, wherever it is written, as much as a title naming it. */
const PROJECT_SITE_WEIGHT = CUE_WEIGHTS.title;

export function toResolvedPlace(place: Place): ResolvedPlace {
  return { name: place.name, fullName: place.fullName, province: place.province, city: place.city, county: place.county, code: place.code };
}

/** The nearest place that contains every candidate (鼓楼区 of 南京 and of 徐州 → 江苏省), or null. */
function commonPlace(places: readonly Place[]): Place | null {
  const [first, ...rest] = places;
  for (let up: Place | null = first ?? null; up; up = up.parent) {
    const here = up;
    if (rest.every((place) => place === here || isAncestor(here, place))) return here;
  }
  return null;
}

/** Each mention as one place: same-named candidates decided by the places the other cues name. */
function mentionedPlaces(cues: readonly PlaceCue[]): { weight: number; places: { place: Place; share: number }[] }[] {
  const sure = new Set<Place>();
  for (const cue of cues) {
    for (const { places } of cue.mentions) {
      const [only] = places;
      if (only && places.length === 1) for (let up: Place | null = only; up; up = up.parent) sure.add(up);
    }
  }
  return cues.map((cue) => ({
    weight: cue.weight,
    places: cue.mentions.flatMap(({ places, origin, inCompanyName, projectSite }) => {
      if (origin) return [];
      const place = commonPlace(places.length > 1 ? narrowPlaces(places, sure) : places);
      const share = inCompanyName ? COMPANY_NAME_SHARE : projectSite ? Math.max(1, PROJECT_SITE_WEIGHT / cue.weight) : 1;
      return place ? [{ place, share }] : [];
    }),
  }));
}

interface Tally {
  /** Weight of the mentions of the place itself. */
  direct: number;
  /** The part of `direct` from the strongest cues (the issuer, the project). */
  strong: number;
  /** Weight of the mentions of the place and of everything in it. */
  total: number;
}

/** Cues this heavy (the issuer, the project) name the place a document belongs to, not one it passes through. */
const STRONG_WEIGHT = 6;

function tally(cues: readonly PlaceCue[]): Map<Place | null, Tally> {
  const tallies = new Map<Place | null, Tally>();
  const get = (place: Place | null): Tally => {
    let entry = tallies.get(place);
    if (!entry) tallies.set(place, (entry = { direct: 0, strong: 0, total: 0 }));
    return entry;
  };
  for (const { weight, places } of mentionedPlaces(cues)) {
    const repeats = new Map<Place, { mentions: number; count: number }>();
    for (const { place, share } of places) {
      const seen = repeats.get(place) ?? { mentions: 0, count: 0 };
      if (seen.mentions < MAX_REPEATS) repeats.set(place, { mentions: seen.mentions + 1, count: seen.count + share });
    }
    for (const [place, { count }] of repeats) {
      get(place).direct += weight * count;
      if (weight >= STRONG_WEIGHT) get(place).strong += weight * count;
      for (let up: Place | null = place; up; up = up.parent) get(up).total += weight * count;
      get(null).total += weight * count;
    }
  }
  return tallies;
}

/**
 * The most specific place the cues agree on, with its full chain. Reading down from the whole
 * country, it moves into a division when that division has at least twice the weight of any other
 * at its level (several unrelated cities named equally give their common province; nothing in
 * common gives null) and more than half the weight of the place it is in named directly: 鹿城区
 * beats 温州市 when they are named alike (温州市鹿城区), but a county named once in the body does
 * not beat the city its issuer names.
 */
export function resolvePlace(cues: readonly PlaceCue[]): ResolvedPlace | null {
  const tallies = tally(cues);
  const children = new Map<Place | null, Place[]>();
  for (const place of tallies.keys()) {
    if (!place) continue;
    const siblings = children.get(place.parent) ?? [];
    siblings.push(place);
    children.set(place.parent, siblings);
  }
  const totalOf = (place: Place): number => tallies.get(place)?.total ?? 0;
  let here: Place | null = null;
  for (;;) {
    const ranked: Place[] = (children.get(here) ?? []).sort((a, b) => totalOf(b) - totalOf(a) || a.code.localeCompare(b.code));
    const [best, second] = ranked;
    if (!best) break;
    const dominant = !second || totalOf(best) >= 2 * totalOf(second);
    // A write-up names its city often ("全市", "市住建局") and its district less: a district named
    // twice or more, with no sibling in sight, is where it is — unless a strong cue (the issuer) names
    // the place above it.
    const hereTally = tallies.get(here) ?? { direct: 0, strong: 0, total: 0 };
    const outweighsHere = totalOf(best) > hereTally.direct / 2 || (totalOf(best) >= 2 && hereTally.strong === 0);
    if (!dominant || !outweighsHere) break;
    here = best;
  }
  return here ? toResolvedPlace(here) : null;
}

/**
 * The cues of one document: finds the places in each part, letting every part see the places the
 * other parts name (a district's short name in the body counts when the issuer names its city).
 */
export function findPlaceCues(parts: readonly { weight: number; text: string }[], index: PlaceIndex, frame = ''): PlaceCue[] {
  // A local name the document shows local in one part (独山港镇) is local in every part (独山港 in its headline).
  const localNames = new Set(parts.flatMap(({ text }) => [...localPlaceNames(text, index)]));
  const first = parts.map(({ text }) => findPlaces(text, index, { localNames }));
  // The page's own name (深圳新闻汇) says which 龙华区 its article means, but is no mention of a place itself.
  const framePlaces = frame ? findPlaces(frame, index).flatMap(({ places }) => (places.length === 1 ? places : [])) : [];
  return parts.map(({ weight, text }, i) => {
    const elsewhere = [...framePlaces, ...first.flatMap((mentions, j) => (j === i ? [] : mentions.flatMap(({ places }) => (places.length === 1 ? places : []))))];
    return { weight, mentions: elsewhere.length > 0 ? findPlaces(text, index, { alsoMentioned: elsewhere, localNames }) : (first[i] ?? []) };
  });
}

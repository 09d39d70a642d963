import path from 'node:path';
import { findPlaces, type FindPlacesOptions } from '../../../../electron/engine/import/places/find-places';
import { loadPlaceIndex, type PlaceIndex } from '../../../../electron/engine/import/places/places-data';

export const RESOURCES = path.resolve(import.meta.dirname, '../../../../resources');

export function placeIndex(): PlaceIndex {
  return loadPlaceIndex(RESOURCES);
}

/** What a reader would see: each mention as the full name of its place (or places, joined by |). */
export function placesIn(text: string, options?: FindPlacesOptions): string[] {
  return findPlaces(text, placeIndex(), options).map(({ places }) => places.map((place) => place.fullName).join('|'));
}

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const citySchema = z.object({
  name: z.string(),
  short: z.string(),
  districts: z.array(z.string()).default([]),
  areas: z.array(z.string()).optional(),
});
const gazetteerFileSchema = z.object({
  version: z.number(),
  provinces: z.array(z.object({ name: z.string(), short: z.string(), cities: z.array(citySchema).default([]) })),
});

export type PlaceLevel = 'province' | 'city' | 'district';

/** One named place with the chain of places it belongs to. */
export interface Place {
  level: PlaceLevel;
  name: string;
  province: string;
  city: string | null;
  district: string | null;
  /** Names that refer to it in text; a district's short form ("鹿城") only counts beside its city. */
  names: string[];
  contextNames: string[];
}

export interface Gazetteer {
  places: Place[];
}

/** 鹿城区 → 鹿城, 瑞安市 → 瑞安; names that would be too short or too common stay full. */
function districtShort(name: string): string | null {
  const short = name.replace(/(?:区|县|市|自治县)$/, '');
  return short.length >= 2 && short !== name ? short : null;
}

export function buildGazetteer(raw: unknown): Gazetteer {
  const file = gazetteerFileSchema.parse(raw);
  const places: Place[] = [];
  for (const province of file.provinces) {
    places.push({ level: 'province', name: province.name, province: province.name, city: null, district: null, names: [province.short || province.name], contextNames: [] });
    for (const city of province.cities) {
      const municipality = city.name === province.name;
      if (!municipality) {
        places.push({ level: 'city', name: city.name, province: province.name, city: city.name, district: null, names: [city.short || city.name], contextNames: [] });
      }
      for (const district of city.districts) {
        const short = districtShort(district);
        places.push({
          level: 'district',
          name: district,
          province: province.name,
          city: municipality ? null : city.name,
          district,
          names: [district],
          contextNames: short ? [short] : [],
        });
      }
      // Development zones and new areas stand for their city (宁波杭州湾新区 → 宁波市).
      for (const area of city.areas ?? []) {
        places.push({ level: municipality ? 'province' : 'city', name: area, province: province.name, city: municipality ? null : city.name, district: null, names: [area], contextNames: [] });
      }
    }
  }
  return { places };
}

const cache = new Map<string, Gazetteer>();

/** resources/gazetteer.json, read once per resources folder. */
export function loadGazetteer(resourcesFolder: string): Gazetteer {
  const file = path.join(resourcesFolder, 'gazetteer.json');
  let gazetteer = cache.get(file);
  if (!gazetteer) {
    gazetteer = buildGazetteer(JSON.parse(fs.readFileSync(file, 'utf8')));
    cache.set(file, gazetteer);
  }
  return gazetteer;
}

/** The region as it is stored: 浙江省温州市鹿城区, 北京市朝阳区, 浙江省. */
export function regionName(place: Pick<Place, 'province' | 'city' | 'district'>): string {
  return `${place.province}${place.city ?? ''}${place.district ?? ''}`;
}

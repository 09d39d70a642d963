import { foldTraditional } from '../../text/normalize';
import { regionName, type Gazetteer, type Place } from './gazetteer';

/**
 * Phrases that contain a place name without being about that place: revolutionary sites quoted in
 * Party-building texts, and Hangzhou Bay (杭州湾) which is in Ningbo, not Hangzhou.
 */
const NOT_A_PLACE = /延安精神|遵义会议|南昌起义|井冈山精神|西柏坡精神|古田会议|南湖红船|红船精神|(?<!宁波)杭州湾/g;

/**
 * A short city name whose characters run on into a common word is not that city: 城西安置房 (安置),
 * 确保安全 beside 西 (西安全), 隆重庆祝, 确保定期, 长治久安, 大理石, 大同小异, 盛大庆典, 美丽水乡,
 * 形成都市圈. Only the city's characters are masked; the word around them stays.
 */
const FALSE_FRIENDS =
  /西安(?=[置全装排])|(?<=[隆郑庄])重庆|重庆(?=[祝典贺])|(?<=[确担])保定|保定(?=期)|长治(?=久安)|大理(?=石)|大同(?=小异)|(?<=世界)大同|(?<=盛)大庆|大庆(?=[祝典贺])|(?<=[美秀壮靓])丽水|(?<=[形建完变])成都(?=市)/g;

/** 中山西路, 杭州路, 湖南大道: a place name that names a road is not the place. */
const ROAD_AFTER = /^(?:[东西南北中]?路|大道|大街)/;

interface Mention {
  place: Place;
  count: number;
}

/**
 * Place names in a text, read left to right taking the longest name at each position, so
 * 宁波杭州湾新区 is not also read as 杭州 and 浙江西部 is not read as 江西.
 */
function findMentions(source: string, gazetteer: Gazetteer, contextCities: Set<string> | null): Mention[] {
  const text = foldTraditional(source)
    .replace(NOT_A_PLACE, (m) => '□'.repeat(m.length))
    .replace(FALSE_FRIENDS, (m) => '□'.repeat(m.length));
  const byName = new Map<string, Place[]>();
  const add = (name: string, place: Place): void => {
    byName.set(name, [...(byName.get(name) ?? []), place]);
  };
  for (const place of gazetteer.places) {
    for (const name of place.names) add(name, place);
    if (contextCities && place.city && contextCities.has(place.city)) for (const name of place.contextNames) add(name, place);
  }
  const hits: { start: number; end: number; name: string }[] = [];
  for (const name of byName.keys()) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) hits.push({ start: at, end: at + name.length, name });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const counts = new Map<Place, number>();
  let covered = 0;
  for (const hit of hits) {
    if (hit.start < covered) continue;
    covered = hit.end;
    if (ROAD_AFTER.test(text.slice(hit.end, hit.end + 2))) continue;
    // Same-named places (普陀区 in Zhoushan and in Shanghai) all get the mention; resolveAmbiguous picks one.
    for (const place of byName.get(hit.name) ?? []) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return [...counts].map(([place, count]) => ({ place, count }));
}

/** 普陀区 is in Zhoushan and in Shanghai: keep the reading whose city or province is also mentioned. */
function resolveAmbiguous(mentions: Mention[], context: Mention[]): Mention[] {
  const byName = new Map<string, Mention[]>();
  for (const mention of mentions) byName.set(mention.place.name + mention.place.level, [...(byName.get(mention.place.name + mention.place.level) ?? []), mention]);
  const result: Mention[] = [];
  for (const group of byName.values()) {
    if (group.length === 1) {
      result.push(...group);
      continue;
    }
    const supported = group.filter(({ place }) =>
      context.some((other) => other.place !== place && (place.city ? other.place.city === place.city : other.place.province === place.province)),
    );
    if (supported.length === 1) result.push(...supported);
  }
  return result;
}

/** The key whose total is at least twice the runner-up's, if any. */
function dominant(mentions: Mention[], key: (place: Place) => string | null): string | null {
  const totals = new Map<string, number>();
  for (const { place, count } of mentions) {
    const value = key(place);
    if (value) totals.set(value, (totals.get(value) ?? 0) + count);
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top) return null;
  return !second || top[1] >= second[1] * 2 ? top[0] : null;
}

interface Resolved {
  province: string;
  city: string | null;
  district: string | null;
}

function resolve(mentions: Mention[]): Resolved | null {
  const province = dominant(mentions, (place) => place.province);
  if (!province) return null;
  const inProvince = mentions.filter(({ place }) => place.province === province);
  const hasCities = inProvince.some(({ place }) => place.city !== null);
  const city = hasCities ? dominant(inProvince, (place) => place.city) : null;
  if (hasCities && !city) return { province, city: null, district: null };
  const inCity = inProvince.filter(({ place }) => place.city === city);
  const district = dominant(inCity, (place) => place.district);
  return { province, city, district };
}

export interface RegionSources {
  title: string;
  issuer: string | null;
  /** The first paragraphs, the source and the organisation. */
  head: string;
  /**
   * A policy's issuer fixes its scope: a provincial department's notice stays provincial. For other
   * kinds a province in the title (often in a company name, 浙江某某集团) is refined by the text.
   */
  scopeFromIssuer: boolean;
}

/**
 * 地区 from the gazetteer. Places in the title or issuer decide first (a provincial department's
 * notice is about the province even if its text lists cities); the opening paragraphs refine a city
 * to one of its districts, or decide alone when the title and issuer name no place.
 */
export function extractRegion(sources: RegionSources, gazetteer: Gazetteer): string | null {
  const strongText = `${sources.title}\n${sources.issuer ?? ''}`;
  const all = findMentions(`${strongText}\n${sources.head}`, gazetteer, null);
  const contextCities = new Set(all.map(({ place }) => place.city).filter((city): city is string => city !== null));
  const strong = resolveAmbiguous(findMentions(strongText, gazetteer, contextCities), all);
  const head = resolveAmbiguous(findMentions(sources.head, gazetteer, contextCities), all);

  const fromStrong = strong.length > 0 ? resolve(strong) : null;
  if (fromStrong) {
    if (fromStrong.city && !fromStrong.district) {
      const district = dominant(
        head.filter(({ place }) => place.city === fromStrong.city),
        (place) => place.district,
      );
      return regionName({ ...fromStrong, district });
    }
    if (!fromStrong.city && !sources.scopeFromIssuer) {
      const fromHead = resolve(head.filter(({ place }) => place.province === fromStrong.province));
      if (fromHead) return regionName(fromHead);
    }
    return regionName(fromStrong);
  }
  const fromHead = resolve(head);
  return fromHead ? regionName(fromHead) : null;
}

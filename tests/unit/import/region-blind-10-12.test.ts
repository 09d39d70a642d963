import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../electron/engine/import/places/find-places';
import { CUE_WEIGHTS, findPlaceCues, resolvePlace } from '../../../electron/engine/import/places/resolve-place';
import { placeIndex, placesIn } from './places/place-index';

// Regions the eval's blind batches 10–12 missed (dev/blind-10, dev/blind-11, dev/blind-12): a district's short name
// inside a company's name (津南建工) tied with the district the story is in, named in full (西青区住建局); a district
// whose full name is an everyday word (城西区) went unread though the document names its city (西宁).
// Sample texts written for these tests.

const regionOf = (parts: { weight: number; text: string }[]): string | null => resolvePlace(findPlaceCues(parts, placeIndex()))?.fullName ?? null;
const region = (text: string): string | null => regionOf([{ weight: CUE_WEIGHTS.head, text }]);
const placeNamed = (text: string) => {
  const [mention] = findPlaces(text, placeIndex());
  if (!mention?.places[0]) throw new Error(`no place in ${text}`);
  return mention.places[0];
};
const companyFlags = (text: string, city?: string): [string, boolean][] =>
  findPlaces(text, placeIndex(), { alsoMentioned: city ? [placeNamed(city)] : [] }).map(({ name, inCompanyName }) => [name, inCompanyName]);

describe('a short name that starts a company’s name', () => {
  it('is marked as such, with the province before it; a full name, a branch and a plain mention are not', () => {
    expect(companyFlags('津南建工某项目', '天津市')).toEqual([['津南', true]]);
    expect(companyFlags('嵊州建工某项目')).toEqual([['嵊州', true]]);
    expect(companyFlags('青海西宁城投建设有限公司党支部')).toEqual([['青海', true], ['西宁', true]]);
    expect(companyFlags('温州文旅集团有限公司')).toEqual([['温州', true]]);
    expect(companyFlags('中建三局杭州分公司')).toEqual([['杭州', false]]);
    expect(companyFlags('西青区住建局印发通知')).toEqual([['西青区', false]]);
    expect(companyFlags('温州深化改革')).toEqual([['温州', false]]);
  });

  it('counts less than a district named in full and by its bureau', () => {
    const parts = [
      { weight: CUE_WEIGHTS.title, text: '津南建工西青某园区项目党支部推行“两单”工作法' },
      { weight: CUE_WEIGHTS.head, text: '西青区住建局今年印发通知，要求每个项目列出任务清单。\n津南建工西青某园区项目临时党支部按通知要求推行“两单”工作法。' },
    ];
    expect(regionOf(parts)).toBe('天津市西青区');
  });

  it('still places a document that names nowhere else', () => {
    expect(region('嵊州建工某项目党支部开展安全生产月活动，组织党员带头排查隐患。')).toBe('浙江省绍兴市嵊州市');
  });
});

describe('a district whose full name is an everyday word (城西区)', () => {
  it('counts when the document names its city elsewhere', () => {
    const parts = [
      { weight: CUE_WEIGHTS.head, text: '城西区某安置房项目党支部推行“五个一”工作法。' },
      { weight: CUE_WEIGHTS.body, text: '今年项目获评西宁市优秀红色工地。' },
    ];
    expect(regionOf(parts)).toBe('青海省西宁市城西区');
    expect(regionOf([{ weight: CUE_WEIGHTS.head, text: '在西宁，由城西区住建局牵头，项目开办夜校。' }])).toBe('青海省西宁市城西区');
  });

  it('stays a word with no city named, inside a longer word, or at two characters', () => {
    expect(placesIn('城西区某项目开办夜校')).toEqual([]);
    expect(placesIn('某县城西区新建学校', { alsoMentioned: [placeNamed('西宁市')] })).toEqual([]);
    expect(placesIn('，城区道路改造', { alsoMentioned: [placeNamed('阳泉市')] })).toEqual([]);
  });
});

describe('where a case says its project is (项目位于…)', () => {
  it('marks the most specific place of the chain', () => {
    const sites = findPlaces('某片区综合开发项目位于苏州市吴江区某镇，获评苏州市示范点。', placeIndex()).map(({ name, projectSite }) => [name, projectSite]);
    expect(sites).toEqual([
      ['苏州市', false],
      ['吴江区', true],
      ['苏州市', false],
    ]);
  });

  it('outweighs the city a company’s name and an award name in the body', () => {
    const parts = [
      { weight: CUE_WEIGHTS.head, text: '申报单位：苏州某某建设工程有限公司某片区项目党支部\n一、基本情况' },
      { weight: CUE_WEIGHTS.body, text: '某片区综合开发项目位于苏州市吴江区某镇，参建单位9家。\n项目获评苏州市建设系统示范点。' },
    ];
    expect(regionOf(parts)).toBe('江苏省苏州市吴江区');
  });

  it('is not any place a company is located in', () => {
    expect(findPlaces('公司总部位于杭州市西湖区', placeIndex()).map(({ projectSite }) => projectSite)).toEqual([false, false]);
  });
});

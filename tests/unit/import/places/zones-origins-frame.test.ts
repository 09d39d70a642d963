import { describe, expect, it } from 'vitest';
import { CUE_WEIGHTS, findPlaceCues, resolvePlace } from '../../../../electron/engine/import/places/resolve-place';
import { placeIndex, placesIn } from './place-index';

// Places a reader of a Chinese page tells apart without thinking: a development zone is where a
// project is, a worker's home province is not, and a site's name says which of two 龙华区 it means.

const region = (parts: { weight: number; text: string }[], frame = ''): string | null => resolvePlace(findPlaceCues(parts, placeIndex(), frame))?.fullName ?? null;

describe('functional zones', () => {
  it('reads 苏州工业园区 as a place in 苏州, not as 苏州 and a word', () => {
    expect(placesIn('苏州工业园区一处商业综合体项目成立联合党支部')).toEqual(['江苏省苏州市苏州工业园区']);
  });

  it('takes a zone named in the head as the region', () => {
    expect(region([{ weight: CUE_WEIGHTS.head, text: '蘇州工業園區一处商业综合体项目的工友活动中心里，工友们正在听课。' }])).toBe('江苏省苏州市苏州工业园区');
  });

  it('gives a zone no short name', () => {
    expect(placeIndex().byName.get('苏州工业园')).toBeUndefined();
  });
});

describe('where someone comes from', () => {
  it('does not let a worker’s home province outweigh the place the text is about', () => {
    const text = '苏州工业园区某项目开设工友夜校。来自安徽阜阳的钢筋工老王说，夜校让他学到了真本事；老家在四川的小李也报了名。';
    expect(region([{ weight: CUE_WEIGHTS.head, text }])).toBe('江苏省苏州市苏州工业园区');
  });

  it('still counts a province named as the place of work', () => {
    expect(region([{ weight: CUE_WEIGHTS.head, text: '安徽阜阳某安置房项目成立临时党支部，支部组织党员突击队。' }])).toBe('安徽省阜阳市');
  });
});

describe('the page’s own name', () => {
  const text = '龙华区在全区在建项目推行“红色夜校”，龙华区住建局相关负责人介绍了做法。来自湖南的钢筋工说夜校很实用。';

  it('leaves a name two cities share undecided without it', () => {
    expect(region([{ weight: CUE_WEIGHTS.head, text }])).toBeNull();
  });

  it('decides between same-named districts by the site’s name', () => {
    expect(region([{ weight: CUE_WEIGHTS.head, text }], '深圳新闻汇')).toBe('广东省深圳市龙华区');
    expect(region([{ weight: CUE_WEIGHTS.head, text }], '海口在线')).toBe('海南省海口市龙华区');
  });

  it('never makes the site’s city the region by itself', () => {
    expect(region([{ weight: CUE_WEIGHTS.head, text: '项目临时党支部组织党员突击队，保障工程质量。' }], '深圳新闻汇')).toBeNull();
  });
});

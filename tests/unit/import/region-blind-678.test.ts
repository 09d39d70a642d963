import { describe, expect, it } from 'vitest';
import { CUE_WEIGHTS, findPlaceCues, resolvePlace } from '../../../electron/engine/import/places/resolve-place';
import { quotaRegionOf } from '../../../electron/engine/selection/ranking';
import { placeIndex, placesIn } from './places/place-index';
import { readCopiedText, readWordLines } from './fixture-helpers';

// Regions the eval's blind batches 6–8 missed (dev/blind-7, dev/blind-8): a zone named with its city
// (合肥高新区, 青岛西海岸新区), a village named like a city (黄山村), a town whose last character runs into
// the next word (城门镇安置房 is not 镇安), and the second place of a list of where workers come from.
// Sample texts written for these tests.

const region = (text: string): string | null => resolvePlace(findPlaceCues([{ weight: CUE_WEIGHTS.head, text }], placeIndex()))?.fullName ?? null;

describe('a zone named with its city', () => {
  it('is a place inside that city, written as the zone is called', () => {
    expect(placesIn('某某高新区以外，合肥高新区某产业园项目成立联合党委')).toEqual(['安徽省合肥市合肥高新区']);
    expect(placesIn('西安市高新区某科学城项目')).toEqual(['陕西省西安市西安高新区']);
    expect(placesIn('某公司承建的青岛西海岸新区某文化中心项目')).toEqual(['山东省青岛市青岛西海岸新区']);
    expect(placesIn('南京江北新区某学校项目')).toEqual(['江苏省南京市南京江北新区']);
  });

  it('counts under its city for a round’s quotas and for region:合肥市', () => {
    const zone = region('合肥高新区某产业园项目设立6个党员攻关课题，攻克洁净室施工难题。');
    expect(zone).toBe('安徽省合肥市合肥高新区');
    expect(quotaRegionOf(zone)).toBe('合肥市');
  });

  it('leaves a district that ends in 新区 and a verb before 新区 alone', () => {
    expect(placesIn('天津滨海新区某项目')).toEqual(['天津市', '天津市滨海新区']);
    expect(placesIn('温州建设新区的做法')).toEqual(['浙江省温州市']);
  });

  it('is read from a submission form’s rows', () => {
    const read = readWordLines([
      { text: '某产业园项目“党建+技术攻关”案例', role: 'heading', level: 1 },
      { text: '集成电路产业园项目是合肥高新区重点工程，项目成立联合党委，下设4个党支部。', role: 'text' },
      { text: '项目获评安徽省红色工地示范项目，关键工序一次验收合格率达到100%。', role: 'text' },
    ]);
    expect(read.meta.region).toBe('安徽省合肥市合肥高新区');
  });
});

describe('a village, town or community named like a city', () => {
  it('is that smaller place, not the city', () => {
    expect(placesIn('某县黄山村安置小区项目')).toEqual([]);
    expect(region('嘉鱼县黄山村安置小区项目党支部与黄山村党支部签订共建协议。')).toBe('湖北省咸宁市嘉鱼县');
  });

  it('still lets 乡村 and 镇街 be words after a city', () => {
    expect(placesIn('温州乡村振兴')).toEqual(['浙江省温州市']);
    expect(placesIn('经义乌镇街推荐')).toEqual(['浙江省金华市义乌市']);
  });
});

describe('a town’s last character before a word', () => {
  it('does not start a county’s short name (城门镇安置房 is not 镇安)', () => {
    expect(placesIn('仓山区城门镇安置房项目党支部在生活区建起工友之家')).toEqual(['福建省福州市仓山区']);
  });

  it('leaves a district named only in a copied text’s body its region', () => {
    const read = readCopiedText('我们这样建设“工友之家”\n仓山区城门镇安置房项目党支部在生活区建起“工友之家”，面积360平方米。\n每月最后一个周五是“工友开放日”，项目班子成员与工友面对面座谈。');
    expect(read.meta.region).toBe('福建省福州市仓山区');
  });
});

describe('where workers come from, as a list', () => {
  it('makes every place of the list an origin', () => {
    expect(region('我们项目部地处雁塔区某片区，工友多来自陕南和甘肃。')).toBe('陕西省西安市雁塔区');
    expect(region('某区某项目开设夜校，来自安徽、河南和四川的工友都报了名。')).toBeNull();
  });
});

describe('峡江, the 长江’s gorges', () => {
  it('is a word, not 江西’s 峡江县, unless written after its city or in full', () => {
    const parts = [
      { weight: CUE_WEIGHTS.title, text: '“峡江红盔”工地党建工作法' },
      { weight: CUE_WEIGHTS.head, text: '申报单位：湖北某建设工程有限公司' },
      { weight: CUE_WEIGHTS.body, text: '宜昌市某长江沿岸生态修复项目临时党支部有党员19名。\n项目获评2025年度宜昌市优秀红色工地。' },
    ];
    expect(resolvePlace(findPlaceCues(parts, placeIndex()))?.fullName).toBe('湖北省宜昌市');
    expect(placesIn('吉安峡江某项目')).toEqual(['江西省吉安市', '江西省吉安市峡江县']);
    expect(placesIn('峡江县某项目')).toEqual(['江西省吉安市峡江县']);
  });
});

describe('a road named after a place', () => {
  it('ends the word before it: 联合|江宁路 is not 合江', () => {
    expect(placesIn('项目临时党支部联合江宁路街道党工委设立“红色议事厅”')).toEqual([]);
    expect(region('静安区常德路某城市更新项目临时党支部联合江宁路街道党工委设立“红色议事厅”，该案例被评为上海市典型案例。')).toBe('上海市静安区');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlaceIndex, type Place } from '../../../../electron/engine/import/places/places-data';
import { placeIndex, RESOURCES } from './place-index';

/** 浙江's county-level divisions after the 2021 changes in 杭州 (临平区, 钱塘区; no 下城区, 江干区). */
const ZHEJIANG_2023: Record<string, string[]> = {
  杭州市: ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区', '临安区', '桐庐县', '淳安县', '建德市'],
  宁波市: ['海曙区', '江北区', '北仑区', '镇海区', '鄞州区', '奉化区', '象山县', '宁海县', '余姚市', '慈溪市'],
  温州市: ['鹿城区', '龙湾区', '瓯海区', '洞头区', '永嘉县', '平阳县', '苍南县', '文成县', '泰顺县', '瑞安市', '乐清市', '龙港市'],
  嘉兴市: ['南湖区', '秀洲区', '嘉善县', '海盐县', '海宁市', '平湖市', '桐乡市'],
  湖州市: ['吴兴区', '南浔区', '德清县', '长兴县', '安吉县'],
  绍兴市: ['越城区', '柯桥区', '上虞区', '新昌县', '诸暨市', '嵊州市'],
  金华市: ['婺城区', '金东区', '武义县', '浦江县', '磐安县', '兰溪市', '义乌市', '东阳市', '永康市'],
  衢州市: ['柯城区', '衢江区', '常山县', '开化县', '龙游县', '江山市'],
  舟山市: ['定海区', '普陀区', '岱山县', '嵊泗县'],
  台州市: ['椒江区', '黄岩区', '路桥区', '三门县', '天台县', '仙居县', '温岭市', '临海市', '玉环市'],
  丽水市: ['莲都区', '青田县', '缙云县', '遂昌县', '松阳县', '云和县', '庆元县', '景宁畲族自治县', '龙泉市'],
};

function byFullName(fullName: string): Place {
  const place = placeIndex().places.find((candidate) => candidate.fullName === fullName);
  if (!place) throw new Error(`no place ${fullName}`);
  return place;
}

function shortName(fullName: string): string | null {
  return byFullName(fullName).names.find((name) => name.short)?.text ?? null;
}

describe('places.json: every division of GB/T 2260', () => {
  it('has every 2023-era county-level division of 浙江, and no others', () => {
    const index = placeIndex();
    for (const [city, counties] of Object.entries(ZHEJIANG_2023)) {
      const inCity = index.places.filter((place) => place.level === 'county' && place.city === city).map((place) => place.name);
      expect(inCity.sort(), city).toEqual([...counties].sort());
    }
    const zhejiang = index.places.filter((place) => place.province === '浙江省' && place.level === 'county');
    expect(zhejiang).toHaveLength(90);
  });

  it('counts 31 provinces, 333 prefecture-level cities and about 2,850 county-level units', () => {
    const levels = { province: 0, city: 0, county: 0 };
    for (const place of placeIndex().places) if (!place.zone) levels[place.level] += 1;
    expect(levels.province).toBe(31);
    expect(levels.city).toBe(333);
    expect(levels.county).toBeGreaterThanOrEqual(2800);
    expect(levels.county).toBeLessThanOrEqual(2900);
  });

  it('names the package and version the data came from, and stays compact', () => {
    const file = path.join(RESOURCES, 'places.json');
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: number; source: { package: string; version: string; data: string } };
    expect(raw.format).toBe(1);
    // The generator's header names the version to install when the file is written again.
    const generator = fs.readFileSync(path.join(RESOURCES, '..', 'electron/engine/import/places/build-places-data.mjs'), 'utf8');
    expect(generator).toContain(`${raw.source.package}@${raw.source.version}`);
    expect(raw.source.data).toMatch(/国家统计局 \d{4}年/);
    expect(fs.statSync(file).size).toBeLessThan(400_000);
  });

  it('keeps development zones apart from the divisions, read by their full names only', () => {
    const zones = placeIndex().places.filter((place) => place.zone);
    expect(zones.map((zone) => zone.fullName)).toContain('江苏省苏州市苏州工业园区');
    expect(zones.length).toBeGreaterThan(100);
    for (const zone of zones) expect(zone.names).toEqual([{ text: zone.name, short: false, rule: 'anywhere' }]);
    expect(placeIndex().places.find((place) => place.name === '上城区')?.zone).toBeUndefined();
  });
});

describe('each place with its chain and full name', () => {
  it('gives a district its city and province', () => {
    expect(byFullName('浙江省温州市鹿城区')).toMatchObject({ code: '330302', level: 'county', province: '浙江省', city: '温州市', county: '鹿城区' });
  });

  it('hangs a municipality’s districts directly from the municipality', () => {
    expect(byFullName('北京市朝阳区')).toMatchObject({ province: '北京市', city: null, county: '朝阳区' });
    expect(byFullName('上海市浦东新区').parent?.name).toBe('上海市');
    expect(byFullName('重庆市城口县').parent?.name).toBe('重庆市');
    expect(placeIndex().places.some((place) => ['市辖区', '县'].includes(place.name))).toBe(false);
  });

  it('hangs a county-level city governed by its province directly from the province', () => {
    expect(byFullName('湖北省仙桃市')).toMatchObject({ level: 'county', city: null, county: '仙桃市' });
    expect(byFullName('湖北省神农架林区').parent?.name).toBe('湖北省');
    expect(byFullName('河南省济源市').parent?.name).toBe('河南省');
    expect(placeIndex().places.some((place) => place.name.includes('直辖县级'))).toBe(false);
  });

  it('keeps a city without counties as a city only', () => {
    expect(byFullName('广东省东莞市').level).toBe('city');
    expect(placeIndex().places.filter((place) => place.name === '东莞市')).toHaveLength(1);
  });
});

describe('short forms', () => {
  it.each([
    ['浙江省', '浙江'],
    ['浙江省温州市', '温州'],
    ['浙江省金华市义乌市', '义乌'],
    ['浙江省温州市鹿城区', '鹿城'],
    ['广西壮族自治区', '广西'],
    ['内蒙古自治区', '内蒙古'],
    ['新疆维吾尔自治区', '新疆'],
    ['湖北省恩施土家族苗族自治州', '恩施'],
    ['浙江省丽水市景宁畲族自治县', '景宁'],
    ['云南省大理白族自治州', '大理'],
    ['新疆维吾尔自治区巴音郭楞蒙古自治州', '巴音郭楞'],
    ['湖北省神农架林区', '神农架'],
    ['上海市浦东新区', '浦东'],
  ])('%s → %s', (fullName, short) => {
    expect(shortName(fullName)).toBe(short);
  });

  it('never shortens a name to one character', () => {
    expect(shortName('安徽省马鞍山市和县')).toBeNull();
    expect(shortName('山西省阳泉市城区')).toBeNull();
    const oneCharacter = placeIndex().places.flatMap((place) => place.names).filter((name) => [...name.text].length < 2);
    expect(oneCharacter).toEqual([]);
  });

  it('leaves a district’s short form to its city when they are the same (荆州区 of 荆州市)', () => {
    expect(shortName('湖北省荆州市荆州区')).toBeNull();
    expect(placeIndex().byName.get('荆州')?.map(({ place }) => place.fullName)).toEqual(['湖北省荆州市']);
  });
});

describe('reading places.json', () => {
  const header = { format: 1, source: { package: 'x', version: '1', data: 'test' }, columns: ['code', 'name', 'level', 'parent'] };

  it('rejects a division whose parent is missing', () => {
    expect(() => buildPlaceIndex({ ...header, places: [['330000', '浙江省', 'province', null], ['330302', '鹿城区', 'county', '330300']] })).toThrow(/parent 330300/);
  });

  it('rejects another format version', () => {
    expect(() => buildPlaceIndex({ ...header, format: 2, places: [['330000', '浙江省', 'province', null]] })).toThrow(/places\.json/);
  });
});

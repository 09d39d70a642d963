import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../electron/engine/import/places/find-places';
import { placeIndex, placesIn } from './place-index';

function place(fullName: string) {
  const found = placeIndex().places.find((candidate) => candidate.fullName === fullName);
  if (!found) throw new Error(`no place ${fullName}`);
  return found;
}

describe('findPlaces: longest name, left to right', () => {
  it('reads 宁波杭州湾新区 as the zone of 宁波, not 杭州', () => {
    expect(placesIn('宁波杭州湾新区某安置房项目临时党支部成立')).toEqual(['浙江省宁波市宁波杭州湾新区']);
  });

  it('reads 浙江西部 as 浙江, not 江西', () => {
    expect(placesIn('浙江西部山区的在建项目普遍成立了临时党支部')).toEqual(['浙江省']);
  });

  it('reads a full chain written out as each of its places', () => {
    expect(placesIn('温州市鹿城区双屿单元安置房项目')).toEqual(['浙江省温州市', '浙江省温州市鹿城区']);
  });

  it('gives offsets into the text as written', () => {
    const text = '项目位于温州市鹿城区';
    const [city, district] = findPlaces(text, placeIndex());
    expect(city).toMatchObject({ start: 4, end: 7, text: '温州市' });
    expect(district).toMatchObject({ start: 7, end: 10, text: '鹿城区', name: '鹿城区' });
  });
});

describe('findPlaces: short forms', () => {
  it.each([
    ['义乌某城中村改造项目推行“一党员一项目”', '浙江省金华市义乌市'],
    ['来自广西的钢筋工', '广西壮族自治区'],
    ['恩施州某水库工程', '湖北省恩施土家族苗族自治州'],
    ['内蒙古某风电项目', '内蒙古自治区'],
    ['景宁某小学迁建工程', '浙江省丽水市景宁畲族自治县'],
  ])('%s → %s', (text, expected) => {
    expect(placesIn(text)).toEqual([expected]);
  });

  it('counts a district’s short form only when its city is named in the same text', () => {
    expect(placesIn('鹿城安置房工地上的党员先锋岗')).toEqual([]);
    expect(placesIn('温州鹿城安置房工地上的党员先锋岗')).toEqual(['浙江省温州市', '浙江省温州市鹿城区']);
    expect(placesIn('鹿城安置房工地上的党员先锋岗。温州市住建局供稿')).toEqual(['浙江省温州市鹿城区', '浙江省温州市']);
    expect(placesIn('鹿城安置房工地', { alsoMentioned: [place('浙江省温州市')] })).toEqual(['浙江省温州市鹿城区']);
  });

  it('counts a short form that is an everyday word only right after its city or province', () => {
    expect(placesIn('工人在天台上晾晒衣物')).toEqual([]);
    expect(placesIn('台州天台某医院项目')).toEqual(['浙江省台州市', '浙江省台州市天台县']);
    expect(placesIn('天台县某医院项目')).toEqual(['浙江省台州市天台县']);
    expect(placesIn('路桥工程临时党支部')).toEqual([]);
    expect(placesIn('台州路桥某市政道路项目')).toEqual(['浙江省台州市', '浙江省台州市路桥区']);
    expect(placesIn('各位来宾，欢迎参加开工仪式')).toEqual([]);
    expect(placesIn('会同有关部门开展联合检查')).toEqual([]);
    expect(placesIn('标题用方正小标宋简体')).toEqual([]);
    expect(placesIn('阳泉市城区某项目')).toEqual(['山西省阳泉市', '山西省阳泉市城区']);
    expect(placesIn('老城区改造')).toEqual([]);
  });

  it('reads a name shared by a province and a smaller place as the province', () => {
    expect(placesIn('吉林某项目')).toEqual(['吉林省']);
    expect(placesIn('吉林市某项目')).toEqual(['吉林省吉林市']);
    expect(placesIn('海南某项目')).toEqual(['海南省']);
    expect(placesIn('青海海南某项目')).toEqual(['青海省', '青海省海南藏族自治州']);
  });
});

describe('findPlaces: false friends', () => {
  it.each([
    '城西安置房项目顺利结顶',
    '运河南岸绿道工程开工',
    '隆重庆祝中国共产党成立102周年',
    '确保定期开展安全隐患排查',
    '大厅地面采用大理石铺装',
    '长治久安',
    '各地做法大同小异',
    '举行盛大庆典',
    '建设美丽水乡',
    '形成都市圈协同发展格局',
    '江山如画，工地如歌',
    '为幸福建设者送清凉',
    '国庆元旦期间加强值守',
    '平安吉祥',
    '提前30天全面结顶',
    '数字党建水平持续提升',
    '搭建平台给岗位',
    '审核：刘建平',
    '白云和蓝天下的工地',
    '城东安置房项目成立临时党支部',
  ])('finds no place in %s', (text) => {
    expect(placesIn(text)).toEqual([]);
  });

  it.each([
    ['项目位于西安', '陕西省西安市'],
    ['来自河南的木工班组', '河南省'],
    ['重庆某学校项目', '重庆市'],
    ['保定某安置房项目', '河北省保定市'],
    ['大理某文旅项目', '云南省大理白族自治州'],
    ['长治某医院项目', '山西省长治市'],
    ['大同某棚改项目', '山西省大同市'],
    ['大庆某油田配套工程', '黑龙江省大庆市'],
    ['丽水乡村振兴项目', '浙江省丽水市'],
    ['成都某地铁项目', '四川省成都市'],
    ['江山市某河道整治工程', '浙江省衢州市江山市'],
    ['衢州江山某河道整治工程', '浙江省衢州市江山市'],
    ['来自河南开封的瓦工', '河南省'],
  ])('still finds the place itself: %s', (text, expected) => {
    expect(placesIn(text)).toContain(expected);
  });

  it('reads a name that runs into a common word on both sides as the words (城西|安置), but not on one side only', () => {
    expect(placesIn('宁波及舟山两地')).toEqual(['浙江省宁波市', '浙江省舟山市']);
    expect(placesIn('杭州长期坚持党建引领')).toEqual(['浙江省杭州市']);
    expect(placesIn('在河南开展结对共建')).toEqual(['河南省']);
  });

  it('does not read road names as places', () => {
    for (const road of ['中山西路', '杭州路', '湖南大道', '北京东路', '延安路']) expect(placesIn(`项目位于${road}与建设路交叉口`), road).toEqual([]);
    expect(placesIn('杭州市中山北路某项目')).toEqual(['浙江省杭州市']);
  });

  it('does not read the Party’s history phrases as places', () => {
    for (const phrase of ['延安精神', '井冈山精神', '南湖红船', '红船精神', '西柏坡', '遵义会议', '南昌起义']) {
      expect(placesIn(`支部书记带领党员学习${phrase}`), phrase).toEqual([]);
    }
    expect(placesIn('嘉兴南湖红船起航地')).toEqual(['浙江省嘉兴市']);
    expect(placesIn('延安市某安置房项目')).toEqual(['陕西省延安市']);
  });
});

describe('findPlaces: traditional characters', () => {
  it('reads traditional text as simplified, with offsets into the original', () => {
    const mentions = findPlaces('寧波杭州灣新區黨工委', placeIndex());
    expect(mentions.map(({ text, name, start, end }) => ({ text, name, start, end }))).toEqual([{ text: '寧波杭州灣新區', name: '宁波杭州湾新区', start: 0, end: 7 }]);
    expect(placesIn('浙江省溫州市鹿城區住建局')).toEqual(['浙江省', '浙江省温州市', '浙江省温州市鹿城区']);
    expect(placesIn('來自廣西的鋼筋工')).toEqual(['广西壮族自治区']);
  });
});

describe('findPlaces: same-named places', () => {
  it('leaves 普陀区 undecided alone, and decides it by a city or province named beside it', () => {
    expect(placesIn('普陀区某中学迁建工程')).toEqual(['上海市普陀区|浙江省舟山市普陀区']);
    expect(placesIn('舟山市普陀区某中学迁建工程')).toEqual(['浙江省舟山市', '浙江省舟山市普陀区']);
    expect(placesIn('上海普陀区某保障房项目')).toEqual(['上海市', '上海市普陀区']);
    expect(placesIn('普陀区某中学迁建工程。浙江省住建厅')).toEqual(['浙江省舟山市普陀区', '浙江省']);
    expect(placesIn('普陀区某中学', { alsoMentioned: [place('浙江省舟山市')] })).toEqual(['浙江省舟山市普陀区']);
  });

  it('decides 鼓楼区 by the city named in the text', () => {
    expect(placesIn('鼓楼区某项目')[0]?.split('|')).toHaveLength(4);
    expect(placesIn('福州鼓楼区某项目')).toEqual(['福建省福州市', '福建省福州市鼓楼区']);
  });
});

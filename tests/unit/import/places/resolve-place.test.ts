import { describe, expect, it } from 'vitest';
import { CUE_WEIGHTS, findPlaceCues, resolvePlace } from '../../../../electron/engine/import/places/resolve-place';
import { placeIndex } from './place-index';

type Part = keyof typeof CUE_WEIGHTS;

/** The place a document made of these parts is filed under (its full name), or null. */
function filedUnder(parts: Partial<Record<Part, string>>): string | null {
  const cues = findPlaceCues(
    Object.entries(parts).map(([part, text]) => ({ weight: CUE_WEIGHTS[part as Part], text })),
    placeIndex(),
  );
  return resolvePlace(cues)?.fullName ?? null;
}

describe('resolvePlace', () => {
  it('returns the place with its full chain and code', () => {
    const cues = findPlaceCues([{ weight: CUE_WEIGHTS.title, text: '温州市鹿城区双屿单元安置房项目党建联盟' }], placeIndex());
    expect(resolvePlace(cues)).toEqual({ name: '鹿城区', fullName: '浙江省温州市鹿城区', province: '浙江省', city: '温州市', county: '鹿城区', code: '330302' });
  });

  it('files a document that names no place under nothing', () => {
    expect(filedUnder({ title: '关于开展红色工地评选工作的通知', body: '各项目部：现将有关事项通知如下。' })).toBeNull();
  });

  it('prefers a county to its city when both are named alike', () => {
    expect(filedUnder({ body: '温州市鹿城区某安置房项目临时党支部组织党员突击队。' })).toBe('浙江省温州市鹿城区');
  });

  it('keeps the city its issuer names when a county is only mentioned in passing in the body', () => {
    expect(
      filedUnder({
        issuer: '温州市住房和城乡建设局',
        title: '关于公布2023年度红色工地十大典型案例的通知',
        body: '各县（市、区）住建局：经评审，确定10个项目为典型案例，其中瓯海区某学校项目成效明显。',
      }),
    ).toBe('浙江省温州市');
  });

  it('moves to the county when the project is there', () => {
    expect(filedUnder({ issuer: '温州市住房和城乡建设局', project: '鹿城区双屿单元安置房项目' })).toBe('浙江省温州市鹿城区');
  });

  it('keeps a provincial department’s notice provincial when its body lists a city', () => {
    expect(filedUnder({ issuer: '浙江省住房和城乡建设厅', body: '杭州市、宁波市已先行开展试点。' })).toBe('浙江省');
  });

  it('gives the common province of several cities named equally, or nothing when there is none', () => {
    expect(filedUnder({ body: '杭州、宁波、温州三地同步推进红色工地建设。' })).toBe('浙江省');
    expect(filedUnder({ body: '杭州、南京两地的项目结对共建。' })).toBeNull();
  });

  it('follows the city named most, and a city named often beats a county named once', () => {
    expect(filedUnder({ body: '杭州某地铁项目与宁波某项目结对，杭州项目部牵头。' })).toBe('浙江省杭州市');
    expect(filedUnder({ body: '温州市推进红色工地。温州各项目部积极响应。温州经验在瓯海区得到推广。' })).toBe('浙江省温州市');
  });

  it('does not let a list of the same city outweigh the issuer', () => {
    const list = Array.from({ length: 20 }, (_, i) => `${i + 1}. 杭州某项目`).join('\n');
    expect(filedUnder({ issuer: '宁波市住房和城乡建设局', body: list })).toBe('浙江省宁波市');
  });

  it('decides same-named counties by the city another part names', () => {
    expect(filedUnder({ issuer: '舟山市住房和城乡建设局', project: '普陀区某中学迁建工程' })).toBe('浙江省舟山市普陀区');
    expect(filedUnder({ issuer: '上海市普陀区建设和管理委员会', project: '普陀区某保障房项目' })).toBe('上海市普陀区');
    expect(filedUnder({ project: '普陀区某中学迁建工程' })).toBeNull();
    expect(filedUnder({ body: '鼓楼区某项目和玄武区某项目结对共建。' })).toBe('江苏省南京市');
  });

  it('lets a district’s short name in the body count when the issuer names its city', () => {
    expect(filedUnder({ issuer: '温州市住房和城乡建设局', project: '鹿城某安置房项目' })).toBe('浙江省温州市鹿城区');
    expect(filedUnder({ project: '鹿城某安置房项目' })).toBeNull();
  });

  it('files a municipality’s district under the municipality, with no city', () => {
    const cues = findPlaceCues(
      [
        { weight: CUE_WEIGHTS.issuer, text: '北京市住房和城乡建设委员会' },
        { weight: CUE_WEIGHTS.project, text: '海淀某保障房项目' },
      ],
      placeIndex(),
    );
    expect(resolvePlace(cues)).toMatchObject({ fullName: '北京市海淀区', province: '北京市', city: null, county: '海淀区' });
  });

  it('reads traditional text', () => {
    expect(filedUnder({ title: '寧波杭州灣新區：工地黨支部建在項目上' })).toBe('浙江省宁波市宁波杭州湾新区');
  });
});

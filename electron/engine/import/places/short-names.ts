/**
 * The customary short form of a division's name: 浙江省 → 浙江, 广西壮族自治区 → 广西, 温州市 → 温州,
 * 恩施土家族苗族自治州 → 恩施, 景宁畲族自治县 → 景宁, 鹿城区 → 鹿城, 神农架林区 → 神农架.
 * A short form is never a single character (和县, 城区 have none).
 */

export type PlaceLevel = 'province' | 'city' | 'county';

/**
 * The 55 minority peoples as they appear in autonomous areas' names (维吾尔, 蒙古 and 哈萨克 are
 * written with or without 族), plus 各族 (龙胜各族自治县).
 */
const PEOPLES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
  '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
  '各',
].sort((a, b) => b.length - a.length);

/** 恩施土家族苗族 → 恩施: strips peoples' names from the end, longest first. */
export function stripPeoples(stem: string): string {
  let rest = stem;
  for (let changed = true; changed; ) {
    changed = false;
    for (const people of PEOPLES) {
      // One-character names only with 族 (白族, 水族): 大理白 is not 大理 + 白.
      const forms = people.length === 1 ? [`${people}族`] : [`${people}族`, people];
      // What is left must still be a name of two characters or more: 内蒙古 is not 内 + 蒙古.
      const form = forms.find((f) => rest.endsWith(f) && [...rest].length - [...f].length >= 2);
      if (form) {
        rest = rest.slice(0, -form.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

const AUTONOMOUS = /(?:自治区|自治州|自治县|自治旗)$/;

/** The stem of a name without its administrative suffix, before the length check. */
function stemOf(name: string, level: PlaceLevel): string {
  if (AUTONOMOUS.test(name)) {
    const stem = stripPeoples(name.slice(0, -3));
    // 鄂伦春自治旗: the name is only the people's name.
    return PEOPLES.some((people) => stem === people || stem === `${people}族`) ? '' : stem;
  }
  if (level === 'province') return name.replace(/(?:省|市|特别行政区)$/, '');
  if (level === 'city') return name.replace(/(?:市|地区|盟)$/, '');
  // 神农架林区, 六枝特区, 浦东新区; then 区, 县, 市. Banners (旗) keep their suffix: 正蓝旗 is never 正蓝.
  // 北林区 and 清新区 are 北林 + 区 and 清新 + 区.
  const special = /^(.+?)(?:林区|特区|新区)$/.exec(name);
  if (special?.[1] && [...special[1]].length >= 2) return special[1];
  return name.replace(/(?:区|县|市)$/, '');
}

/** The short form, or null when the name has none of at least two characters. */
export function shortFormOf(name: string, level: PlaceLevel): string | null {
  const stem = stemOf(name, level);
  return stem !== name && [...stem].length >= 2 ? stem : null;
}

/** A city district (鹿城区, 浦东新区), as opposed to a county, banner or county-level city. */
export function isDistrict(name: string, level: PlaceLevel): boolean {
  return level === 'county' && /区$/.test(name) && !/(?:林区|特区)$/.test(name);
}

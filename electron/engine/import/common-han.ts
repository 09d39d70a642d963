import { normalizeText } from '../text/normalize';

/**
 * About 600 of the most frequent characters of modern Chinese (simplified), plus the vocabulary of
 * the programme's documents. Text read in the right encoding is mostly made of them; the same bytes
 * read in the wrong one (GBK read as Big5 or the reverse) are mostly rare characters.
 */
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严' +
  '党支部书记项目工程施工建设住房城乡管理安全质量监督企业单位职工人员先锋模范引领服务基层组织纪律作风廉洁群众活动培训学习教育宣传推进落实开展创新典型案例做法经验成效示范推广评选荣誉通知意见方案办法规定实施要求工作报告新闻日版记者浙江温州杭州宁波台州绍兴嘉兴湖州金华衢州舟山丽水区县镇街道社区村';

let commonSet: Set<string> | null = null;

function common(): Set<string> {
  commonSet ??= new Set(COMMON);
  return commonSet;
}

const HAN = /\p{Script=Han}/u;

/** Share (0–1) of the Han characters in `text` that are common ones, read through trad→simp folding. */
export function commonHanShare(text: string): number {
  const set = common();
  let han = 0;
  let frequent = 0;
  for (const ch of text.slice(0, 20_000)) {
    if (!HAN.test(ch)) continue;
    han += 1;
    if (set.has(normalizeText(ch))) frequent += 1;
  }
  return han === 0 ? 0 : frequent / han;
}

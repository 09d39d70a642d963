import type { Library } from '../../../electron/engine/core/library';
import { updateDocument } from '../../../electron/engine/documents/documents-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import type { DocumentMeta } from '../../../shared/model/document';

/** Documents written for the 相关资料 tests, in the style of the material staff collect. */
export interface FixtureDoc {
  key: string;
  text: string;
  meta: Partial<DocumentMeta>;
}

const CASE_TEXT = `城东安置房项目推行“六有一好”临时党支部建设

2023年，温州城建集团在城东安置房项目成立临时党支部，联合建设、施工、监理三方开展党建联建。
项目部以“六有一好”为标准：有阵地、有队伍、有制度、有活动、有台账、有成效，争创一个好口碑。
临时党支部开办农民工夜校，每周两次讲授安全规程和法律知识，农民工夜校累计培训一千二百人次。
安置房交付前，党员突击队连续奋战四十天，安置房按期交付，群众满意率达到百分之九十八。
党建联建让三方形成合力，解决施工难题十七项。`;

export const RELATED_FIXTURES: FixtureDoc[] = [
  {
    key: 'case',
    text: CASE_TEXT,
    meta: { kind: 'case', practiceName: '六有一好', project: '城东安置房项目', organization: '温州城建集团', region: '浙江省温州市' },
  },
  {
    key: 'copy',
    // Republished with the site's chrome, an editor's note and its last sentence reworded: near, not the same text.
    text: `当前位置：首页 > 党建动态\n\n${CASE_TEXT.replace('党建联建让三方形成合力，解决施工难题十七项。', '编者按：这一做法值得各地学习借鉴。')}\n\n（来源：温州建设网）`,
    meta: { kind: 'news', source: '温州建设网', title: '城东安置房项目“六有一好”经验（转载）' },
  },
  {
    key: 'samePractice',
    text: `宁波北仑港区项目推行“六有一好”支部工作法

宁波港建公司在北仑港区码头项目推行支部工作法，围绕阵地、队伍、制度建设开展工作。
码头项目支部每月召开一次主题党日，组织党员参加质量攻关，攻克高桩码头施工难题。`,
    meta: { kind: 'practice', practiceName: '六有一好', project: '北仑港区码头项目', organization: '宁波港建公司' },
  },
  {
    key: 'mentions',
    text: `全市红色工地现场推进会召开

会议在鹿城区召开，与会人员观摩了多个项目。会上介绍了“六有一好”等支部建设经验。
市住建局要求各项目对照标准补齐短板，推动红色工地建设扩面提质。`,
    meta: { kind: 'news', source: '温州日报' },
  },
  {
    key: 'sameProject',
    text: `城东安置房项目开展安全生产月活动

六月，项目部组织应急演练和隐患排查，对塔吊、脚手架逐一检查，整改隐患二十三处。
演练邀请周边社区居民观摩，普及高处坠落防护常识。`,
    meta: { kind: 'news', project: '城东安置房项目', organization: '瓯江监理公司' },
  },
  {
    key: 'sameOrganization',
    text: `温州城建集团召开年度党建工作会议

集团党委总结全年工作，部署下一年度任务，表彰先进基层党组织和优秀共产党员。
会议强调要把支部建在项目上，把党旗插在工地上。`,
    meta: { kind: 'news', organization: '温州城建集团' },
  },
  {
    key: 'keywords',
    text: `杭州钱塘新区工地开设农民工夜校

钱塘新区多个工地联合开设农民工夜校，课程包括安全规程、法律知识和技能提升。
农民工夜校由项目党支部负责组织，参训工人可获得结业证书。安置房片区工地也参加了培训。`,
    meta: { kind: 'news', region: '浙江省杭州市' },
  },
  {
    key: 'unrelated1',
    text: `清廉工地建设实施方案

为推进清廉工地建设，制定本方案。各单位要建立廉政风险清单，开展廉政教育，设立廉政监督员。
对招投标、材料采购、工程款支付等重点环节加强监督。`,
    meta: { kind: 'policy', issuer: '某市住房和城乡建设局' },
  },
  {
    key: 'unrelated2',
    text: `流动党员管理办法

建筑工人流动性强，流动党员管理难度大。各企业应建立流动党员信息库，落实组织关系转接，
定期开展线上学习，确保流动党员离乡不离党。`,
    meta: { kind: 'policy', issuer: '某区委组织部' },
  },
  {
    key: 'unrelated3',
    text: `智慧工地平台上线运行

平台接入视频监控、扬尘监测、人员实名制等模块，实现施工现场数据实时汇聚。
管理人员可在手机上查看预警信息，及时处置问题。`,
    meta: { kind: 'news' },
  },
];

/** Imports the fixtures and sets their metadata; returns key → document id. */
export async function loadRelatedFixtures(library: Library, docs: readonly FixtureDoc[] = RELATED_FIXTURES): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const doc of docs) {
    const result = await importBytes(library, `${doc.key}.txt`, Buffer.from(doc.text, 'utf8'));
    if (!result.id) throw new Error(`fixture ${doc.key} was not imported: ${JSON.stringify(result)}`);
    const title = doc.text.split('\n')[0] ?? doc.key;
    updateDocument(library, result.id, { title, ...doc.meta });
    ids.set(doc.key, result.id);
  }
  return ids;
}

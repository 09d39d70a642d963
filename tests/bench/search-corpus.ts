import STCharacters from 'opencc-js/dict/STCharacters';
import type { DocumentKind } from '../../shared/model/document';

/**
 * A deterministic synthetic corpus in the style of 红色工地 material (domain.md): invented
 * sentences built from the programme's vocabulary, never real articles. Used by the search
 * benchmark and by the search tests' exact-substring checks.
 */

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Zipf-like pick: early entries are much more common, as in real text. */
function pickSkewed<T>(random: Random, list: readonly T[]): T {
  return pick(random, list.slice(0, Math.max(1, Math.ceil(list.length * random() * random()))));
}

export const CITIES = ['温州', '宁波', '杭州', '绍兴', '嘉兴', '湖州', '金华', '台州', '丽水', '衢州', '舟山'];
const DISTRICTS = ['鹿城区', '瓯海区', '龙湾区', '鄞州区', '海曙区', '北仑区', '西湖区', '拱墅区', '越城区', '南湖区', '吴兴区', '婺城区', '椒江区', '莲都区', '柯城区', '定海区', '乐清市', '瑞安市', '余姚市', '慈溪市', '杭州湾新区'];
const COMPANIES = ['城建集团', '建工集团', '交通投资集团', '安居房开发公司', '市政工程公司', '水务集团', '轨道交通公司', '城投置业', '建设监理公司', '路桥建设公司', '电力工程公司', '园林绿化公司'];
const PROJECTS = ['安置房', '人才公寓', '地铁站', '快速路', '综合管廊', '学校新建工程', '医院迁建工程', '未来社区', '旧城改造', '污水处理厂', '体育中心', '跨江大桥', '保障性租赁住房', '产业园区'];
export const PRACTICES = ['一党员一项目', '136党建链', '赤色能量站', '红领筑建', '党建联盟', '结对共建', '六有一好', '一强一优五提升', '红色工匠', '党员先锋岗', '党建+安全', '清廉工地', '红心向党', '五大工程'];
const THEMES = ['党建联建', '清廉工地', '工人权益', '流动党员管理', '安全生产', '质量提升', '文明施工', '欠薪治理', '技能培训', '疫情防控', '志愿服务', '数字党建'];
const ISSUERS = ['温州市住房和城乡建设局', '宁波市住房和城乡建设局', '浙江省住房和城乡建设厅', '杭州市城乡建设委员会', '中共温州市住房和城乡建设局委员会', '鹿城区住房和城乡建设局'];
const ISSUER_CODES = ['温住建', '甬建发', '浙建', '杭建', '温住建党', '鹿住建'];
const OUTLETS = ['温州日报', '宁波日报', '浙江日报', '新华网', '中国建设报', '今日鹿城'];
export const TAGS = ['主题/党建联建', '主题/清廉工地', '主题/工人权益', '主题/流动党员管理', '一强一优五提升/组织力提升', '一强一优五提升/权益保障提升', '地区/温州', '地区/宁波', '年度/2023年度十大典型案例'];

const SUBJECTS = ['项目临时党支部', '各参建单位', '党员突击队', '项目部', '监理单位', '总承包单位', '街道社区', '建设单位党委', '农民工党员', '青年突击队', '工会组织', '党建指导员'];
const ACTIONS = ['坚持把支部建在项目上', '把党旗插在工地上', '深入开展党建联建', '建立联席会议制度', '推行党员责任区', '设立党员先锋岗', '开展结对共建活动', '落实安全生产责任', '组织技能比武', '开展主题党日活动', '推进清廉工地建设', '建立农民工夜校', '完善工资支付保障机制', '开展质量安全隐患排查', '组织党员亮身份', '推动党建与业务深度融合', '建设红色驿站', '开展送清凉活动', '强化流动党员教育管理', '实行工地开放日'];
const RESULTS = ['有效提升了工程质量', '实现了安全生产零事故', '工程进度提前完成', '农民工满意度明显提高', '形成了可复制可推广的经验', '获评市级优秀红色工地', '入选年度十大典型案例', '解决了一批急难愁盼问题', '凝聚了各方合力', '党组织覆盖率达到百分之百'];
const CONNECTIVES = ['同时', '此外', '在此基础上', '通过这一做法', '据了解', '下一步', '截至目前', '与此同时', '一方面', '另一方面'];
const FILLER = ['围绕项目建设中心任务', '按照上级党组织的统一部署', '结合工程实际', '以高质量党建引领高质量发展', '坚持问题导向和目标导向', '着力破解项目管理难题', '注重发挥党员先锋模范作用', '切实增强基层党组织的政治功能和组织力', '进一步压实各方责任', '推动各项工作落地见效'];

/** Everyday modern vocabulary, so that most bigrams are rare (a long tail, as in real text). */
const WORDS = (
  '发展 建设 工作 管理 服务 群众 企业 社会 经济 项目 政策 制度 机制 体系 能力 水平 质量 效率 标准 规范 ' +
  '创新 改革 开放 合作 交流 学习 教育 培训 宣传 文化 活动 组织 领导 干部 党员 支部 委员 书记 同志 职工 ' +
  '工人 师傅 班组 队伍 人才 专家 技术 设备 材料 施工 工程 工地 现场 环境 安全 隐患 事故 防范 检查 督查 ' +
  '考核 评价 表彰 奖励 荣誉 典型 经验 做法 成效 成果 问题 困难 需求 意见 建议 反馈 沟通 协调 联动 共享 ' +
  '资源 平台 阵地 载体 品牌 特色 亮点 示范 引领 带动 推动 促进 保障 支持 帮助 关心 关爱 温暖 幸福 美好 ' +
  '城市 乡村 街道 社区 园区 厂房 道路 桥梁 隧道 管网 住宅 公寓 学校 医院 公园 广场 车站 码头 仓库 食堂 ' +
  '宿舍 夜校 驿站 书屋 讲堂 课堂 会议 座谈 调研 走访 慰问 义诊 理发 维修 清洁 绿化 照明 通风 消防 用电 ' +
  '工资 待遇 权益 合同 保险 医疗 住房 子女 就学 交通 出行 天气 高温 寒潮 台风 雨季 汛期 节日 春节 中秋 ' +
  '国庆 七一 建党 百年 新时代 新征程 现代化 高质量 数字化 智能化 信息化 绿色 低碳 节能 环保 循环 集约 ' +
  '速度 进度 节点 目标 任务 计划 方案 步骤 措施 办法 细则 流程 台账 清单 档案 记录 数据 报表 系统 软件 ' +
  '手机 视频 直播 网络 线上 线下 现场会 观摩 评比 竞赛 比武 考试 证书 岗位 职责 分工 责任 担当 作风 纪律 ' +
  '廉洁 监督 巡查 审计 预算 资金 成本 投资 招标 采购 验收 结算 交付 使用 运营 维护 更新 提升 优化 完善 ' +
  '加强 强化 深化 细化 落实 执行 贯彻 部署 安排 统筹 协同 融合 覆盖 延伸 拓展 丰富 夯实 筑牢 守护 传承'
).split(' ');

function clause(random: Random): string {
  const count = 2 + Math.floor(random() * 4);
  let out = '';
  for (let k = 0; k < count; k++) out += pick(random, WORDS);
  return out;
}

/** The part of the vocabulary one document is about: documents differ, a document repeats itself. */
interface Topic {
  subjects: string[];
  actions: string[];
  results: string[];
  themes: string[];
  fillers: string[];
}

function subset(random: Random, list: readonly string[], size: number): string[] {
  const out = new Set<string>();
  while (out.size < Math.min(size, list.length)) out.add(pickSkewed(random, list));
  return [...out];
}

function topicOf(random: Random): Topic {
  return {
    subjects: subset(random, SUBJECTS, 3),
    actions: subset(random, ACTIONS, 5),
    results: subset(random, RESULTS, 3),
    themes: subset(random, THEMES, 2),
    fillers: subset(random, FILLER, 3),
  };
}

/** Facts with figures, as case write-ups give them ("吸纳了51家企业党组织，覆盖职工3万余人"). */
const FIGURES: readonly ((n: number) => string)[] = [
  (n) => `项目共吸纳了${n}家企业党组织，覆盖职工${1 + (n % 9)}万余人`,
  (n) => `现有党员${n % 300}名，其中流动党员${n % 40}名`,
  (n) => `累计开展主题活动${n % 200}场次`,
  (n) => `投入资金${n}万元用于改善工人生活条件`,
  (n) => `培训农民工${n * 3}人次`,
  (n) => `结对共建单位达到${n % 60}家`,
];

function sentence(random: Random, doc: DocMeta, topic: Topic): string {
  const n = 1 + Math.floor(random() * 900);
  const s = () => pick(random, topic.subjects);
  const a = () => pick(random, topic.actions);
  const r = () => pick(random, topic.results);
  const t = () => pick(random, topic.themes);
  const f = () => pick(random, topic.fillers);
  const templates = [
    () => `${pick(random, CONNECTIVES)}，${doc.organization}${doc.project}${s()}${a()}，${r()}。`,
    () => `${f()}，${s()}${a()}，${a()}。`,
    () => `${pick(random, FIGURES)(n)}。`,
    () => `“${doc.practiceName ?? pick(random, PRACTICES)}”工作法聚焦${t()}，${a()}，${r()}。`,
    () => `${doc.year}年${1 + (n % 12)}月，${doc.city}市${pick(random, DISTRICTS)}召开${t()}推进会，${f()}。`,
    () => `根据${pick(random, ISSUER_CODES)}〔${doc.year}〕${n % 120}号文件要求，${s()}${a()}。`,
    () => `${s()}把${t()}作为重要抓手，${f()}，${r()}。`,
  ];
  if (random() < 0.6) return `${clause(random)}，${clause(random)}，${clause(random)}。`;
  return pick(random, templates)();
}

export interface DocMeta {
  kind: DocumentKind;
  city: string;
  year: number;
  organization: string;
  project: string;
  practiceName: string | null;
}

export interface GeneratedDocument extends DocMeta {
  id: string;
  title: string;
  text: string;
  date: string;
  region: string;
  issuer: string | null;
  docNumber: string | null;
  source: string | null;
  tags: string[];
  deleted: boolean;
}

const KINDS: readonly DocumentKind[] = ['case', 'case', 'practice', 'practice', 'news', 'policy'];
let simplifiedToTraditional: Map<string, string> | null = null;

/** Character-by-character simplified → traditional (opencc's table), enough for a realistic page. */
export function toTraditional(text: string): string {
  if (!simplifiedToTraditional) {
    simplifiedToTraditional = new Map();
    for (const entry of STCharacters.split('|')) {
      const [from, to] = entry.split(' ');
      if (from && to && from.length === to.length) simplifiedToTraditional.set(from, to);
    }
  }
  const map = simplifiedToTraditional;
  return text.replace(/[\u3400-\u9fff]/g, (ch) => map.get(ch) ?? ch);
}

/** Document number `index` of the corpus with this seed: the same every time. */
export function generateDocument(seed: number, index: number, targetLength = 3000): GeneratedDocument {
  const random = prng(seed * 1_000_003 + index);
  const kind = pick(random, KINDS);
  const city = pickSkewed(random, CITIES);
  const year = 2019 + Math.floor(random() * 7);
  const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const meta: DocMeta = {
    kind,
    city,
    year,
    organization: `${city}${pick(random, COMPANIES)}`,
    project: `${pick(random, DISTRICTS)}${pick(random, PROJECTS)}`,
    practiceName: kind === 'practice' || kind === 'case' ? pickSkewed(random, PRACTICES) : null,
  };
  const issuerIndex = Math.floor(random() * ISSUERS.length);
  const title =
    kind === 'policy'
      ? `关于印发${year}年度${pick(random, THEMES)}工作实施方案的通知`
      : kind === 'news'
        ? `${city}：${pick(random, PROJECTS)}工地${pick(random, ACTIONS)}`
        : `${meta.organization}“${meta.practiceName ?? ''}”${pick(random, THEMES)}案例`;
  const topic = topicOf(random);
  let text = '';
  while (text.length < targetLength) text += sentence(random, meta, topic);
  const traditional = random() < 0.05;
  if (traditional) text = toTraditional(text);
  return {
    ...meta,
    id: `doc${seed}-${index}`,
    title: traditional ? toTraditional(title) : title,
    text,
    date,
    region: `浙江省${city}市${pick(random, DISTRICTS)}`,
    issuer: kind === 'policy' ? (ISSUERS[issuerIndex] ?? null) : null,
    docNumber: kind === 'policy' ? `${ISSUER_CODES[issuerIndex] ?? '温住建'}〔${year}〕${1 + Math.floor(random() * 99)}号` : null,
    source: kind === 'news' ? pick(random, OUTLETS) : null,
    tags: TAGS.filter(() => random() < 0.2),
    deleted: random() < 0.02,
  };
}

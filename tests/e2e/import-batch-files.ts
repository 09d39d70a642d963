import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

/**
 * Writes a batch of small, made-up plain-text files in the style of what a district office collects
 * (支部做法, 通知, 新闻报道): each with its own title, date, source and numbers, some in GBK.
 * Nothing here is copied from a real article.
 */

const PLACES = ['鹿城区', '瓯海区', '龙湾区', '洞头区', '乐清市', '瑞安市', '永嘉县', '平阳县', '苍南县', '文成县', '泰顺县', '龙港市'];
const PROJECTS = ['安置房项目', '轨道交通S3线工程', '市民服务中心项目', '滨江大道改造工程', '第一中学迁建项目', '人民医院扩建工程', '城市书房工程', '污水管网改造项目', '体育中心项目'];
const PRACTICES = ['党建联建', '工友夜校', '清廉工地', '安全生产先锋岗', '工资支付专户', '红色驿站', '党员示范岗', '质量安全“双述职”', '工友议事会', '“一线工作法”'];
const PEOPLE = ['李帅', '王静', '陈晓东', '周敏', '林海', '吴建国', '郑丽', '黄文'];
const UNITS = ['住建局', '建设集团', '投资公司', '交通工程建设中心', '城建发展公司'];

const OPENINGS = [
  (n: number) => `项目由建设、施工、监理三方党组织联合组建临时党支部，现有党员${12 + (n % 9)}名，推行“一名党员一个责任区”。`,
  (n: number) => `今年以来，项目临时党支部围绕工期、质量、安全三项重点，召开联席会议${4 + (n % 7)}次，协调解决堵点问题${9 + (n % 11)}项。`,
  (n: number) => `针对工人流动性大、作息不规律的特点，项目把党小组建在班组上，共设立党小组${3 + (n % 4)}个。`,
];
const MIDDLES = [
  (n: number) => `支部与属地社区结对共建，开设“工友课堂”，累计培训工人${300 + n * 7}人次，发放安全手册${150 + n * 3}册。`,
  (n: number) => `项目设立工资支付专户，每月${10 + (n % 15)}日前由总包单位代发工资，实现工人工资“零拖欠”。`,
  (n: number) => `工地食堂旁设立红色驿站，配备药箱、饮水机和图书角，夏季高温期间每日发放防暑用品${80 + n}份。`,
  (n: number) => `党员技术骨干组成攻关小组，优化施工方案${2 + (n % 5)}项，节约工期约${8 + (n % 20)}天。`,
];
const ENDINGS = [
  '下一步，支部将继续深化“党建+工程”模式，把组织优势转化为项目建设的发展优势。',
  '该做法已在全区在建项目中推广，成为红色工地建设的一个样本。',
  '项目负责人表示，将把党建工作贯穿项目建设全过程，确保按期保质完工。',
];

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

export interface BatchFile {
  /** File name as on disk. */
  name: string;
  /** The title line of the text. */
  title: string;
  path: string;
}

/** The text of batch file `n`: a title, a 发布日期/信息来源 line, then several paragraphs. */
export function batchText(n: number): { title: string; text: string } {
  const place = pick(PLACES, n);
  const project = pick(PROJECTS, n * 5 + 1);
  const practice = pick(PRACTICES, n * 3 + 2);
  const month = String((n % 12) + 1).padStart(2, '0');
  const day = String((n % 27) + 1).padStart(2, '0');
  const year = 2022 + (n % 4);
  const form = n % 3;
  const title =
    form === 0
      ? `${place}${project}临时党支部推行“${practice}”的做法（${n + 1}）`
      : form === 1
        ? `关于在${place}${project}开展${practice}工作的通知（第${n + 1}号）`
        : `${place}：${project}以${practice}助推红色工地建设（${n + 1}）`;
  const header = `发布日期：${year}-${month}-${day}  信息来源：${place}${pick(UNITS, n)}  作者：${pick(PEOPLE, n)}`;
  const paragraphs = [
    pick(OPENINGS, n)(n),
    pick(MIDDLES, n)(n),
    pick(MIDDLES, n + 2)(n + 1),
    `据统计，${year}年${Number(month)}月该项目共开展主题党日活动${1 + (n % 4)}次，收集工人意见建议${5 + (n % 13)}条，已办结${4 + (n % 13)}条。`,
    pick(ENDINGS, n),
  ];
  // A longer body makes each file a little slower to read and index, as real notices are.
  const body = Array.from({ length: 4 }, (_, round) => paragraphs.map((line) => (round === 0 ? line : `（${round + 1}）${line}`)).join('\n\n')).join('\n\n');
  return { title, text: `${title}\n\n${header}\n\n${body}\n` };
}

/** Writes `count` files into `folder`, numbered so their name order is their import order; every 7th is GBK. */
export function writeBatch(folder: string, count: number): BatchFile[] {
  fs.mkdirSync(folder, { recursive: true });
  return Array.from({ length: count }, (_, n) => {
    const { title, text } = batchText(n);
    const name = `${String(n + 1).padStart(3, '0')}-${title.replace(/[“”（）：\s]/g, '').slice(0, 24)}.txt`;
    const file = path.join(folder, name);
    fs.writeFileSync(file, n % 7 === 3 ? iconv.encode(text, 'gb18030') : text);
    return { name, title, path: file };
  });
}

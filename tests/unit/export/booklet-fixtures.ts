import { documentItem, finishBook } from '../../../electron/engine/export/export-items';
import type { ExportBook, ExportItem } from '../../../electron/engine/export/export-model';
import { emptyMeta, type DocumentKind, type DocumentMeta, type DocumentRecord } from '../../../shared/model/document';
import { exportOptionsSchema, type ExportTemplate } from '../../../shared/model/export';

/**
 * Booklets for the layout tests, built straight as export models: notices written for the tests in
 * the style of a bureau's 通知 (addressees, numbered points, a 落款 with the 成文日期), short notices,
 * and a collection with a description. Any resemblance to a real notice is the genre's.
 */

export const ISSUER = '某市住房和城乡建设局';
export const SIGNED = '2025年3月18日';

const OPENING =
  '为深入推进“把支部建在项目上，把党旗插在工地上”，进一步发挥项目党组织的战斗堡垒作用和党员的先锋模范作用，经研究，现就做好2025年度建筑工地“红色工地”创建工作通知如下。';

const POINTS = [
  '一、创建范围',
  '全市在建房屋建筑和市政基础设施工程中，合同金额3000万元以上或工期一年以上的项目，均应纳入创建范围；其他项目可结合实际自愿申报。',
  '二、创建标准',
  '（一）组织健全。项目应建立临时党支部或联合党支部，由建设单位党组织负责人担任书记，施工、监理单位党员担任支部委员。',
  '（二）阵地规范。项目生活区应设置党群服务站或“工友之家”，配备学习资料、应急药品和饮水设施，做到节俭实用、因地制宜。',
  '（三）作用明显。在高支模、深基坑、起重吊装等关键工序设立党员先锋岗，组建党员突击队，实现安全生产“零事故”、农民工工资“零拖欠”。',
  '（四）联建有力。推动参建单位党组织与属地街道、社区党组织签订联建协议，每季度召开一次联席会议，协调解决施工扰民、交通组织等问题。',
  '三、工作要求',
];

/** One-line points of the last section: a notice grows by one line with each. */
const ONE_LINERS = [
  '（一）各地要于每月5日前报送创建进展情况。',
  '（二）创建情况纳入年度党建工作目标考核。',
  '（三）市局将组织开展不定期抽查和现场观摩。',
  '（四）对弄虚作假的项目取消当年评优资格。',
  '（五）各地要及时总结推广好经验好做法。',
];

/** A notice a page or more long; `extraLines` more one-line points make it that many lines longer. */
export function longNoticeText(extraLines: number, options: { note?: boolean } = {}): string {
  const points = Array.from({ length: extraLines }, (_, index) => ONE_LINERS[index % ONE_LINERS.length]!);
  return [
    '各区（县、市）住建局，市级各有关建设、施工、监理单位：',
    OPENING,
    ...POINTS,
    ...points,
    '请各单位高度重视，认真组织实施，工作中遇到的问题请及时向市住建局机关党委反映。联系电话：0577-8888××××。',
    ISSUER,
    SIGNED,
    ...(options.note ? ['（此件主动公开）'] : []),
  ].join('\n\n');
}

/** A notice of a few lines: two fit on a page. */
export function shortNoticeText(topic: string): string {
  return ['各项目临时党支部：', `为做好${topic}工作，请各支部于3月31日前将有关材料报送市住建局机关党委，逾期视为放弃。`, ISSUER, SIGNED].join('\n\n');
}

export function documentRecord(title: string, text: string, meta: Partial<DocumentMeta> = {}, kind: DocumentKind = 'policy'): DocumentRecord {
  return {
    ...emptyMeta(title, kind),
    ...meta,
    id: `doc-${title.length}-${text.length}`,
    text,
    toConfirm: [],
    tags: [],
    original: null,
    fieldOrigins: {},
    createdAt: '2025-03-20T08:00:00.000Z',
    updatedAt: '2025-03-20T08:00:00.000Z',
    deletedAt: null,
  };
}

const OPTIONS = exportOptionsSchema.parse({});

export function noticeItem(anchor: string, title: string, text: string): ExportItem {
  return documentItem(documentRecord(title, text, { issuer: ISSUER, date: '2025-03-18' }), anchor, OPTIONS);
}

export interface BookShape {
  template?: ExportTemplate;
  cover?: boolean;
  toc?: boolean;
  description?: string;
  sections: { title: string | null; items: ExportItem[] }[];
}

export function booklet(shape: BookShape): ExportBook {
  return finishBook(
    {
      kind: 'collection',
      template: shape.template ?? 'official',
      title: '2025年度“红色工地”创建工作文件汇编',
      subtitle: '支部书记培训参考材料',
      intro: shape.description ? [{ type: 'paragraph', inlines: [{ text: shape.description }] }] : [],
      sections: shape.sections.map((section, index) => ({ anchor: `section-${index + 1}`, title: section.title, intro: [], items: section.items })),
      notes: [],
    },
    exportOptionsSchema.parse({ issuer: '某市住房和城乡建设局党建办', date: '2025年3月', cover: shape.cover ?? true, toc: shape.toc ?? true }),
    true,
  );
}

export const DESCRIPTION = '本汇编收录2025年度“红色工地”创建工作有关通知，供各项目临时党支部书记培训时学习参考。';

/** Long notices, each a line longer than the one before: one of them ends at the foot of a page. */
export function signatureVariants(count: number, template: ExportTemplate = 'official'): ExportBook {
  const items = Array.from({ length: count }, (_, index) =>
    noticeItem(`item-${index + 1}`, `${ISSUER}关于做好“红色工地”创建工作的通知（之${index + 1}）`, longNoticeText(index, { note: index % 2 === 1 })),
  );
  return booklet({ template, cover: false, toc: false, sections: [{ title: null, items }] });
}

/** A collection as staff make one: a description, two sections of long notices. */
export function collectionBooklet(): ExportBook {
  const notice = (index: number) => noticeItem(`item-${index}`, `${ISSUER}关于做好“红色工地”创建工作的通知（之${index}）`, longNoticeText(index * 3));
  return booklet({
    description: DESCRIPTION,
    sections: [
      { title: '一、创建工作', items: [notice(1), notice(2)] },
      { title: '二、评定管理', items: [notice(3)] },
    ],
  });
}

export const SHORT_TOPICS = ['“优秀红色工地”申报', '党员先锋岗挂牌', '“工友之家”建设情况统计', '流动党员登记'];

/** A long notice followed by short ones. */
export function shortNoticesBooklet(): ExportBook {
  const short = SHORT_TOPICS.map((topic, index) => noticeItem(`item-${index + 2}`, `关于报送${topic}材料的通知`, shortNoticeText(topic)));
  const long = noticeItem('item-1', `${ISSUER}关于做好“红色工地”创建工作的通知`, longNoticeText(2));
  return booklet({ cover: false, toc: false, sections: [{ title: null, items: [long, ...short] }] });
}

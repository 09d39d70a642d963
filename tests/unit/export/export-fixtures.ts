import type { Library } from '../../../electron/engine/core/library';
import { addCollectionItems } from '../../../electron/engine/collections/collection-items-service';
import { addCollectionSection } from '../../../electron/engine/collections/collection-sections-service';
import { createCollection, listCollections } from '../../../electron/engine/collections/collections-service';
import { listDocuments } from '../../../electron/engine/documents/documents-service';
import { createDraft } from '../../../electron/engine/drafts/drafts-service';
import { exportToFile, runExport } from '../../../electron/engine/export/export-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { loadSampleLibrary } from '../../../electron/engine/library/library-service';
import type { RichTextDoc } from '../../../shared/model/rich-text';
import { exportRequestSchema, type ExportRequest } from '../../../shared/model/export';
import { withTempLibrary } from '../../helpers/temp-library';

/** A saved page with the structure the exporters must keep: headings, a list, a nested list, a table. */
export const STRUCTURED_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某区建设工地“红色工地”创建工作要点</title></head>
<body><article>
<h1>某区建设工地“红色工地”创建工作要点</h1>
<p>发布日期：2024-03-08&#12288;信息来源：某区住房和城乡建设局</p>
<h2>一、工作目标</h2>
<p>到2024年底，全区在建规模以上项目“红色工地”创建覆盖率达到60%以上，培育区级“优秀红色工地”10个，形成一批可复制、可推广的党建工作法。</p>
<h2>二、重点任务</h2>
<h3>（一）建强项目临时党支部</h3>
<p>按照“应建尽建”原则，对符合条件的项目同步组建临时党支部，由建设单位党组织负责人担任书记。</p>
<ul><li>落实“三会一课”制度，每月开展一次主题党日</li><li>设立党员先锋岗和党员责任区<ul><li>在高支模、深基坑等关键工序亮身份</li></ul></li></ul>
<h3>（二）推进党建联建</h3>
<ol><li>建设、施工、监理单位签订联建协议</li><li>每季度召开一次联席会议</li></ol>
<table><tr><th>项目名称</th><th>党员人数</th><th>创建等级</th></tr>
<tr><td>城南安置房一期</td><td>23</td><td>区级</td></tr>
<tr><td>滨江学校新建工程</td><td>15</td><td>市级</td></tr></table>
<h2>三、保障措施</h2>
<p>区住建局党委将“红色工地”创建情况纳入年度党建工作考核，对创建成效突出的项目在评优评先中优先推荐。</p>
</article></body></html>`;

export interface ExportFixture {
  library: Library;
  /** Five sample 典型案例, by title. */
  caseIds: string[];
  structuredId: string;
}

export async function prepareExportLibrary(library: Library): Promise<ExportFixture> {
  await loadSampleLibrary(library);
  const cases = listDocuments(library, { kind: 'case', trashed: false, sort: 'title', order: 'asc', offset: 0, limit: 5 } as never);
  const imported = await importBytes(library, '创建工作要点.html', Buffer.from(STRUCTURED_PAGE, 'utf8'), { kind: 'policy' });
  if (!imported.id) throw new Error(`fixture import failed: ${imported.error ?? imported.status}`);
  return { library, caseIds: cases.items.map((item) => item.id), structuredId: imported.id };
}

export type TempExportFixture = ExportFixture & { cleanup: () => void };

/** prepareExportLibrary on a fresh temporary library; cleanup() closes it and removes its folder. */
export async function prepareTempExportLibrary(): Promise<TempExportFixture> {
  const { library, cleanup } = withTempLibrary();
  try {
    return { ...(await prepareExportLibrary(library)), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

export const DRAFT_CONTENT: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '一、把支部建在项目上' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '在全市' },
        { type: 'text', text: '“红色工地”', marks: [{ type: 'bold' }] },
        { type: 'text', text: '创建中，各项目临时党支部吸纳了51家企业党组织，覆盖职工3万余人。' },
        {
          type: 'citation',
          attrs: { citationId: 'c1', documentId: 'missing-doc', start: 0, end: 10, quote: '吸纳了51家企业党组织', title: '筑牢项目“红色堡垒”', source: '温州市住房和城乡建设局', date: '2023-06-02' },
        },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '党员带班、安全护航' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '工友之家、连心驿站' }] }] },
      ],
    },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: '指标' }] }] }, { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: '数值' }] }] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '联建项目' }] }] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '12个' }] }] }] },
      ],
    },
  ],
};

export function makeDraft(library: Library): string {
  return createDraft(library, { title: '“红色工地”点亮城市建设一线（宣传稿）', content: DRAFT_CONTENT }).id;
}

const COMMENTARY: RichTextDoc = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: '该案例以联盟方式整合资源，“三张清单”做法值得各项目借鉴。' }] }],
};

/** 2025年度十大典型案例（候选）: two sections, commentary on the first item (made once per library). */
export function makeCollection(fixture: ExportFixture): string {
  const { library, caseIds } = fixture;
  const existing = listCollections(library).collections.find((item) => item.name === '2025年度红色工地十大典型案例（候选）');
  if (existing) return existing.id;
  const collection = createCollection(library, { name: '2025年度红色工地十大典型案例（候选）', coverTitle: '2025年度红色工地十大典型案例（候选）', coverSubtitle: '支部书记培训参考材料', description: '本汇编收录候选案例，供评审参考。' });
  const first = addCollectionSection(library, { collectionId: collection.id, title: '组织建设' });
  const second = addCollectionSection(library, { collectionId: collection.id, title: '权益保障', afterSectionId: first.sectionId });
  addCollectionItems(library, collection.id, [{ kind: 'document', documentId: caseIds[0]!, commentary: COMMENTARY }, { kind: 'document', documentId: caseIds[1]! }], { sectionId: first.sectionId });
  addCollectionItems(library, collection.id, [{ kind: 'document', documentId: caseIds[2]! }], { sectionId: second.sectionId });
  return collection.id;
}

export async function exportBytes(library: Library, request: ExportRequest): Promise<{ bytes: Buffer; fileName: string; items: number }> {
  const result = await runExport(library, exportRequestSchema.parse(request));
  return { bytes: Buffer.from(result.contentBase64, 'base64'), fileName: result.fileName, items: result.items };
}

export { exportToFile };

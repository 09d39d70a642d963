import type { Library } from '../../../electron/engine/core/library';
import { importBytes } from '../../../electron/engine/import/import-service';

/** Two sources written for these tests in the style of domain.md. */
export const CASE_TEXT = [
  '某建设集团“红领筑建”党建品牌工作案例',
  '',
  '项目临时党支部坚持把支部建在项目上，吸纳了51家企业党组织，覆盖职工3万余人。',
  '',
  '支部推行“六有一好”标准化建设，做到有阵地、有制度、有活动、有台账、有展示、有成效，党员作用发挥好。',
].join('\n');

export const POLICY_TEXT = [
  '关于深化红色工地建设的实施方案',
  '',
  '发布日期：2024-03-15  信息来源：某市住房和城乡建设局',
  '',
  '到2025年，全市符合条件的在建工地红色工地创建率达到70%以上。',
  '',
  '各区县住建局要把工人权益保障作为重要内容，落实工资专户制度。',
].join('\n');

export async function importSources(library: Library): Promise<{ caseId: string; policyId: string }> {
  const first = await importBytes(library, '红领筑建案例.txt', Buffer.from(CASE_TEXT), { kind: 'case' });
  const second = await importBytes(library, '实施方案.txt', Buffer.from(POLICY_TEXT), { kind: 'policy' });
  if (!first.id || !second.id) throw new Error('fixture import failed');
  return { caseId: first.id, policyId: second.id };
}

/** Offsets of a passage in a document's cleaned text. */
export function rangeOf(text: string, passage: string): { start: number; end: number } {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`passage not in text: ${passage}`);
  return { start, end: start + passage.length };
}

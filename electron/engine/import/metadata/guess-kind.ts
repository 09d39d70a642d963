import type { DocumentKind } from '../../../../shared/model/document';
import { foldTraditional } from '../../text/normalize';

const POLICY_TITLE = /(通知|实施方案|工作方案|行动方案|行动计划|意见|办法|规定|决定|细则|规划|纲要|指引|要点|标准|规范|通报|批复|函)$/;
const NEWS_CUES = /(日报|晚报|早报|晨报|商报|时报|都市报|报社|新闻网|新华网|人民网|新华社|中新网|客户端|记者|通讯员|本报讯|本网讯|【[^】\n]{2,12}讯】|\d{2,5}\s*版|第\s*[A-Z]?\d+\s*版|版次)/;
const CASE_CUES = /(典型案例|基本情况|主要做法|工作成效|经验做法|经验启示|案例背景|创新做法|取得成效)/;
/** "各区县（市）住建局、各有关单位：" — the addressees a notice opens with. */
const ADDRESSEES = /^各[^\n]{1,60}[:：]\s*$/m;

export interface KindCues {
  title: string;
  text: string;
  issuer: string | null;
  docNumber: string | null;
}

/**
 * A first reading of the kind from cues; the user can always change it. A policy needs a document
 * word in the title (通知/实施方案/意见/办法…) plus an issuing body, a 文号 or addressees, or a 文号
 * alone; news needs newspaper cues; a case the sections of a case write-up. Practice is the fallback
 * because most unlabelled submissions are a branch's write-up of its work.
 */
export function guessKind(cues: KindCues): DocumentKind {
  const title = foldTraditional(cues.title).replace(/[”"》）)\s]+$/u, '');
  const head = foldTraditional(cues.text.slice(0, 800));
  const policyTitle = POLICY_TITLE.test(title);
  if (cues.docNumber) return 'policy';
  if (policyTitle && (cues.issuer !== null || ADDRESSEES.test(head))) return 'policy';
  if (NEWS_CUES.test(head) || NEWS_CUES.test(title)) return 'news';
  if (CASE_CUES.test(title) || CASE_CUES.test(foldTraditional(cues.text.slice(0, 3000)))) return 'case';
  if (policyTitle) return 'policy';
  return 'practice';
}

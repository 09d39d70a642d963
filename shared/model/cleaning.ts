/**
 * A line (or a piece of one) that import's cleaning took out of a document: site chrome, an info
 * line read into the fields, a 公文's 版记, pinyin notes, spam, 乱码. The reader lists them under
 * 查看清理掉的内容 with the rule that removed each; 恢复 puts a line back where it stood.
 */
export interface RemovedBlockView {
  id: number;
  text: string;
  /** The rule's id (e.g. breadcrumb, info-line) and its zh-CN name. */
  rule: string;
  ruleLabel: string;
  /** Whether 恢复 can put it back: whole lines can; pieces taken out of a line (pinyin, spam, 乱码) cannot. */
  restorable: boolean;
  /** When the user put it back (a user correction a re-read keeps), else null. */
  restoredAt: string | null;
}

import { describe, expect, it } from 'vitest';
import { estimateSimilarity } from '../../../electron/engine/duplicates/minhash';
import { signatureOfText } from '../../../electron/engine/duplicates/near-duplicate-index';
import { EXCERPT_SHARE, NEAR_DUPLICATE_THRESHOLD, nearDuplicateScore } from '../../../electron/engine/duplicates/near-duplicate-rule';

// A submission and the shortened version a district site republished: most of the short text stands
// in the long one, though by Jaccard they look unrelated. Texts written for this test.

const PARAGRAPHS = [
  '运河南岸某安置房项目涉及回迁群众860余户，项目临时党支部由建设、施工、监理三方党组织共同组建，现有党员17名。',
  '支部推行“三方共治”：建设单位党员牵头质量巡查，施工单位党员包干作业面，监理单位党员盯紧隐蔽工程验收。',
  '每月第一个周六，支部邀请回迁群众代表走进工地，查看样板房和施工质量，当场记录意见并在一周内答复。',
  '项目建立“问题清单、责任清单、销号清单”，两年来收集群众意见230余条，整改落实率达到百分之百。',
  '针对群众关心的房屋渗漏问题，支部组织党员突击队对屋面和外墙开展淋水试验，发现并整改隐患42处。',
  '在工人权益保障方面，项目设立工资专户和维权公示牌，党员每月核对一次工资发放记录，确保按月足额发放。',
  '项目还与属地社区结对共建，开设工友夜校，邀请律师和安全员授课，累计培训工人1600余人次。',
  '项目先后获评市级“红色工地”示范项目和省级文明工地，“三方共治”做法在全区保障性住房项目中推广。',
];
const submission = PARAGRAPHS.join('\n');
const repost = [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[4], '区住建局相关负责人表示，下一步将总结推广这一做法。'].join('\n');
const sameTheme =
  '某区在建项目全面推行临时党支部建设，把支部建在项目上，把党旗插在工地上。\n各项目围绕党建联建、工人权益保障开展“红色工地”创建，评选党员先锋岗，组织党员突击队攻坚克难。\n区住建局每季度组织一次观摩，推动各项目比学赶超，年底前实现符合条件项目全覆盖。\n创建活动开展以来，共评选党员先锋岗86个，协调解决各类问题120余个。';

const score = (a: string, b: string): { jaccard: number; score: number } => {
  const left = signatureOfText(a);
  const right = signatureOfText(b);
  if (!left.signature || !right.signature) throw new Error('text too short for a signature');
  const jaccard = estimateSimilarity(left.signature, right.signature);
  return { jaccard, score: nearDuplicateScore(jaccard, left.shingleCount, right.shingleCount) };
};

describe('a shortened republication', () => {
  it('counts as a near duplicate of the original though their Jaccard similarity is under the threshold', () => {
    const { jaccard, score: value } = score(repost, submission);
    expect(jaccard).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
    expect(value).toBeGreaterThanOrEqual(EXCERPT_SHARE);
  });

  it('does not make a story on the same theme a near duplicate', () => {
    expect(score(sameTheme, submission).score).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
  });

  it('never counts a short text by the share of it found elsewhere', () => {
    expect(nearDuplicateScore(0.1, 100, 2000)).toBe(0.1);
    expect(nearDuplicateScore(0.3, 400, 1200)).toBeCloseTo((0.3 * 1600) / 1.3 / 400, 5);
  });
});

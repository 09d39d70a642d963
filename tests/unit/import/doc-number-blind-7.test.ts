import { describe, expect, it } from 'vitest';
import { docNumberWithHeadline, extractDocNumber } from '../../../electron/engine/import/metadata/extract-doc-number';
import { foldYearBrackets } from '../../eval/score-import';
import { readPageHtml } from './fixture-helpers';

// 文号 the eval's blind batch 7 missed (dev/blind-7): one written after a page's headline, and a 公告's
// number (2025年第3号) on the line under it. Sample texts written for these tests.

const BODY = '<p>&#12288;&#12288;为充分发挥党员在项目建设中的先锋模范作用，区住建局决定在全区在建项目中开展“党员先锋岗”创建活动。</p><p>&#12288;&#12288;各项目于7月15日前完成设岗，区住建局将结合质量安全检查开展督导。</p>';

describe('a 文号 after a page’s headline', () => {
  it('is read from the headline, in GB/T 9704’s brackets', () => {
    expect(docNumberWithHeadline(['首页', '关于开展“党员先锋岗”创建活动的通知 某住建（2025）12号', '发布日期：2025-06-23'], '关于开展“党员先锋岗”创建活动的通知 某住建（2025）12号')).toBe('某住建〔2025〕12号');
  });

  it('is the page’s 文号', async () => {
    const read = await readPageHtml(`<title>通知</title></head><body><div class="article"><h1>关于开展建筑工地“党员先锋岗”创建活动的通知 某住建（2025）12号</h1><div class="info">发布日期：2025-06-23</div><div class="TRS_Editor">${BODY}</div></div>`);
    expect(read.meta.docNumber).toBe('某住建〔2025〕12号');
  });

  it('is read first on the info line under the headline', () => {
    const lines = ['关于开展“工友之家”共建活动的通知', '某住建联发〔2025〕3号\u3000\u3000发布时间：2025-05-08', '各有关建设单位：'];
    expect(docNumberWithHeadline(lines, lines[0] ?? null)).toBe('某住建联发〔2025〕3号');
    expect(docNumberWithHeadline(['某通知', '发布时间：2025-05-08　依据某建〔2024〕5号'], '某通知')).toBeNull();
  });

  it('is not a number cited at the end of a headline without a space', () => {
    expect(docNumberWithHeadline(['关于转发某建〔2024〕5号文件的通知'], '关于转发某建〔2024〕5号文件的通知')).toBeNull();
  });
});

describe('a 公告’s number', () => {
  it('is read from the line under the headline', () => {
    const lines = ['某市住房和城乡建设局关于2025年度红色工地示范项目的公告', '某市住房和城乡建设局公告（2025年第3号）', '信息来源：市住建局'];
    expect(docNumberWithHeadline(lines, lines[0] ?? null)).toBe('2025年第3号');
    expect(docNumberWithHeadline(['某公告', '（第12号）'], '某公告')).toBe('第12号');
  });

  it('is read from a page', async () => {
    const read = await readPageHtml(`<title>公告</title></head><body><div class="article"><h1>某市住房和城乡建设局关于2025年度红色工地示范项目的公告</h1><div class="num">某市住房和城乡建设局公告（2025年第3号）</div><div class="info">发布时间：2025-10-10 09:30</div><div class="TRS_Editor">${BODY}<p>&#12288;&#12288;特此公告。</p></div></div>`);
    expect(read.meta.docNumber).toBe('2025年第3号');
  });

  it('is read from a text’s head lines, and a sentence is not one', () => {
    expect(extractDocNumber('某市住房和城乡建设局公告\n（2025年第3号）\n根据有关规定，现予公告。')).toBe('2025年第3号');
    expect(extractDocNumber('某项目\n本项目为第3号地块安置房。')).toBeNull();
  });
});

describe('the eval’s 文号 comparison', () => {
  it('folds the brackets around the year, as the importer stores GB/T 9704’s 〔〕', () => {
    for (const written of ['某建发【2025】6号', '某建发[2025]6号', '某建发［2025］6号', '某建发（2025）6号', '某建发(2025)6号']) expect(foldYearBrackets(written)).toBe('某建发〔2025〕6号');
    expect(foldYearBrackets('2025年第3号')).toBe('2025年第3号');
  });
});

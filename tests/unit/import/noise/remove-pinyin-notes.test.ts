import { describe, expect, it } from 'vitest';
import { readPinyin } from '../../../../electron/engine/import/cleaning/noise/pinyin-syllables';
import { removePinyinNotes } from '../../../../electron/engine/import/cleaning/noise/remove-pinyin-notes';

const clean = (text: string): string => removePinyinNotes(text).text;

describe('removing pinyin left by ruby annotations', () => {
  it.each([
    ['a tone-marked syllable', '公司持续深化党(dǎng)建品牌建设。', '公司持续深化党建品牌建设。'],
    ['a note in a traditional-character page', '本年度工程業(yè)績穩步提升。', '本年度工程業績穩步提升。'],
    ['a note on the last character of a word', '推進技術創(chuàng)新。', '推進技術創新。'],
    ['full-width brackets', '充分调动工人的积（jī）极性。', '充分调动工人的积极性。'],
    ['mixed brackets', '充分调动工人的积（jī)极性。', '充分调动工人的积极性。'],
    ['a numbered syllable', '推动建筑业(ye4)高质量发展。', '推动建筑业高质量发展。'],
    ['spaces around the note', '推动技术创 (chuàng) 新。', '推动技术创新。'],
    ['a full-width space before the note', '推动技术创\u3000(chuàng)新。', '推动技术创新。'],
    ['a note for a whole word', '加快项目建设(jiàn shè)进度。', '加快项目建设进度。'],
    ['a whole word in full-width brackets', '加快项目建设（jiàn shè）进度。', '加快项目建设进度。'],
    ['syllables written together', '加快项目建设(jiànshè)进度。', '加快项目建设进度。'],
    ['numbered syllables', '加快项目建设(jian4 she4)进度。', '加快项目建设进度。'],
    ['numbered syllables written together', '加快项目建设(jian4she4)进度。', '加快项目建设进度。'],
    ['an apostrophe between syllables', '西安(xī\'ān)某项目', '西安某项目'],
    ['ü with a tone mark', '关爱女(nǚ)职工。', '关爱女职工。'],
    ['ü written as v with a number', '打造绿(lv4)色工地。', '打造绿色工地。'],
    ['a note at the end of a line', '党员先锋岗(gǎng)\n下一段', '党员先锋岗\n下一段'],
    ['a decomposed tone mark', '党(da\u030cng)建', '党建'],
  ])('removes %s', (_label, input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it('cleans a whole ruby paragraph and reports every note it took out', () => {
    const input = '項目黨(dǎng)支部組織(zhī)黨員開展“紅色驛站”志願服(fú)務，設(shè)立活動(dòng)室一間。';
    const result = removePinyinNotes(input);
    expect(result.text).toBe('項目黨支部組織黨員開展“紅色驛站”志願服務，設立活動室一間。');
    expect(result.removed).toEqual(['(dǎng)', '(zhī)', '(fú)', '(shè)', '(dòng)']);
  });

  it('on a ruby page, also removes the toneless notes of neutral-tone syllables', () => {
    expect(clean('我(wǒ)们(men)的(de)工(gōng)地(dì)')).toBe('我们的工地');
  });

  it('keeps a space after the note when Latin text follows', () => {
    expect(clean('推广建设 (jiàn shè) BIM 应用')).toBe('推广建设 BIM 应用');
  });

  it('returns the same string when there is nothing to remove', () => {
    const text = '项目临时党支部坚持“把支部建在项目上”。';
    const result = removePinyinNotes(text);
    expect(result.text).toBe(text);
    expect(result.removed).toEqual([]);
  });
});

describe('keeping brackets that are not pinyin', () => {
  it.each([
    ['a draft marker', '《建筑工地党建工作指引(试行)》'],
    ['a draft marker in full-width brackets', '《红色工地创建评价办法（试行）》'],
    ['a year', '全市红色工地建设年度报告(2023)'],
    ['a byline', '本报讯（记者 王某 通讯员 李某）'],
    ['a file type', '附件下载(PDF)'],
    ['a file type with a size', '附件下载(PDF, 2.3MB)'],
    ['a list number', '（一）党员示范岗 (二)班前讲评'],
    ['a Latin list letter', '符合本条(a)项规定的项目'],
    ['a Latin list letter b', '符合本条(b)项规定的项目'],
    ['a roman numeral', '详见附表(ii)'],
    ['a note', '共计32个项目(注：含续建项目)'],
    ['an English abbreviation', '项目采用工程总承包(EPC)模式'],
    ['a lower-case abbreviation', '项目采用工程总承包(epc)模式'],
    ['BIM', '推广建筑信息模型(BIM)技术'],
    ['an English phrase', '党建联盟(Party Building Alliance)'],
    ['a lower-case English word that splits into syllables', '中国(china)建筑'],
    ['a toneless syllable', '简称(an)'],
    ['toneless syllables', '中心(dian xin)'],
    ['a unit with a superscript', '建筑面积(m²)'],
    ['a unit written with a digit', '建筑面积(m2)'],
    ['a one-letter unit', '基坑深度(m)'],
    ['a unit that is also a syllable', '用地面积(ha)'],
    ['minutes', '班前讲评时长(min)'],
    ['kilograms', '钢筋用量(kg)'],
    ['a lower-case paper size', '图纸规格(a4)'],
    ['pinyin that follows no Han character', '2024 (nián)'],
    ['pinyin at the start of a line', '(jiàn shè) 项目'],
    ['pinyin after Latin letters', 'BIM(jiàn)'],
    ['more syllables than characters before them', '建(jiàn shè gōng chéng)'],
    ['capitalised pinyin', '浙江(Zhèjiāng)'],
    ['a bracket across a line break', '党(dǎng\n)建'],
  ])('keeps %s', (_label, text) => {
    expect(removePinyinNotes(text)).toEqual({ text, removed: [] });
  });

  it('keeps a toneless note that is not a neutral-tone syllable, even on a ruby page', () => {
    expect(clean('党(dǎng)建(jiàn)工作，用地面积(ha)')).toBe('党建工作，用地面积(ha)');
  });

  it('keeps neutral-tone-looking notes on a page without ruby', () => {
    expect(clean('我们(men)的(de)')).toBe('我们(men)的(de)');
  });

  it('keeps legitimate brackets in a ruby page while removing the notes', () => {
    const input = '黨(dǎng)建工作指引(试行)，採用(EPC)模式，報告(2023)。';
    expect(clean(input)).toBe('黨建工作指引(试行)，採用(EPC)模式，報告(2023)。');
  });
});

describe('reading pinyin', () => {
  it.each([
    ['yè', 1, 1],
    ['jiàn shè', 2, 2],
    ['jiànshè', 2, 2],
    ['jian4she4', 2, 2],
    ['ye4', 1, 1],
    ['lv4', 1, 1],
    ['nüè', 1, 1],
    ['dōng xi', 2, 1],
    ['ń', 1, 1],
    ['zhuang', 1, 0],
  ])('reads %s as %i syllables, %i toned', (text, syllables, toned) => {
    expect(readPinyin(text)).toEqual({ syllables, toned });
  });

  it.each(['EPC', 'BIM', 'PDF', 'm²', 'm2', 'a1', 'hello', 'ok', 'ii', '2023', 'yè5', 'x', ''])('does not read %s', (text) => {
    expect(readPinyin(text)).toBeNull();
  });
});

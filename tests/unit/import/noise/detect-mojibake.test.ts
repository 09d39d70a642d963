import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findMojibake } from '../../../../electron/engine/import/cleaning/noise/detect-mojibake';

/** Mojibake made the way it happens: the right bytes, the wrong decoder. */
const utf8ReadAsGbk = (text: string): string => iconv.decode(Buffer.from(text, 'utf8'), 'gbk');
const gbkReadAsUtf8 = (text: string): string => iconv.encode(text, 'gbk').toString('utf8');
const utf8ReadAsLatin1 = (text: string): string => iconv.decode(Buffer.from(text, 'utf8'), 'win1252');

const BEFORE = '项目临时党支部坚持把安全生产作为党建工作的主战场。';
const AFTER = '一年来，项目共开展班前讲评1900余次。';

const flagged = (text: string): string[] => findMojibake(text).map(({ start, end }) => text.slice(start, end));

/** Asserts that exactly one range was found and that it is (nearly all of) `mojibake` inside BEFORE…AFTER. */
function expectFound(mojibake: string): void {
  const text = `${BEFORE}${mojibake}${AFTER}`;
  const ranges = findMojibake(text);
  expect(ranges).toHaveLength(1);
  const [range] = ranges;
  expect(range?.start).toBeGreaterThanOrEqual(BEFORE.length);
  expect(range?.end).toBeLessThanOrEqual(BEFORE.length + mojibake.length);
  expect((range?.end ?? 0) - (range?.start ?? 0)).toBeGreaterThanOrEqual(mojibake.length - 2);
}

const SENTENCES = [
  '支部每月组织一次主题党日活动。',
  '党员突击队连夜加固塔吊，确保人员和工程安全。',
  '“红领筑建”党建品牌在全市推广。',
  '吸纳了51家企业党组织，覆盖职工3万余人。',
  '但是，工人流动快、分包单位多。',
];

describe('finding mojibake in a readable document', () => {
  it('finds UTF-8 read as GBK', () => {
    expectFound('椤圭洰涓存椂鍏氭敮閮ㄦ瘡鏈堢粍缁囦竴娆′富棰樺厷鏃ユ椿鍔ㄣ€�');
  });

  it.each(SENTENCES)('finds UTF-8 read as GBK: %s', (sentence) => {
    expectFound(utf8ReadAsGbk(sentence));
  });

  it('finds GBK read as UTF-8 (runs of U+FFFD and stray letters)', () => {
    expectFound('��Ŀ��ʱ��֧��ÿ����֯һ�����⵳�ջ��');
  });

  it.each(SENTENCES)('finds GBK read as UTF-8: %s', (sentence) => {
    expectFound(gbkReadAsUtf8(sentence));
  });

  it('finds UTF-8 read as Latin-1', () => {
    expectFound('å…šå‘˜çª�å‡»é˜Ÿè¿žå¤œåŠ å›ºå¡”å�Šã€‚');
  });

  it.each(SENTENCES)('finds UTF-8 read as Windows-1252: %s', (sentence) => {
    expectFound(utf8ReadAsLatin1(sentence));
  });

  it('finds UTF-8 read as Latin-1 twice over', () => {
    expectFound(utf8ReadAsLatin1(utf8ReadAsLatin1('党员突击队连夜加固塔吊。')));
  });

  it.each(['锟斤拷锟叫斤拷锟斤拷', '锟斤拷锟斤拷', '烫烫烫烫烫烫烫烫', '屯屯屯屯屯屯'])('finds the well-known run %s', (run) => {
    expectFound(run);
  });

  it('finds a stretch inside a line and gives UTF-16 offsets into the text', () => {
    const mojibake = utf8ReadAsGbk('党员突击队连夜加固塔吊');
    const text = `${BEFORE}${mojibake}，${AFTER}`;
    const [range] = findMojibake(text);
    expect(range).toBeDefined();
    expect(text.slice(range?.start, range?.end)).toBe(mojibake.slice(0, (range?.end ?? 0) - (range?.start ?? 0)));
    expect(range?.start).toBe(BEFORE.length);
  });

  it('finds one stretch per damaged line', () => {
    const text = [BEFORE, utf8ReadAsGbk(SENTENCES[0] ?? ''), AFTER, gbkReadAsUtf8(SENTENCES[1] ?? '')].join('\n');
    expect(findMojibake(text)).toHaveLength(2);
  });

  it('finds mojibake after a character outside the BMP', () => {
    const text = `𠀾${BEFORE}${utf8ReadAsGbk(SENTENCES[1] ?? '')}`;
    const [range] = findMojibake(text);
    expect(range?.start).toBe(2 + BEFORE.length);
  });
});

describe('leaving real text alone', () => {
  it.each([
    ['a simplified paragraph', `${BEFORE}${AFTER}${SENTENCES.join('')}`],
    [
      'a traditional-character paragraph',
      '寧波杭州灣新區某某項目臨時黨支部成立以來，堅持「把支部建在項目上」，組織黨員開展質量安全攻堅，設立黨員責任區十二個，帶動工人參與隱患排查，全年整改問題一百三十餘項。',
    ],
    [
      'a traditional paragraph with rarer characters',
      '颱風來臨前，黨員突擊隊連夜加固塔吊、拆除廣告牌，轉移低窪處宿舍人員，確保了人員和工程安全。驛站裡有藥箱、書架、微波爐。',
    ],
    ['a rare-character name', '项目党支部书记覃垚同志带领党员连夜抢修。'],
    ['a roster of rare-character names', '获评优秀党员：覃垚、蔺昶、邴喆、琚珺、亓堃、逄燚、禤犇、嵇淼、郗骉、昝彧、缑晔、晁玥、甯喆。'],
    ['two-character rare given names', '联系人：蔺昶昊、邴喆琛、琚珺璇。'],
    ['a classical quotation', '饕餮魑魅魍魉，耄耋龃龉踟蹰。'],
    ['a single lost character in a name', '项目经理王�华同志'],
    ['a short mojibake fragment', `${BEFORE}鍏氬缓${AFTER}`],
    ['units and signs', '室外温度35°C±2℃，钢筋间距200×200mm，面积3000m²，©2024 某某建设 版权所有®'],
    ['Greek letters in a formula', '混凝土强度按 σ=α·β·γ·δ·ε·fck 计算。'],
    ['a Korean quotation', '韩国考察团留言：안녕하세요 여러분 감사합니다'],
    ['a Japanese quotation', '日方代表致辞：こんにちは、ありがとうございます。'],
    ['pinyin notes of a ruby page', '党(dǎng)建(jiàn)引(yǐn)领(lǐng)工(gōng)程(chéng)建(jiàn)设(shè)'],
    ['foreign names with accents', '外方顾问 José Müller 与 Zoë Ålesund 参加交流。'],
    ['box drawing and symbols', '────────────── ▲▼◆●■□○◎★☆'],
    ['bopomofo', 'ㄅㄆㄇㄈ注音符號'],
    ['hot rice, not uninitialised memory', '工人吃上了烫烫的饭菜。'],
  ])('does not flag %s', (_label, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(findMojibake('')).toEqual([]);
  });
});

import { createRequire } from 'node:module';
import type * as JiebaModule from '@node-rs/jieba';

/**
 * Chinese words by a real segmenter: @node-rs/jieba (N-API, so the same binary loads under Node for
 * the tests and the command line and under Electron's main process; prebuilt for every desktop
 * target), with its dictionary and its TF-IDF keyword extractor. Loading the dictionaries takes
 * most of a second, so it happens once, at first use. A segmenter that cannot load (a package built
 * without the binary for its arch) gives no words rather than character fragments.
 */

/** Words of the party-building and construction field that jieba's general dictionary splits. */
const FIELD_WORDS = [
  '住建局', '住建委', '住建部', '住建厅', '建设局', '城建局', '红色工地', '党建联建', '党建引领', '支部建在项目上',
  '党员先锋岗', '党员责任区', '党员示范岗', '先锋岗', '红色引擎', '一岗双责', '三会一课', '主题党日', '六有一好',
  '一党员一项目', '两新组织', '非公企业', '建筑工人', '农民工', '项目部', '施工单位', '建设单位', '监理单位',
  '总承包', '临时党支部', '联合党支部', '功能型党支部', '党群服务站', '党群服务中心', '暖心驿站', '工友之家',
];

type Segmenter = { jieba: JiebaModule.Jieba; tfidf: JiebaModule.TfIdf };

let loaded: Segmenter | null | undefined;
let loadError: unknown = null;

function segmenter(): Segmenter | null {
  if (loaded !== undefined) return loaded;
  try {
    const require = createRequire(import.meta.url);
    const { Jieba, TfIdf } = require('@node-rs/jieba') as typeof JiebaModule;
    const { dict, idf } = require('@node-rs/jieba/dict') as { dict: Uint8Array; idf: Uint8Array };
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(FIELD_WORDS.map((word) => `${word} 2000 n`).join('\n')));
    loaded = { jieba, tfidf: TfIdf.withDict(idf) };
  } catch (error) {
    loadError = error;
    loaded = null;
  }
  return loaded;
}

/** Why the segmenter is unavailable, or null when it loaded (or has not been asked for yet). */
export function segmenterError(): unknown {
  return loadError;
}

/** The text cut into words (dictionary words only: no guessed words from the HMM). Empty when the segmenter is unavailable. */
export function cutWords(text: string): string[] {
  return segmenter()?.jieba.cut(text, false) ?? [];
}

/** The text cut into words with their part of speech (jieba's tags: n noun, v verb, m numeral…). */
export function taggedWords(text: string): { word: string; tag: string }[] {
  return segmenter()?.jieba.tag(text, false) ?? [];
}

/** jieba's corpus rarity (idf) of one word: low for 一个 or 要求, high for 考勤 or 台账; its median for words it does not know. */
export function generalIdf(word: string): number {
  const s = segmenter();
  if (!s) return 0;
  const [found] = s.tfidf.extractKeywords(s.jieba, word, 1);
  return found && found.keyword === word ? found.weight : MEDIAN_IDF;
}

/** The median idf of jieba's dictionary, which it gives words it does not know. */
const MEDIAN_IDF = 11.95;

/** The text's `limit` best keywords by TF-IDF over jieba's corpus statistics, best first. */
export function tfidfKeywords(text: string, limit: number): { word: string; weight: number }[] {
  const s = segmenter();
  if (!s) return [];
  return s.tfidf.extractKeywords(s.jieba, text, limit).map((k) => ({ word: k.keyword, weight: k.weight }));
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../electron/engine/db/migrate';
import { decodeSignature, estimateSimilarity } from '../../electron/engine/duplicates/minhash';
import { indexAndLink, signatureOfText, similarDocuments } from '../../electron/engine/duplicates/near-duplicate-index';
import { NEAR_DUPLICATE_THRESHOLD } from '../../electron/engine/duplicates/near-duplicate-rule';

/**
 * 查重 at library scale (`npm run bench -- duplicates --docs N [--json]`, default 50,000). Documents
 * are built from a shared pool of sentences and slogans, so every one shares phrases with many others
 * (as real 红色工地 material does). The baseline, in the same run, is the full scan an index-less
 * design would need: compare the new document's signature with every stored one. Reported: time to
 * sign and store a document at import, the LSH lookup against the scan (p50/p95 and the ratio), the
 * recall of the lookup on re-published copies (header, footer and a few edits), and the space the
 * signatures and bands take.
 */

export interface DuplicatesBenchResult {
  docs: number;
  sign_ms_per_doc: number;
  lookup_p50_ms: number;
  lookup_p95_ms: number;
  scan_p50_ms: number;
  scan_p95_ms: number;
  /** How many times faster the median lookup is than the median scan. */
  ratio: number;
  recall: number;
  index_mb: number | null;
}

const SEED = 20250401;
const QUERIES = 200;
const GOALS = { lookupP95: 10, ratio: 10, recall: 0.98, signMs: 5 };
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state / 0x1_0000_0000;
  };
}

const SLOGANS = ['把支部建在项目上，把党旗插在工地上', '党建联建', '红色工地', '一党员一项目', '党员先锋岗', '工友夜校', '六有一好', '清廉工地'];

function sentencePool(next: () => number, size: number): string[] {
  const pool: string[] = [];
  for (let i = 0; i < size; i += 1) {
    let sentence = '';
    const length = 18 + Math.floor(next() * 22);
    for (let j = 0; j < length; j += 1) sentence += String.fromCodePoint(0x4e00 + Math.floor(next() * 3500));
    if (next() < 0.3) sentence += `，推行“${SLOGANS[Math.floor(next() * SLOGANS.length)] ?? ''}”`;
    pool.push(`${sentence}。`);
  }
  return pool;
}

function document(next: () => number, pool: string[]): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 8; p += 1) {
    let paragraph = '';
    for (let s = 0; s < 4; s += 1) paragraph += pool[Math.floor(next() * pool.length)] ?? '';
    paragraphs.push(paragraph);
  }
  return paragraphs.join('\n');
}

/** The same story on another site: a new header and footer, two sentences edited. */
function republished(text: string, next: () => number): string {
  const sentences = text.split('。');
  for (let k = 0; k < 2; k += 1) {
    const at = Math.floor(next() * sentences.length);
    sentences[at] = `${sentences[at] ?? ''}（据统计共${Math.floor(next() * 900)}人次）`;
  }
  return `当前位置：首页 > 党建动态\n编者按：本网转载此文，以飨读者。\n${sentences.join('。')}\n责任编辑：王丽 来源：某某日报`;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function indexMegabytes(db: Database.Database): number | null {
  try {
    const row = db.prepare("SELECT sum(pgsize) AS bytes FROM dbstat WHERE name LIKE 'minhash%'").get() as { bytes: number | null };
    return row.bytes === null ? null : round(row.bytes / 1024 / 1024, 1);
  } catch {
    return null; // SQLite built without the dbstat table
  }
}

export async function runDuplicatesBench(options: { docs: number; json: boolean }): Promise<DuplicatesBenchResult> {
  const { docs, json } = options;
  const log = (line: string) => !json && console.log(line);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-dup-bench-'));
  const db = new Database(path.join(folder, 'bench.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    const next = random(SEED);
    const pool = sentencePool(next, 6000);
    const texts: string[] = [];
    const insert = db.prepare(
      `INSERT INTO documents (id, kind, title, text, text_sha256, field_origins, created_at, updated_at)
       VALUES (?, 'news', ?, ?, ?, '{}', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
    );
    log(`查重：${docs} 份资料…`);
    let signMs = 0;
    for (let start = 0; start < docs; start += 500) {
      db.transaction(() => {
        for (let i = start; i < Math.min(docs, start + 500); i += 1) {
          const text = document(next, pool);
          texts.push(text);
          const seq = Number(insert.run(`doc${i}`, `资料${i}`, text, `sha${i}`).lastInsertRowid);
          const began = performance.now();
          indexAndLink(db, { seq, text, docNumber: null, live: true }, '2024-01-01T00:00:00Z');
          signMs += performance.now() - began;
        }
      })();
    }

    const all = (db.prepare('SELECT document_seq AS seq, signature FROM minhash_signatures WHERE signature IS NOT NULL').all() as { seq: number; signature: Buffer }[]).map((row) => ({
      seq: row.seq,
      signature: decodeSignature(row.signature),
    }));
    const queries = Array.from({ length: QUERIES }, () => signatureOfText(republished(texts[Math.floor(next() * texts.length)] ?? '', next)));
    const lookups: number[] = [];
    const found: number[][] = [];
    for (const stored of queries) {
      const began = performance.now();
      const matches = similarDocuments(db, -1, stored);
      lookups.push(performance.now() - began);
      found.push(matches.map((match) => match.seq));
    }
    const scans: number[] = [];
    let expected = 0;
    let recalled = 0;
    queries.forEach((stored, index) => {
      const own = stored.signature;
      if (!own) return;
      const began = performance.now();
      const scanned: number[] = [];
      for (const row of all) if (estimateSimilarity(own, row.signature) >= NEAR_DUPLICATE_THRESHOLD) scanned.push(row.seq);
      scans.push(performance.now() - began);
      expected += scanned.length;
      recalled += scanned.filter((seq) => found[index]?.includes(seq)).length;
    });
    const result: DuplicatesBenchResult = {
      docs,
      sign_ms_per_doc: round(signMs / docs, 3),
      lookup_p50_ms: round(percentile(lookups, 50)),
      lookup_p95_ms: round(percentile(lookups, 95)),
      scan_p95_ms: round(percentile(scans, 95)),
      scan_p50_ms: round(percentile(scans, 50)),
      ratio: round(percentile(scans, 50) / Math.max(0.001, percentile(lookups, 50)), 1),
      recall: round(expected === 0 ? 1 : recalled / expected, 3),
      index_mb: indexMegabytes(db),
    };
    if (json) console.log(JSON.stringify({ bench: 'duplicates', ...result }));
    else {
      log(`  签名并写入（导入时每份）  ${result.sign_ms_per_doc} ms   目标 < ${GOALS.signMs} ms`);
      log(`  查找相似（LSH）           p50 ${result.lookup_p50_ms} ms，p95 ${result.lookup_p95_ms} ms   目标 p95 < ${GOALS.lookupP95} ms`);
      log(`  对照：逐份比对签名        p50 ${result.scan_p50_ms} ms，p95 ${result.scan_p95_ms} ms   中位数快 ${result.ratio} 倍   目标 ≥ ${GOALS.ratio} 倍`);
      log(`  转载稿召回率              ${result.recall}   目标 ≥ ${GOALS.recall}`);
      log(`  签名与分桶占用            ${result.index_mb ?? '（无法统计）'} MB`);
    }
    return result;
  } finally {
    db.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

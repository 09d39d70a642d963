import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import type { createWorker as createTesseractWorker } from 'tesseract.js';
import type { OcrLine } from '../../../shared/model/ocr';
import { traditionalMap } from '../text/normalize';
import type { RgbaImage } from './page-image';

/**
 * Pages in traditional characters (繁體: partners in Hong Kong, Macao, Taiwan, older reprints).
 * PP-OCRv4's character list lacks many traditional characters (寧, 區, 與 …: 13% of a traditional
 * page wrong), so a page that PP-OCRv4 reads as largely traditional is read again by Tesseract with
 * its traditional Chinese model (tesseract.js, WebAssembly; chi_tra "best_int" from
 * @tesseract.js-data/chi_tra: under 1% wrong on the same page, but 10% on simplified pages, so it is
 * only used where the page is traditional).
 */

/** Share of a page's Han characters that are traditional forms above which the page counts as traditional. */
const TRADITIONAL_SHARE = 0.04;

const HAN = /\p{Script=Han}/u;

/** Whether recognised lines are mostly in traditional characters. */
export function looksTraditional(lines: readonly OcrLine[]): boolean {
  const map = traditionalMap();
  let han = 0;
  let traditional = 0;
  for (const line of lines) {
    for (const char of line.text) {
      if (!HAN.test(char)) continue;
      han += 1;
      const code = char.codePointAt(0) as number;
      if (map.has(code) && map.get(code) !== code) traditional += 1;
    }
  }
  return han >= 20 && traditional / han >= TRADITIONAL_SHARE;
}

/** Where the packaged app keeps the model (resources/ocr-models/chi_tra), else the npm package's copy. */
function traditionalModelFolder(resourcesFolder: string, exists: (file: string) => boolean): string {
  const packaged = path.join(resourcesFolder, 'ocr-models', 'chi_tra');
  if (exists(path.join(packaged, 'chi_tra.traineddata.gz'))) return packaged;
  const entry = createRequire(import.meta.url).resolve('@tesseract.js-data/chi_tra');
  return path.join(path.dirname(entry), '4.0.0_best_int');
}

type TesseractWorker = Awaited<ReturnType<typeof createTesseractWorker>>;
let worker: Promise<TesseractWorker> | null = null;

async function tesseract(resourcesFolder: string): Promise<TesseractWorker> {
  worker ??= (async () => {
    const [{ createWorker }, fs] = await Promise.all([import('tesseract.js'), import('node:fs')]);
    const langPath = traditionalModelFolder(resourcesFolder, (file) => fs.existsSync(file));
    // cacheMethod none: the model is read from the package, never written to or fetched from elsewhere.
    const created = await createWorker('chi_tra', 1, { langPath, gzip: true, cacheMethod: 'none' });
    await created.setParameters({ preserve_interword_spaces: '1' });
    return created;
  })();
  return worker;
}

/** Tesseract separates Chinese characters with spaces; Latin words and numbers keep theirs. */
function withoutCjkSpaces(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ (?![\x00-\x7f])|(?<![\x00-\x7f]) /g, '')
    .trim();
}

/** A PNG of the page; its pixels are RGBA, or RGB (3 bytes a pixel, as the recogniser keeps them). */
function pngOf(image: RgbaImage): Buffer {
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  const pixels = context.createImageData(image.width, image.height);
  if (image.data.length === image.width * image.height * 4) pixels.data.set(image.data);
  else {
    for (let from = 0, to = 0; to < pixels.data.length; from += 3, to += 4) {
      pixels.data[to] = image.data[from] as number;
      pixels.data[to + 1] = image.data[from + 1] as number;
      pixels.data[to + 2] = image.data[from + 2] as number;
      pixels.data[to + 3] = 255;
    }
  }
  context.putImageData(pixels, 0, 0);
  return canvas.toBuffer('image/png');
}

/** The page's lines (pixels RGBA or RGB) as Tesseract's traditional Chinese model reads them, with box and confidence (0–1). */
export async function recognizeTraditional(image: RgbaImage, resourcesFolder: string): Promise<OcrLine[]> {
  const reader = await tesseract(resourcesFolder);
  // Ended after each page (WebAssembly in a worker of its own: safe to end), so its model is not kept beside PP-OCRv4's.
  const { data } = await reader.recognize(pngOf(image), {}, { blocks: true, text: false }).finally(() => {
    worker = null;
    void reader.terminate().catch(() => undefined);
  });
  const lines = (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
  return lines
    .map((line) => ({
      text: withoutCjkSpaces(line.text),
      box: { x: line.bbox.x0, y: line.bbox.y0, width: line.bbox.x1 - line.bbox.x0, height: line.bbox.y1 - line.bbox.y0 },
      confidence: Math.round(line.confidence * 10) / 1000,
    }))
    .filter((line) => line.text.length > 0);
}

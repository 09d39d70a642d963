import fs from 'node:fs';
import * as ort from 'onnxruntime-node';
import { PaddleOcrService } from 'paddleocr';
import type { OcrLine } from '../../../shared/model/ocr';
import { detectionInput, type DetectionInputOptions } from './detection-input';
import { withFastLineCrops } from './line-crops';
import { findOcrModels, readCharacterKeys } from './ocr-models';
import type { RgbaImage } from './page-image';
import { withoutRedInk } from './red-ink';
import { looksTraditional, recognizeTraditional } from './traditional-pages';

/**
 * Detection works on the page scaled to this long side (recognition still reads each line from the
 * full page): an A4 page at 150 dpi with 22 px (五号) body text keeps it at 16 px, which the detector
 * still finds line by line (PP-OCRv4's default of 960 loses it). 1500 cost a third more detection
 * time for no better reading: the bench pages, and the same pages at 22 px text, read as well or better at 1280.
 */
const DETECTION_LONG_SIDE = 1280;

let service: Promise<PaddleOcrService> | null = null;
let releaseTimer: NodeJS.Timeout | null = null;
/** The models' sessions hold a few hundred MB of native memory: released after this long without a page. */
const RELEASE_AFTER_MS = 60_000;

async function releaseRecogniser(): Promise<void> {
  const loaded = service;
  service = null;
  await loaded?.then((ocr) => ocr.destroy()).catch(() => undefined);
}

function releaseWhenIdle(): void {
  if (releaseTimer) clearTimeout(releaseTimer);
  releaseTimer = setTimeout(() => void releaseRecogniser(), RELEASE_AFTER_MS);
  releaseTimer.unref();
}

function arrayBufferOf(file: string): ArrayBuffer {
  const bytes = fs.readFileSync(file);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * One thread per model run. ONNX Runtime's default (a thread per core, spinning while it waits for
 * work) spent twice the CPU for the same page on this 2-core machine and, with the engine and the
 * parse workers busy beside it, was slower on the wall clock as well (bench: 5.5 → 3.5 CPU s a page).
 */
const SESSION_OPTIONS: ort.InferenceSession.SessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' };

/** What paddleocr hands its detector's preprocessing: its Image (RGB here) and the detection options. */
interface PaddleImage {
  width: number;
  height: number;
  channels: number;
  data: Uint8Array;
}
type DetectionRuntimeOptions = DetectionInputOptions & { limitType: string; inputShape?: unknown };

/** The part of onnxruntime-node paddleocr uses, its sessions created with SESSION_OPTIONS (paddleocr passes none). */
const ortWithOptions = { Tensor: ort.Tensor, InferenceSession: { create: (model: ArrayBuffer) => ort.InferenceSession.create(new Uint8Array(model), SESSION_OPTIONS) } };

/** The models, loaded once per worker (about 15 MB of ONNX; the sessions hold ~300 MB of native memory). */
function recognizer(resourcesFolder: string): Promise<PaddleOcrService> {
  service ??= (async () => {
    const files = findOcrModels(resourcesFolder);
    const ocr = await PaddleOcrService.createInstance({
      ort: ortWithOptions as never,
      detection: { modelBuffer: arrayBufferOf(files.detection), maxSideLength: DETECTION_LONG_SIDE, limitType: 'max', boxScoreThreshold: 0.5, unclipRatio: 1.6 },
      recognition: { modelBuffer: arrayBufferOf(files.recognition), charactersDictionary: readCharacterKeys(files.keys) },
    });
    // paddleocr runs the recogniser on one line at a time but pads every line to the widest line's
    // width (a batch's shape, with none of a batch's gain): a table cell of one digit costs a full
    // line. With no batch ratio each line runs at its own width (at least the model's 320 px).
    const lines = ocr.recognitionService as unknown as { calculateBatchMaxWhRatio: () => number; run: (image: object, ...rest: unknown[]) => Promise<unknown> } | null;
    if (lines) {
      lines.calculateBatchMaxWhRatio = () => 0;
      // Lines cut out of the page with the faster sampler (line-crops.ts: the same bytes).
      const paddleocrsRun = lines.run.bind(lines);
      lines.run = (image, ...rest) => paddleocrsRun(withFastLineCrops(image), ...rest);
    }
    // The detector's input in one pass (detection-input.ts: the same tensor in under half the time).
    const detector = ocr.detectionService as unknown as { preprocessDetection: (image: PaddleImage, options: DetectionRuntimeOptions) => Promise<unknown> } | null;
    if (detector) {
      const paddleocrs = detector.preprocessDetection.bind(detector);
      detector.preprocessDetection = async (image, options) => {
        const own = options.limitType === 'max' && !options.inputShape && image.channels === 3 ? detectionInput(image.data, image.width, image.height, options) : null;
        return own ?? paddleocrs(image, options);
      };
    }
    return ocr;
  })();
  return service;
}

/**
 * Full-width digits and Latin letters as ASCII: the recogniser's list has both forms and picks the
 * full-width one now and then for a lone digit (a table's ２), where the page has the ordinary one.
 * Full-width punctuation (，：（）) is Chinese usage and stays.
 */
function asciiDigitsAndLetters(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (char) => String.fromCharCode((char.codePointAt(0) as number) - 0xfee0));
}

function rounded(value: number): number {
  return Math.round(value * 10) / 10;
}

export interface RecognisedImage {
  lines: OcrLine[];
  /** The page's tilt in radians (a scan fed in askew), from the long lines' top edges; the layout reads rows along it. */
  skew: number;
}

/** Median angle of the top edges of lines at least three times as wide as they are high. */
function pageSkew(boxes: readonly { points?: readonly { x: number; y: number }[] | undefined; width: number; height: number }[]): number {
  const angles = boxes
    .filter((box) => box.points && box.width > box.height * 3)
    .map((box) => {
      const [topLeft, topRight] = box.points as { x: number; y: number }[];
      return Math.atan2((topRight as { y: number }).y - (topLeft as { y: number }).y, (topRight as { x: number }).x - (topLeft as { x: number }).x);
    })
    .filter((angle) => Math.abs(angle) < 0.2)
    .sort((a, b) => a - b);
  return angles.length === 0 ? 0 : (angles[Math.floor(angles.length / 2)] as number);
}

/**
 * The text lines on one page image, each with its box (in the image's pixels) and the recogniser's
 * confidence, in the detector's order (the layout step puts them in reading order). Red ink (seals,
 * 红头 lines) is taken out first: a seal's own characters would come out as stray lines, and its ink
 * over a 落款 would hide the characters beneath.
 */
export async function recognizeImage(image: RgbaImage, resourcesFolder: string): Promise<RecognisedImage> {
  if (releaseTimer) clearTimeout(releaseTimer);
  const ocr = await recognizer(resourcesFolder);
  // RGB: paddleocr would otherwise copy the page once more to drop the alpha channel.
  const page = { width: image.width, height: image.height, data: withoutRedInk(image.data) };
  const results = await ocr.recognize(page, { ordering: { sortByReadingOrder: false } });
  const read = results
    .map((result) => ({ text: asciiDigitsAndLetters(result.text.trim()), box: { x: rounded(result.box.x), y: rounded(result.box.y), width: rounded(result.box.width), height: rounded(result.box.height) }, confidence: Math.round(result.confidence * 1000) / 1000 }))
    .filter((line) => line.text.length > 0);
  const skew = pageSkew(results.map((result) => result.box));
  if (!looksTraditional(read)) {
    releaseWhenIdle();
    return { lines: read, skew };
  }
  // Traditional pages are rare: the PP-OCRv4 sessions are let go while Tesseract reads, so the two
  // models are never in memory at once (they are loaded again for the next page).
  await releaseRecogniser();
  return { lines: await recognizeTraditional(page, resourcesFolder), skew };
}

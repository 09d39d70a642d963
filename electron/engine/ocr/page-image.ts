import { createCanvas, Image, type Canvas } from '@napi-rs/canvas';
import UTIF from 'utif2';
import { CasebookError } from '../../../shared/api/errors';
import { isTiff, readImageHeader } from './image-header';

/** Pixels as the recogniser takes them: RGBA, row by row. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * A page is recognised at most this large on its long side: an A4 page at 200 dpi (2339 px). A phone
 * photo of a page (4000 × 3000 and more) is scaled down to it, so memory stays bounded whatever the
 * camera: a 100-megapixel photo costs one decode and one small canvas, never 100 MP of tensors.
 */
export const MAX_RECOGNISED_LONG_SIDE = 2400;
/** Beyond this the decode alone would take gigabytes: refused with a reason instead. */
export const MAX_DECODED_PIXELS = 160_000_000;

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.tif', '.tiff', '.bmp', '.webp'];

const UNREADABLE_IMAGE = '图片文件已损坏或格式不受支持，无法识别文字。';

export function tooLargeToRecognise(width: number, height: number): CasebookError {
  const megapixels = Math.round((width * height) / 1_000_000);
  return new CasebookError('IMPORT_FAILED', `图片过大（${width}×${height}，约 ${megapixels} 百万像素），无法识别文字。请缩小到 ${MAX_DECODED_PIXELS / 1_000_000} 百万像素以内后再导入。`, `${width}x${height}`);
}


function tiffSize(bytes: Uint8Array): { width: number; height: number } {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const [first] = UTIF.decode(buffer);
    const width = Number((first?.t256 as number[] | undefined)?.[0] ?? 0);
    const height = Number((first?.t257 as number[] | undefined)?.[0] ?? 0);
    if (!width || !height) throw new Error('no size in TIFF');
    return { width, height };
  } catch (error) {
    throw new CasebookError('IMPORT_FAILED', UNREADABLE_IMAGE, String(error));
  }
}

/** The first page of a TIFF (scanners write one page per file as a rule) as RGBA. */
function decodeTiff(bytes: Uint8Array): RgbaImage {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const [first] = UTIF.decode(buffer);
    if (!first) throw new Error('no image in TIFF');
    const width = Number(first.width ?? (first.t256 as number[] | undefined)?.[0] ?? 0);
    const height = Number(first.height ?? (first.t257 as number[] | undefined)?.[0] ?? 0);
    if (width * height > MAX_DECODED_PIXELS) throw tooLargeToRecognise(width, height);
    UTIF.decodeImage(buffer, first);
    const data = UTIF.toRGBA8(first);
    if (!width || !height || data.length < width * height * 4) throw new Error('empty TIFF');
    return { width, height, data };
  } catch (error) {
    if (error instanceof CasebookError) throw error;
    throw new CasebookError('IMPORT_FAILED', UNREADABLE_IMAGE, String(error));
  }
}

/** The image's header: its size, or a zh-CN reason when it is no image (read before anything is stored). */
export function imageSize(bytes: Uint8Array): { width: number; height: number } {
  if (isTiff(bytes)) return tiffSize(bytes);
  const header = readImageHeader(bytes);
  if (!header) throw new CasebookError('IMPORT_FAILED', UNREADABLE_IMAGE, 'no readable image header');
  return { width: header.width, height: header.height };
}

/** The image's size is known from its header; its pixels only after decode(), which is not started for a huge one. */
async function decodeWithCanvas(bytes: Uint8Array): Promise<Image> {
  const { width, height } = imageSize(bytes);
  if (width * height > MAX_DECODED_PIXELS) throw tooLargeToRecognise(width, height);
  const image = new Image();
  let failure: unknown = null;
  image.onerror = (error) => {
    failure = error;
  };
  image.src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (failure !== null || image.width === 0 || image.height === 0) throw new CasebookError('IMPORT_FAILED', UNREADABLE_IMAGE, String(failure ?? 'no size'));
  try {
    await image.decode();
  } catch (error) {
    throw new CasebookError('IMPORT_FAILED', UNREADABLE_IMAGE, String(error));
  }
  return image;
}

/** The scale that brings the long side down to MAX_RECOGNISED_LONG_SIDE (never up). */
function fitScale(width: number, height: number): number {
  return Math.min(1, MAX_RECOGNISED_LONG_SIDE / Math.max(width, height));
}

/** Draws a source onto a white canvas of at most MAX_RECOGNISED_LONG_SIDE (transparent areas read as paper). */
function drawFitted(source: Image | Canvas, width: number, height: number): RgbaImage {
  const scale = fitScale(width, height);
  const outWidth = Math.max(1, Math.round(width * scale));
  const outHeight = Math.max(1, Math.round(height * scale));
  const canvas = createCanvas(outWidth, outHeight);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, outWidth, outHeight);
  context.drawImage(source, 0, 0, outWidth, outHeight);
  const pixels = context.getImageData(0, 0, outWidth, outHeight);
  return { width: outWidth, height: outHeight, data: new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength) };
}

/** An image file (JPEG, PNG, WebP, BMP, TIFF…) as RGBA, scaled down to a recognisable page; a corrupt or huge one fails with a zh-CN reason. */
export async function decodePageImage(bytes: Uint8Array): Promise<RgbaImage> {
  if (isTiff(bytes)) {
    const tiff = decodeTiff(bytes);
    if (fitScale(tiff.width, tiff.height) === 1) return tiff;
    const full = createCanvas(tiff.width, tiff.height);
    const context = full.getContext('2d');
    const imageData = context.createImageData(tiff.width, tiff.height);
    imageData.data.set(tiff.data);
    context.putImageData(imageData, 0, 0);
    return drawFitted(full, tiff.width, tiff.height);
  }
  const image = await decodeWithCanvas(bytes);
  return drawFitted(image, image.width, image.height);
}

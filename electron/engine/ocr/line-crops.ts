/**
 * Each text line is cut out of the page by paddleocr's cropRotated, which samples every pixel of the
 * line bicubically (4 × 4 neighbours a channel). Its sampler builds two arrays of weights and clamps
 * 48 coordinates a pixel; this one works out the weights and the neighbours' rows and columns once a
 * pixel and sums in the same order, so every crop has the same bytes (the recogniser reads the same
 * text with the same confidence) in well under half the time (about 60 vs 160 ms a 150 dpi page).
 */

/** paddleocr's Image as its crop step sees it (RGB here). */
interface SampledImage {
  width: number;
  height: number;
  channels: number;
  data: Uint8Array;
  sampleCubicPixel: (x: number, y: number, output: Uint8Array, outputIndex: number) => void;
}

/** Keys' bicubic kernel with a = -0.75 (OpenCV's), as paddleocr's cubicCoefficients computes it. */
const A = -0.75;

function sampleCubicPixel(this: SampledImage, x: number, y: number, output: Uint8Array, outputIndex: number): void {
  const { width, height, channels, data } = this;
  const baseX = Math.floor(x);
  const baseY = Math.floor(y);
  const fx = x - baseX;
  const fy = y - baseY;
  const x1 = fx + 1;
  const x2 = 1 - fx;
  const cx0 = ((A * x1 - 5 * A) * x1 + 8 * A) * x1 - 4 * A;
  const cx1 = ((A + 2) * fx - (A + 3)) * fx * fx + 1;
  const cx2 = ((A + 2) * x2 - (A + 3)) * x2 * x2 + 1;
  const cx3 = 1 - cx0 - cx1 - cx2;
  const y1 = fy + 1;
  const y2 = 1 - fy;
  const cy0 = ((A * y1 - 5 * A) * y1 + 8 * A) * y1 - 4 * A;
  const cy1 = ((A + 2) * fy - (A + 3)) * fy * fy + 1;
  const cy2 = ((A + 2) * y2 - (A + 3)) * y2 * y2 + 1;
  const cy3 = 1 - cy0 - cy1 - cy2;
  const lastX = width - 1;
  const lastY = height - 1;
  const col0 = Math.max(0, Math.min(lastX, baseX - 1)) * channels;
  const col1 = Math.max(0, Math.min(lastX, baseX)) * channels;
  const col2 = Math.max(0, Math.min(lastX, baseX + 1)) * channels;
  const col3 = Math.max(0, Math.min(lastX, baseX + 2)) * channels;
  const row0 = Math.max(0, Math.min(lastY, baseY - 1)) * width * channels;
  const row1 = Math.max(0, Math.min(lastY, baseY)) * width * channels;
  const row2 = Math.max(0, Math.min(lastY, baseY + 1)) * width * channels;
  const row3 = Math.max(0, Math.min(lastY, baseY + 2)) * width * channels;
  for (let c = 0; c < channels; c++) {
    // Summed row by row, left to right, each term as (pixel × x weight) × y weight: paddleocr's order.
    let value = 0;
    value += (data[row0 + col0 + c] as number) * cx0 * cy0;
    value += (data[row0 + col1 + c] as number) * cx1 * cy0;
    value += (data[row0 + col2 + c] as number) * cx2 * cy0;
    value += (data[row0 + col3 + c] as number) * cx3 * cy0;
    value += (data[row1 + col0 + c] as number) * cx0 * cy1;
    value += (data[row1 + col1 + c] as number) * cx1 * cy1;
    value += (data[row1 + col2 + c] as number) * cx2 * cy1;
    value += (data[row1 + col3 + c] as number) * cx3 * cy1;
    value += (data[row2 + col0 + c] as number) * cx0 * cy2;
    value += (data[row2 + col1 + c] as number) * cx1 * cy2;
    value += (data[row2 + col2 + c] as number) * cx2 * cy2;
    value += (data[row2 + col3 + c] as number) * cx3 * cy2;
    value += (data[row3 + col0 + c] as number) * cx0 * cy3;
    value += (data[row3 + col1 + c] as number) * cx1 * cy3;
    value += (data[row3 + col2 + c] as number) * cx2 * cy3;
    value += (data[row3 + col3 + c] as number) * cx3 * cy3;
    output[outputIndex + c] = Math.round(Math.max(0, Math.min(255, value)));
  }
}

/** The page image with the faster sampler in place of paddleocr's (on this image only). */
export function withFastLineCrops<T extends object>(image: T): T {
  const sampled = image as unknown as Partial<SampledImage>;
  if (typeof sampled.sampleCubicPixel === 'function' && sampled.data instanceof Uint8Array) sampled.sampleCubicPixel = sampleCubicPixel;
  return image;
}

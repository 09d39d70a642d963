// The recogniser's own faster steps give paddleocr's numbers to the last bit: the detector's input
// tensor (detection-input.ts), the bicubic sampler that cuts lines out of the page (line-crops.ts) and
// red ink taken out straight into RGB (red-ink.ts). Checked against paddleocr's own code on noisy
// pages, so an upgrade of paddleocr that changes its arithmetic fails here instead of shifting boxes.
import { DEFAULT_DETECTION_OPTIONS, Image } from 'paddleocr';
import { describe, expect, it } from 'vitest';
import { detectionInput } from '../../../electron/engine/ocr/detection-input';
import { withFastLineCrops } from '../../../electron/engine/ocr/line-crops';
import { withoutRedInk } from '../../../electron/engine/ocr/red-ink';

/** A page of random bytes (a fixed seed), RGB. */
function noisyRgb(width: number, height: number, seed = 17): Uint8Array {
  const data = new Uint8Array(width * height * 3);
  let state = seed;
  for (let at = 0; at < data.length; at++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    data[at] = state >> 23;
  }
  return data;
}

describe('OCR steps made faster', () => {
  it('makes the same detector input as paddleocr, scaled down or kept, RGB or BGR', () => {
    for (const [width, height, maxSideLength, channelOrder] of [[403, 571, 320, 'rgb'], [200, 90, 960, 'rgb'], [333, 500, 256, 'bgr']] as const) {
      const rgb = noisyRgb(width, height);
      const options = { ...DEFAULT_DETECTION_OPTIONS, maxSideLength, channelOrder };
      const own = detectionInput(rgb, width, height, options);
      if (!own) throw new Error('no input');
      const { dstWidth, dstHeight } = own.resizeParams;
      expect(dstWidth % 32).toBe(0);
      expect(dstHeight % 32).toBe(0);
      const theirs = new Image(width, height, 3, rgb).resize({ width: dstWidth, height: dstHeight }).tensor({ mean_values: options.mean, norm_values: options.stdDeviation, channel_order: channelOrder });
      expect(Buffer.from(own.tensor.buffer).equals(Buffer.from(theirs.buffer))).toBe(true);
    }
    expect(detectionInput(noisyRgb(20, 20), 20, 20, DEFAULT_DETECTION_OPTIONS)).toBeNull();
  });

  it('cuts tilted and upright lines out of the page with the same bytes as paddleocr', () => {
    const rgb = noisyRgb(300, 200);
    const quads: Parameters<Image['cropRotated']>[0][] = [
      [{ x: 10, y: 20 }, { x: 250, y: 26 }, { x: 249, y: 60 }, { x: 9, y: 54 }],
      [{ x: 0, y: 0 }, { x: 120, y: 0 }, { x: 120, y: 40 }, { x: 0, y: 40 }],
      [{ x: 280, y: 150 }, { x: 299, y: 151 }, { x: 299, y: 199 }, { x: 279, y: 199 }],
    ];
    for (const quad of quads) {
      const theirs = new Image(300, 200, 3, rgb).cropRotated(quad);
      const own = withFastLineCrops(new Image(300, 200, 3, rgb)).cropRotated(quad);
      expect([own.width, own.height]).toEqual([theirs.width, theirs.height]);
      expect(Buffer.from(own.data).equals(Buffer.from(theirs.data))).toBe(true);
    }
  });

  it('takes red ink out into RGB as it did in RGBA', () => {
    const rgba = new Uint8Array([200, 40, 40, 255, 120, 30, 20, 255, 20, 20, 20, 255, 180, 150, 140, 255]);
    expect([...withoutRedInk(rgba)]).toEqual([255, 255, 255, 120, 120, 120, 20, 20, 20, 180, 150, 140]);
  });
});

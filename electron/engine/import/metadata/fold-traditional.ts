import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import { from as fromLocales, to as toLocales } from 'opencc-js/preset/t2cn';

let converter: ConverterFunction | null = null;

/**
 * A simplified-character copy of a short text, for matching place names and cue words only; the
 * document's own text is never converted. Built on first use (a few tens of milliseconds).
 */
export function toSimplifiedForMatching(text: string): string {
  if (!/[^\u0000-\u00ff]/.test(text)) return text;
  converter ??= ConverterFactory(fromLocales.hk ?? [], fromLocales.tw ?? [], toLocales.cn ?? []);
  return converter(text);
}

import type { DocxStyles, NumberingRef } from './docx-styles';
import { formatNumber } from './number-formats';
import { attr, child, isOn, kids, num, val, type XmlElement } from './xml-element';

/**
 * Word's numbering part and the running counters of its lists: for each numbered paragraph, in
 * document order, the marker Word shows ("一、", "（二）", "3."), its nesting and whether it is a bullet.
 */

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
}

const DEFAULT_LEVEL: Level = { start: 1, format: 'decimal', text: '', suffix: 'tab', legal: false };

function readLevel(lvl: XmlElement): Level {
  return {
    start: num(val(child(lvl, 'w:start'))) ?? 1,
    format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? '',
    suffix: val(child(lvl, 'w:suff')) ?? 'tab',
    legal: isOn(child(lvl, 'w:isLgl')),
  };
}

export class ListNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  /** Abstract definitions that only point at a list style (w:numStyleLink). */
  private readonly links = new Map<string, string>();
  private readonly nums = new Map<string, { abstract: string; overrides: Map<number, Partial<Level>> }>();
  private readonly counters = new Map<string, Map<number, number>>();

  constructor(
    root: XmlElement | null,
    private readonly styles: DocxStyles,
  ) {
    for (const element of kids(root)) {
      if (element.tagName === 'w:abstractNum') {
        const id = attr(element, 'w:abstractNumId');
        if (id === null) continue;
        const levels = new Map<number, Level>();
        for (const lvl of kids(element)) {
          if (lvl.tagName !== 'w:lvl') continue;
          levels.set(num(attr(lvl, 'w:ilvl')) ?? 0, readLevel(lvl));
        }
        const link = val(child(element, 'w:numStyleLink'));
        this.abstracts.set(id, levels);
        if (link && levels.size === 0) this.links.set(id, link);
      } else if (element.tagName === 'w:num') {
        const id = attr(element, 'w:numId');
        const abstract = val(child(element, 'w:abstractNumId'));
        if (id === null || abstract === null) continue;
        const overrides = new Map<number, Partial<Level>>();
        for (const override of kids(element)) {
          if (override.tagName !== 'w:lvlOverride') continue;
          const ilvl = num(attr(override, 'w:ilvl')) ?? 0;
          const start = num(val(child(override, 'w:startOverride')));
          const lvl = child(override, 'w:lvl');
          overrides.set(ilvl, { ...(lvl ? readLevel(lvl) : {}), ...(start !== null ? { start } : {}) });
        }
        this.nums.set(id, { abstract, overrides });
      }
    }
  }

  private levelsOf(numId: string, depth = 0): { levels: Map<number, Level>; overrides: Map<number, Partial<Level>> } | null {
    const entry = this.nums.get(numId);
    if (!entry) return null;
    const levels = this.abstracts.get(entry.abstract);
    const link = this.links.get(entry.abstract);
    if (link && depth < 3) {
      // A list style (numStyleLink): the real definition hangs off the numbering style's own numPr.
      const linked = this.styles.get(link)?.numbering?.numId;
      if (linked && linked !== numId) return this.levelsOf(linked, depth + 1);
    }
    return levels ? { levels, overrides: entry.overrides } : null;
  }

  /** The marker Word shows before the paragraph ("一、", "（二）", "3."), "" for a bullet or none. */
  next(ref: NumberingRef): { marker: string; bullet: boolean; depth: number } | null {
    const found = this.levelsOf(ref.numId);
    if (!found) return null;
    const ilvl = Math.max(0, Math.min(8, ref.ilvl ?? 0));
    const level = (at: number): Level | undefined => {
      const base = found.levels.get(at);
      const override = found.overrides.get(at);
      return base || override ? { ...DEFAULT_LEVEL, ...base, ...override } : undefined;
    };
    const own = level(ilvl);
    if (!own) return null;
    let counts = this.counters.get(ref.numId);
    if (!counts) this.counters.set(ref.numId, (counts = new Map()));
    counts.set(ilvl, (counts.get(ilvl) ?? own.start - 1) + 1);
    for (const deeper of [...counts.keys()]) if (deeper > ilvl) counts.delete(deeper);
    if (own.format === 'bullet') return { marker: '', bullet: true, depth: ilvl };
    const marker = own.text.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const definition = level(at);
      if (!definition) return '';
      const value = counts.get(at) ?? definition.start;
      return formatNumber(value, own.legal && at < ilvl ? 'decimal' : definition.format);
    });
    if (marker.trim() === '') return { marker: '', bullet: false, depth: ilvl };
    // Word follows the number with a tab (or a space); next to Chinese punctuation ("一、") it reads as nothing.
    const spaced = own.suffix !== 'nothing' && /[\x21-\x7e]$/.test(marker);
    return { marker: spaced ? `${marker} ` : marker, bullet: false, depth: ilvl };
  }
}

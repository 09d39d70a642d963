import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RichTextDoc, RichTextNode } from '../../../shared/model/rich-text';
import type { Library } from '../../../electron/engine/core/library';
import { createDraft, getDraft, saveDraft } from '../../../electron/engine/drafts/drafts-service';
import { withTempLibrary } from '../../helpers/temp-library';

/** About 200 pages: 2,000 characters a page, headings every ten pages, a quote with a citation each page. */
export function hugeDraft(pages = 200): RichTextDoc {
  const content: RichTextNode[] = [];
  const sentence = '项目临时党支部坚持把支部建在项目上，推行“六有一好”标准化建设，党员作用发挥好，工人权益有保障。';
  for (let page = 1; page <= pages; page += 1) {
    if (page % 10 === 1) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `第${page}页起 典型做法` }] });
    for (let paragraph = 0; paragraph < 5; paragraph += 1) {
      content.push({ type: 'paragraph', content: [{ type: 'text', text: `${page}-${paragraph} ` + sentence.repeat(9) }] });
    }
    content.push({
      type: 'blockquote',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '吸纳了51家企业党组织，覆盖职工3万余人' },
            { type: 'citation', attrs: { citationId: `c${page}`, documentId: 'doc000000001', start: 10, end: 30, quote: '吸纳了51家企业党组织，覆盖职工3万余人', title: '案例', source: null, date: null } },
          ],
        },
      ],
    });
  }
  return { type: 'doc', content };
}

let library: Library;
let cleanup: () => void;
beforeEach(() => ({ library, cleanup } = withTempLibrary()));
afterEach(() => cleanup());

describe('a 200-page draft', () => {
  it('saves and loads in one piece, and reports how long it takes', () => {
    const doc = hugeDraft();
    const draft = createDraft(library, { title: '二百页的讲义' });
    const saveStart = performance.now();
    const saved = saveDraft(library, { id: draft.id, content: doc, baseRevision: draft.revision });
    const saveMs = performance.now() - saveStart;
    const loadStart = performance.now();
    const loaded = getDraft(library, draft.id);
    const loadMs = performance.now() - loadStart;

    expect(saved.charCount).toBeGreaterThan(400_000);
    expect(saved.citations).toHaveLength(200);
    expect(loaded.content).toEqual(doc);
    console.log(`[drafts] 200-page draft: ${saved.charCount} characters, ${JSON.stringify(doc).length} JSON chars; save ${saveMs.toFixed(0)} ms, load ${loadMs.toFixed(0)} ms`);
  });
});

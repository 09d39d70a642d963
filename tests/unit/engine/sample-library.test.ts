import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDocuments } from '../../../electron/engine/documents/documents-service';
import { declineSampleLibrary, libraryInfo, loadSampleLibrary } from '../../../electron/engine/library/library-service';
import { withTempLibrary } from '../../helpers/temp-library';

let context: ReturnType<typeof withTempLibrary>;
beforeEach(() => {
  context = withTempLibrary();
});
afterEach(() => context.cleanup());

describe('the sample library', () => {
  it('is offered on a first start and only loaded when asked', () => {
    expect(libraryInfo(context.library)).toMatchObject({ offerSample: true, documentCount: 0 });
  });

  it('is no longer offered once the user starts empty', () => {
    declineSampleLibrary(context.library);
    expect(libraryInfo(context.library).offerSample).toBe(false);
  });

  it('loads at least 40 tagged documents of all four kinds without warnings', async () => {
    const { imported } = await loadSampleLibrary(context.library);
    expect(imported).toBeGreaterThanOrEqual(40);
    const { items } = listDocuments(context.library, { trashed: false, sort: 'date', order: 'desc', offset: 0, limit: 1000 });
    expect(new Set(items.map((item) => item.kind))).toEqual(new Set(['policy', 'case', 'practice', 'news']));
    expect(items.every((item) => item.tags.length > 0)).toBe(true);
    expect(new Set(items.map((item) => item.region).filter(Boolean)).size).toBeGreaterThanOrEqual(5);
    expect(libraryInfo(context.library)).toMatchObject({ offerSample: false, documentCount: imported });
  });

  it('keeps the welcome screen up while the sample loads from it, not just until its first document', async () => {
    const loading = loadSampleLibrary(context.library);
    // Asked as the window asks after each change: once the first documents are in, the rest still loading.
    let midway = libraryInfo(context.library);
    while (midway.documentCount === 0) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      midway = libraryInfo(context.library);
    }
    const { imported } = await loading;
    expect(midway.documentCount).toBeLessThan(imported);
    expect(midway.offerSample).toBe(true);
    expect(libraryInfo(context.library).offerSample).toBe(false);
  });

  it('never brings the welcome screen back when the sample is loaded later from 帮助', async () => {
    declineSampleLibrary(context.library);
    const loading = loadSampleLibrary(context.library);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(libraryInfo(context.library).offerSample).toBe(false);
    await loading;
    expect(libraryInfo(context.library).offerSample).toBe(false);
  });
});

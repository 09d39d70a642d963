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
});

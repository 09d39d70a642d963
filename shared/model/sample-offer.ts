import type { SampleStatus } from './library';

/** What 载入示例资料 would do now, worded for its confirmation (the window's dialog and the desktop menu's). */
export interface SampleOffer {
  /** Sample documents the library does not hold yet; 0: nothing to load. */
  missing: number;
  title: string;
  paragraphs: string[];
  /** The confirming button; null when there is nothing to confirm. */
  okText: string | null;
}

export function sampleOffer(status: SampleStatus): SampleOffer {
  const missing = Math.max(0, status.documents - status.inLibrary - status.inTrash);
  const present = [status.inLibrary > 0 ? `${status.inLibrary} 份已在资料库中` : '', status.inTrash > 0 ? `${status.inTrash} 份在回收站中` : '']
    .filter(Boolean)
    .join('，');
  if (missing === 0) {
    return {
      missing,
      title: '示例资料已经载入',
      paragraphs: [`示例资料库的 ${status.documents} 份资料都已在这个资料库中（${present}），无需再次载入。`],
      okText: null,
    };
  }
  return {
    missing,
    title: '载入示例资料？',
    paragraphs: [
      `将添加 ${missing} 份示例资料（政策文件、典型案例、支部做法和新闻报道，带地区、年度和标签），它们是为演示编写的，不是真实文件。` +
        (present ? `示例资料中另有${present}，不会重复添加。` : ''),
      '资料库中现有的资料、标签、专辑和草稿都不会被改动或覆盖；以后可以把示例资料移入回收站。',
    ],
    okText: `载入 ${missing} 份示例资料`,
  };
}

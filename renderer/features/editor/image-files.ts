import { RICH_TEXT_LIMITS } from '../../../shared/model/rich-text';

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp']);

/** Image files carried by a paste or a drop (other files are left to the browser). */
export function imageFilesFrom(data: DataTransfer | null | undefined): File[] {
  if (!data) return [];
  return Array.from(data.files ?? []).filter((file) => file.type.startsWith('image/'));
}

export type ImageReadResult = { ok: true; dataUrl: string } | { ok: false; message: string };

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Reads an image into a data URL kept inside the draft, refusing unsupported types and huge files. */
export async function readImageFile(file: File): Promise<ImageReadResult> {
  if (!IMAGE_TYPES.has(file.type)) {
    return { ok: false, message: `“${file.name}”不是可以插入的图片格式（支持 PNG、JPEG、GIF、WebP、BMP）` };
  }
  if (file.size > RICH_TEXT_LIMITS.maxImageBytes) {
    return {
      ok: false,
      message: `图片“${file.name}”有 ${megabytes(file.size)} MB，超过 ${megabytes(RICH_TEXT_LIMITS.maxImageBytes)} MB 的上限，请先压缩或截取需要的部分再插入`,
    };
  }
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  }).catch(() => null);
  if (!dataUrl) return { ok: false, message: `无法读取图片“${file.name}”` };
  return { ok: true, dataUrl };
}

/** Hands bytes from the library to the user as a file: the browser's download (a save dialog in the desktop app). */
export function downloadBase64(fileName: string, contentBase64: string, mimeType = 'application/octet-stream'): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the bytes go.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A 交换包 is a ZIP that is not a Word file; recognised by its first bytes, whatever its name. */
export async function isBundleFile(file: File): Promise<boolean> {
  if (file.name.toLowerCase().endsWith('.docx')) return false;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/** Separates 交换包 from the files the normal import reads. */
export async function splitBundles<T extends { file: File }>(files: T[]): Promise<{ bundles: T[]; others: T[] }> {
  const flags = await Promise.all(files.map((picked) => isBundleFile(picked.file).catch(() => false)));
  return { bundles: files.filter((_, index) => flags[index]), others: files.filter((_, index) => !flags[index]) };
}

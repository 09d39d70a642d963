/**
 * Names inside a bundle or backup are checked before anything is unpacked: only plain relative
 * paths made of safe characters, never `..`, an absolute path, a drive letter or a backslash, so no
 * entry can be written outside the folder it belongs to (Notesnook's isPathAllowed, stricter).
 */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function entryNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 512) return 'empty or overlong name';
  if (name.includes('\\')) return 'backslash in name';
  if (name.includes('\u0000')) return 'NUL in name';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'drive letter';
  const segments = name.split('/');
  for (const segment of segments) {
    if (segment === '..' || segment === '.') return 'dot segment';
    if (!SEGMENT.test(segment)) return `unsafe segment "${segment.slice(0, 40)}"`;
  }
  return null;
}

export function isSafeEntryName(name: string): boolean {
  return entryNameProblem(name) === null;
}

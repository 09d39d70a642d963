// What the renderer may reach: its own page, nothing else. Navigation away, new windows, <webview>,
// permission prompts and foreign IPC senders are refused; plain http(s) links open in the OS browser.
import { shell, type IpcMainInvokeEvent, type Session, type WebContents } from 'electron';

/**
 * Where the renderer comes from: the Vite dev server in development; otherwise the built page on
 * app://casebook/index.html (renderer-protocol.ts), served from `root` (out/renderer).
 */
export type RendererEntry = { kind: 'url'; url: string } | { kind: 'app'; url: string; root: string };

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True for the app's own page: same origin as the dev server, or the built index.html itself (any hash). */
export function isOwnAppUrl(target: string, entry: RendererEntry): boolean {
  const url = parseUrl(target);
  if (url === null) return false;
  if (entry.kind === 'url') {
    const own = parseUrl(entry.url);
    return own !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === own.origin;
  }
  const own = parseUrl(entry.url);
  if (own === null || url.protocol !== own.protocol || url.host !== own.host || url.username !== '' || url.password !== '') return false;
  return url.pathname === own.pathname || url.pathname === '/';
}

/** Links the OS browser may open: http(s) to a named host, without embedded credentials. */
export function isSafeExternalUrl(target: string): boolean {
  const url = parseUrl(target);
  if (url === null) return false;
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '';
}

export function openExternalSafely(target: string): void {
  if (!isSafeExternalUrl(target)) return;
  shell.openExternal(target).catch((error: unknown) => {
    console.error(`[casebook] could not open ${target}:`, error);
  });
}

/** Applied to every web contents the app creates (web-contents-created): no popups, no <webview>. */
export function denyPopupsAndWebviews(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Our window stays on our page: any navigation or redirect elsewhere is cancelled. */
export function lockNavigation(contents: WebContents, entry: RendererEntry): void {
  const guard = (event: { preventDefault: () => void }, url: string): void => {
    if (!isOwnAppUrl(url, entry)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  denyPopupsAndWebviews(contents);
}

/** Writing to the clipboard (a "copy" button) is the one permission the renderer gets. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

function withoutCspHeaders(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  return result;
}

export function hardenSession(session: Session, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...withoutCspHeaders(details.responseHeaders), 'Content-Security-Policy': [csp] } });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

/** IPC is answered only for our own windows' frames showing our own page. */
export function isTrustedSender(event: IpcMainInvokeEvent, ownContents: ReadonlySet<number>, entry: RendererEntry): boolean {
  if (!ownContents.has(event.sender.id)) return false;
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && isOwnAppUrl(frame.url, entry);
}

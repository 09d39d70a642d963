// The renderer's Content-Security-Policy, in one place: main sends it as a response header, and the
// renderer build writes the same policy into index.html's <meta> (electron.vite.config.ts), and
// browser mode sends it as its header (electron/server/http-guard.ts), so every page carries it.
// No electron import: the vite config loads this file.

const PRODUCTION_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  // 'wasm-unsafe-eval' compiles WebAssembly only (never a string of script): the 原件 viewer's pdf.js
  // worker decodes the JBIG2 and JPEG 2000 images of scanned PDFs with the decoders pdfjs-dist ships
  // as .wasm (served from the app itself); without it those pages are drawn blank.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  // 'unsafe-inline' stays for styles (scripts never get it). Tried in browser mode with Chromium
  // (issue 12): without it antd 6's CSS-in-JS <style> tags are all refused (44 on the first page)
  // and the window renders as unstyled HTML. With a nonce (ConfigProvider csp={{ nonce }} and
  // tiptap's injectNonce) antd itself works, but @rc-component/portal's scroll locker (every Modal
  // and Drawer) and @rc-component/util's scrollbar measuring write <style> tags with no way to pass
  // the nonce, so they are still refused; and a nonce is only worth having when it is new for every
  // page load, which the static index.html <meta> written from this list cannot be. What an
  // injected style could do is also bounded here: no inline script, no remote loads
  // (default-src/img-src 'self'), no form posts, and the window cannot navigate away.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-src', "'none'"],
  // No <form> may submit anywhere (the app has no forms that post; antd forms are handled in script).
  ['form-action', "'none'"],
];

/**
 * `dev`: the Vite dev server's React Fast Refresh preamble is an inline module script, so development
 * (and only development) also allows inline scripts. Everything else is the same in both.
 */
export function contentSecurityPolicy(options: { dev: boolean } = { dev: false }): string {
  return PRODUCTION_DIRECTIVES.map(([name, value]) =>
    options.dev && name === 'script-src' ? `${name} ${value} 'unsafe-inline'` : `${name} ${value}`,
  ).join('; ');
}

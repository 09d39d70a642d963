// The renderer's Content-Security-Policy, in one place: main sends it as a response header, and the
// renderer build writes the same policy into index.html's <meta> (electron.vite.config.ts), so file://
// pages and browser mode carry it too. No electron import: the vite config loads this file.

const PRODUCTION_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // Ant Design writes its styles at run time.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-src', "'none'"],
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

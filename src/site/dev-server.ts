/**
 * Whether pages are being served by `astro dev` rather than built, as the integration saw the
 * command. Not `import.meta.env.DEV`: Vite sets that in a build too whenever NODE_ENV is not
 * `production` (a test runner's `test`, a shell's `development`). Kept on globalThis, like the
 * base path (urls.ts), because the pages are bundled apart from the integration yet render in
 * its process.
 */
const store = globalThis as { [key: symbol]: boolean | undefined };
const devServerKey = Symbol.for('throughline.devServer');

export function setDevServer(serving: boolean): void {
  store[devServerKey] = serving;
}

export function isDevServer(): boolean {
  return store[devServerKey] === true;
}

#!/usr/bin/env node
// `npm run screenshots`: builds the sample site for a fixed date and photographs its main
// pages in headless Chromium into docs/screenshots/, for the README.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, serve } from './bench/in-browser.ts';

const root = resolve(import.meta.dirname, '..');
const site = join(root, '.bench', 'screenshots-site');
const out = join(root, 'docs', 'screenshots');
/** The date the sample's check-ins are written around: the current cycle has several weeks of them. */
const today = '2026-11-24';

/** The pages shown in the README: file name, path, viewport and what to do before the picture. */
const shots: {
  name: string;
  path: string;
  phone?: boolean;
  dark?: boolean;
  search?: string;
  element?: string;
  wide?: boolean;
}[] = [
  { name: 'home', path: '' },
  { name: 'objective', path: 'objectives/kestrel-q4-peak-on-time/' },
  { name: 'brief', path: 'cycles/2026-Q4/' },
  { name: 'team', path: 'teams/linehaul/' },
  { name: 'decisions', path: 'decisions/' },
  { name: 'search', path: 'search/?q=peak', search: 'peak' },
  { name: 'phone-dark', path: 'objectives/kestrel-q4-peak-on-time/', phone: true, dark: true },
  // A screen wide enough for the whole map: on narrower ones it scrolls sideways.
  { name: 'strategy-map', path: 'cycles/2026-Q4/', element: 'figure.tl-map', wide: true },
];

const build = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), '--out', site], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, THROUGHLINE_TODAY: today, THROUGHLINE_BASE: '' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

mkdirSync(out, { recursive: true });
const server = await serve(site);
const browser = await launch();
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: shot.phone ? { width: 390, height: 844 } : { width: shot.wide ? 1800 : 1280, height: 900 },
      colorScheme: shot.dark ? 'dark' : 'light',
      deviceScaleFactor: 1,
      // The wide shot widens the page with a style of its own, which the site's policy refuses.
      bypassCSP: shot.wide === true,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/${shot.path}`, { waitUntil: 'networkidle' });
    if (shot.wide) await page.addStyleTag({ content: '.page { max-width: none; } .tl-map { width: max-content; }' });
    if (shot.search) await page.locator('.search-result').first().waitFor({ timeout: 10_000 });
    const file = join(out, `${shot.name}.png`);
    if (shot.element) await page.locator(shot.element).first().screenshot({ path: file });
    else await page.screenshot({ path: file });
    process.stdout.write(`${file}\n`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

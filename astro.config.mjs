// @ts-check
import { defineConfig } from 'astro/config';
import throughline from './src/integration/index.ts';

// The one place the environment is read (CI, tests, scripts); an empty variable counts as unset.
// Astro's own `--base` and `--site` still win; without either, the integration falls back to
// `base` / `site` in the content's throughline.yaml, else the root.
/** @param {string} name */
const env = (name) => process.env[name] || undefined;

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // Sixteen pages in flight: with fewer the build's thread sat idle while pages were written (at
  // 10,000 objectives sixteen beat four in five alternating pairs, by 1–5 s; BENCHMARKS.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  // Scoped styles by class rather than a data attribute on every element: smaller pages.
  scopedStyleStrategy: 'class',
  // A request to another host would break the same-origin promise of an intranet site.
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [
    throughline({
      contentDir: env('THROUGHLINE_CONTENT'),
      today: env('THROUGHLINE_TODAY'),
      base: env('THROUGHLINE_BASE'),
      site: env('THROUGHLINE_SITE'),
    }),
  ],
  vite: {
    // Scripts are small and few; keep them as files so a same-origin CSP allows them.
    build: { assetsInlineLimit: 0 },
    // Built sites and benchmark output are not sources: watching them would reload on every test build.
    server: { watch: { ignored: ['**/dist/**', '**/.dist.*/**', '**/test/.tmp/**', '**/.bench/**'] } },
  },
});

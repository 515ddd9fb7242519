// @ts-check
import { defineConfig } from 'astro/config';
import throughline from './src/integration/index.ts';

// Site URL and base path: from the environment (CI, tests, `npm run build -- --base`), else
// `site` / `base` in content/throughline.yaml (read by the integration), else the root.
const base = process.env.THROUGHLINE_BASE || undefined;
const site = process.env.THROUGHLINE_SITE || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  ...(base ? { base } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Scoped styles by class rather than a data attribute on every element: smaller pages.
  scopedStyleStrategy: 'class',
  // A request to another host would break the same-origin promise of an intranet site.
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [throughline()],
  vite: {
    // Scripts are small and few; keep them as files so a same-origin CSP allows them.
    build: { assetsInlineLimit: 0 },
    // Built sites and benchmark output are not sources: watching them would reload on every test build.
    server: { watch: { ignored: ['**/dist/**', '**/.dist.*/**', '**/test/.tmp/**', '**/.bench/**'] } },
  },
});

import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { countBySeverity } from '../model/diagnostics.ts';
import { formatDiagnostics } from '../model/format.ts';
import { basePathSchema, httpUrlSchema } from '../schemas/config.ts';
import type { ContentContext } from '../render/context.ts';
import { progressLine } from '../model/progress-line.ts';
import { siteData, type SiteData } from '../render/data.ts';
import { plural } from '../model/plural.ts';

/**
 * Runs the same checks as `npm run check` before the build renders a page: errors (or a
 * content folder that cannot be read) stop the build; warnings are printed and the site lists
 * them on its health page. Returns what pages will render from.
 */
export function validateContent(
  content: ContentContext,
  logger: AstroIntegrationLogger,
  options: { failOnErrors: boolean; live?: boolean },
): SiteData {
  const started = performance.now();
  // On a terminal a line counts the files read; in CI nothing (progress-line.ts).
  const progress = progressLine('Reading', 'files');
  const data = siteData(content, { reload: true, live: options.live, onProgress: progress.update });
  progress.end();
  const counts = countBySeverity(data.diagnostics);
  if (data.diagnostics.length) {
    process.stderr.write(`${formatDiagnostics(data.diagnostics, 'human')}\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const where = relative(process.cwd(), content.contentDir) || '.';
  logger.info(`checked ${where}: ${counts.errors} errors, ${counts.warnings} warnings (${seconds} s)`);
  if ((data.fatal || counts.errors > 0) && options.failOnErrors) {
    // Content problems are reported, not thrown: a stack trace would bury the diagnostics above.
    const errors = counts.errors || 1;
    logger.error(
      `The content has ${plural(errors, 'error')}; nothing was built. Run \`npm run check\` to see them again.`,
    );
    process.exit(1);
  }
  return data;
}

/**
 * Refuses a base path or site URL given by `THROUGHLINE_BASE`, `THROUGHLINE_SITE`, `--base`,
 * `--site` or astro.config that throughline.yaml could not hold: every link of the site starts
 * with the base, so `//evil.example/` would send each one to another host.
 */
export function validateSiteAddress(config: { base: string; site?: string | undefined }): void {
  if (!basePathSchema.safeParse(config.base).success)
    throw new AstroError(
      `The base path ${JSON.stringify(config.base)} is not a path: every link of the site would start with it.`,
      'Give THROUGHLINE_BASE, --base or `base:` in throughline.yaml a path such as "/" or "/intranet/okr/" (letters, digits, "-", "_", "." and "~" between slashes), never a host or a scheme.',
    );
  if (config.site !== undefined && !httpUrlSchema.safeParse(config.site).success)
    throw new AstroError(
      `The site URL ${JSON.stringify(config.site)} is not an absolute http or https URL.`,
      'Give THROUGHLINE_SITE, --site or `site:` in throughline.yaml the full address of the site, such as "https://intranet.example/okr/".',
    );
}

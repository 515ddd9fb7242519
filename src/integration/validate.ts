import type { AstroIntegrationLogger } from 'astro';
import { relative } from 'node:path';
import { countBySeverity } from '../model/diagnostics.ts';
import { formatDiagnostics } from '../model/format.ts';
import type { ContentContext } from '../site/context.ts';
import { siteData, type SiteData } from '../site/data.ts';

/**
 * Runs the same checks as `npm run check` before the build renders a page: errors (or a
 * content folder that cannot be read) stop the build; warnings are printed and the site lists
 * them on its health page. Returns what pages will render from.
 */
export function validateContent(
  content: ContentContext,
  logger: AstroIntegrationLogger,
  options: { failOnErrors: boolean },
): SiteData {
  const started = performance.now();
  const data = siteData(content, { reload: true });
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
      `The content has ${errors} error${errors === 1 ? '' : 's'}; nothing was built. Run \`npm run check\` to see them again.`,
    );
    process.exit(1);
  }
  return data;
}

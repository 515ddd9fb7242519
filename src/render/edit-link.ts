import type { ThroughlineConfig } from '../schemas/config.ts';
import type { SiteContext } from './context.ts';

/** The content folder's URL on the git host (`editUrl` + `contentPath`), when the configuration names a host. */
export function editFolderUrl(config: ThroughlineConfig): string | undefined {
  if (!config.editUrl) return undefined;
  const folder = trimSlashes(config.contentPath);
  return `${config.editUrl.replace(/\/?$/, '/')}${folder ? `${folder}/` : ''}`;
}

/** The "edit this page" URL of a content file, when the site has edit links. */
export function editUrlOf(context: Pick<SiteContext, 'editFolderUrl'>, key: string): string | undefined {
  if (!context.editFolderUrl) return undefined;
  return `${context.editFolderUrl}${key.split('/').map(encodeURIComponent).join('/')}`;
}

/** The text without leading and trailing slashes; counted, as `/\/+$/` would try every slash in the text. */
function trimSlashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '/') start++;
  while (end > start && text[end - 1] === '/') end--;
  return text.slice(start, end);
}

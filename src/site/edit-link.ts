import type { ThroughlineConfig } from '../schemas/config.ts';

/** The "edit this page" URL of a content file, when the configuration names a git host. */
export function editUrlOf(config: ThroughlineConfig, key: string): string | undefined {
  if (!config.editUrl) return undefined;
  const folder = trimSlashes(config.contentPath);
  return `${config.editUrl.replace(/\/?$/, '/')}${folder ? `${folder}/` : ''}${key.split('/').map(encodeURIComponent).join('/')}`;
}

/** The text without leading and trailing slashes; counted, as `/\/+$/` would try every slash in the text. */
function trimSlashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '/') start++;
  while (end > start && text[end - 1] === '/') end--;
  return text.slice(start, end);
}

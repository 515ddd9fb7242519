import type { ThroughlineConfig } from '../schemas/config.ts';

/** The "edit this page" URL of a content file, when the configuration names a git host. */
export function editUrlOf(config: ThroughlineConfig, key: string): string | undefined {
  if (!config.editUrl) return undefined;
  const folder = config.contentPath.replace(/^\/+|\/+$/g, '');
  return `${config.editUrl.replace(/\/?$/, '/')}${folder ? `${folder}/` : ''}${key.split('/').map(encodeURIComponent).join('/')}`;
}

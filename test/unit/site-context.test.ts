import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentContext, siteContext, siteSettings } from '../../src/integration/site-session.ts';
import { configSchema } from '../../src/schemas/config.ts';

const root = pathToFileURL('/projects/strategy/');

describe('the site context', () => {
  it('finds the content folder from the project root, content/ unless told, and keeps today as given', () => {
    expect(contentContext({}, root)).toEqual({ contentDir: resolve('/projects/strategy/content') });
    expect(contentContext({ contentDir: 'okrs', today: '2026-11-24' }, root)).toEqual({
      contentDir: resolve('/projects/strategy/okrs'),
      today: '2026-11-24',
    });
    expect(contentContext({ contentDir: '/srv/okrs' }, root).contentDir).toBe(resolve('/srv/okrs'));
  });

  it('refuses a today that is not a date, naming it', () => {
    expect(() => contentContext({ today: '2026-13-01' }, root)).toThrow(
      'throughline(): `today` takes a date as YYYY-MM-DD, not "2026-13-01"',
    );
  });

  it("takes Astro's own base and site first, then the options', then throughline.yaml's", () => {
    const configured = { base: '/from-yaml/', site: 'https://yaml.example/' };
    expect(siteSettings({ base: '/', site: undefined }, {}, configured)).toEqual(configured);
    expect(
      siteSettings({ base: '/', site: undefined }, { base: '/env/', site: 'https://env.example/' }, configured),
    ).toEqual({
      base: '/env/',
      site: 'https://env.example/',
    });
    expect(siteSettings({ base: '/cli/', site: 'https://cli.example/' }, { base: '/env/' }, configured)).toEqual({});
    // An explicit root base in the options wins over throughline.yaml's.
    expect(siteSettings({ base: '/', site: undefined }, { base: '/' }, configured)).toEqual({
      base: '/',
      site: 'https://yaml.example/',
    });
    expect(siteSettings({ base: '/', site: undefined }, {}, {})).toEqual({});
  });

  it('ends the base path with a slash, tells dev from build, and carries the edit folder when one is configured', () => {
    const content = { contentDir: '/c', today: '2026-11-24' };
    const plain = configSchema.parse({});
    expect(siteContext(content, { base: '/intranet' }, 'build', plain)).toEqual({
      contentDir: '/c',
      today: '2026-11-24',
      base: '/intranet/',
      command: 'build',
    });
    expect(siteContext(content, { base: '/' }, 'dev', plain).command).toBe('dev');
    expect(siteContext(content, { base: '/' }, 'preview', plain).command).toBe('build');
    const editing = configSchema.parse({ editUrl: 'https://git.example/edit/main', contentPath: 'okrs' });
    expect(siteContext(content, { base: '/' }, 'build', editing).editFolderUrl).toBe(
      'https://git.example/edit/main/okrs/',
    );
  });
});

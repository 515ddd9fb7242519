import { describe, expect, it } from 'vitest';
import { validateSiteAddress } from '../../src/integration/validate.ts';
import { basePathSchema, httpUrlSchema } from '../../src/schemas/config.ts';

/** Every link of the site starts with its base path: it must never name a host or a scheme. */
describe('the site address', () => {
  const paths = ['/', '/intranet/okr/', '/okr-2026/', '/a.b/~c_d/'];
  const notPaths = [
    '//evil.example/',
    '/\\evil/',
    '/\\/evil/',
    'https://evil.example/',
    '/https://evil.example/',
    'javascript:',
    '/javascript:/',
    '/../',
    '/./',
    '/a//b/',
    '/a b/',
    '/a\n/',
    '/a?x/',
    '/%2F%2Fevil/',
    'intranet/',
    '',
  ];

  it('a base path is a path: segments between slashes, never a host, a scheme or a dot segment', () => {
    for (const path of paths) expect(basePathSchema.safeParse(path).success, path).toBe(true);
    for (const path of notPaths) expect(basePathSchema.safeParse(path).success, path).toBe(false);
  });

  it('the site and edit links are absolute http or https URLs', () => {
    for (const url of ['https://intranet.example/okr/', 'http://localhost:4321/'])
      expect(httpUrlSchema.safeParse(url).success, url).toBe(true);
    for (const url of ['javascript:alert(1)', '//evil.example/', '/okr/', 'ftp://files.example/', 'data:text/html,x'])
      expect(httpUrlSchema.safeParse(url).success, url).toBe(false);
  });

  it('a base or site from the environment or the command line is refused with the value it was given', () => {
    expect(() => validateSiteAddress({ base: '/intranet/okr/', site: 'https://intranet.example/' })).not.toThrow();
    expect(() => validateSiteAddress({ base: '/' })).not.toThrow();
    expect(() => validateSiteAddress({ base: '//evil.example/' })).toThrow(
      'The base path "//evil.example/" is not a path',
    );
    expect(() => validateSiteAddress({ base: '/', site: 'javascript:alert(1)' })).toThrow(
      'The site URL "javascript:alert(1)" is not an absolute http or https URL',
    );
  });
});

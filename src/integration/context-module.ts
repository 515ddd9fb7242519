import type { SiteContext } from '../render/context.ts';

/** The module pages import the site context from. */
export const contextModule = 'virtual:throughline/context';
export const contextModuleId = `\0${contextModule}`;

/**
 * A Vite plugin serving `virtual:throughline/context`: the context as data, read when the
 * module is loaded (after `astro:config:done`, when the base path is final).
 */
export function contextPlugin(current: () => SiteContext) {
  return {
    name: 'throughline:context',
    resolveId(id: string) {
      return id === contextModule ? contextModuleId : undefined;
    },
    load(id: string) {
      if (id !== contextModuleId) return undefined;
      return `export const context = Object.freeze(${JSON.stringify(current())});\n`;
    },
  };
}

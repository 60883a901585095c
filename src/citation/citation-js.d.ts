/**
 * The part of citation-js 0.8 this project uses. The packages ship no type
 * declarations; these follow their READMEs and lib/ sources
 * (node_modules/@citation-js/core/lib/Cite, plugin-csl/lib/index.js).
 */
declare module '@citation-js/core' {
  /** A store of named entries (plugin-csl's styles and locales). */
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }
  export class Cite {
    constructor(data: unknown);
    /** 'bibliography' | 'citation' (plugin-csl) | 'bibtex' (plugin-bibtex) | 'ris' (plugin-ris) | 'data' (CSL-JSON). */
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: Register<string>;
        locales: Register<string>;
        /** citeproc-js's engine for a style and locale, holding `data` (plugin-csl's lib/engines.js, which caches one per style and locale). */
        engine(data: unknown[], style: string, lang: string | undefined, format: string): unknown;
      };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

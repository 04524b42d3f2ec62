import type { Plugin } from 'vite';

export declare function unminifiedTemplates(code: string): string[];
export declare function minifyTemplateSource(
  code: string,
  id: string,
  minify?: (code: string, options: object) => Promise<{ code: string; map: object } | null>,
): Promise<{ code: string; map: object } | undefined>;
export declare function minifyTemplates(): Plugin;

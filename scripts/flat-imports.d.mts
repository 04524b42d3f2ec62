import type { Plugin } from 'vite';

export const DYNAMIC_IMPORT: RegExp;
export function flatImports(): Plugin;

import type { Plugin } from 'vite';

export function flatImports(): Plugin;

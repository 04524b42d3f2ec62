import type { Plugin } from 'vite';

export declare function minifyTemplates(): Plugin;

/** Types of leaflet-trusted-types.mjs, for the TypeScript test that imports the transform. */
export const POLICY_NAME: string;
export const HELPER: string;
export const ALLOWED_MARKUP: string[];
export const REQUIRED_REWRITE: string;
export const LEAFLET_ESM: string;
export const LEAFLET_SOURCE_PATH: string;
export function transformLeafletSource(code: string): { code: string; rewritten: number };
export function transformLeaflet(code: string): string;
export function leafletTrustedTypesVite(): import('vite').Plugin;
export function leafletTrustedTypesDevServer(): {
  name: string;
  [hook: string]: unknown;
};

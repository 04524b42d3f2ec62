import { textBundle } from '../bundle.js';
import { deMap, type MapMessages } from './de-map.js';

/** Texts of <quartier-project-map>. */
export const mapTexts = textBundle<MapMessages>('map', deMap, {
  'de-x-ls': () => import('./de-ls-map.js').then((m) => m.deLsMap),
  ar: () => import('./ar-map.js').then((m) => m.arMap),
  fa: () => import('./fa-map.js').then((m) => m.faMap),
  ru: () => import('./ru-map.js').then((m) => m.ruMap),
  tr: () => import('./tr-map.js').then((m) => m.trMap),
  vi: () => import('./vi-map.js').then((m) => m.viMap),
  en: () => import('./en-map.js').then((m) => m.enMap),
});

/** The shared texts together with the map's own, as the map's templates take them. */
export type MapUiMessages = import('./de.js').Messages & { map: MapMessages };

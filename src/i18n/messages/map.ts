import { textBundle } from '../bundle.js';
import { deMap, type MapMessages } from './de-map.js';

/** Texts of <quartier-project-map>. */
export const mapTexts = textBundle<MapMessages>('map', deMap);

/** The shared texts together with the map's own, as the map's templates take them. */
export type MapUiMessages = import('./de.js').Messages & { map: MapMessages };

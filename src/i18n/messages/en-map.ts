import type { MapMessages } from './de-map.js';

export const enMap: MapMessages = {};

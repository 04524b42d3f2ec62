/** The element's map attributes (centre, zoom, tiles, clustering) as the map module takes them. */
import { isInRange } from '../../data/geo.js';
import { splitList } from '../../model/split-list.js';
import { intlLocale } from '../../i18n/locale.js';
import type { MapUiMessages } from '../../i18n/messages/map.js';
import { formatNumber, plural } from '../../i18n/plural.js';
import type { MapSettings } from './types.js';

/** `lat,lon` → a position, if it is one. */
export function parseCenter(value: string): [number, number] | undefined {
  const numbers = splitList(value).map(Number);
  if (numbers.length !== 2) return undefined;
  const [lat, lon] = numbers;
  return isInRange(lat, lon) ? [lat, lon] : undefined;
}

/** The attributes the map's settings come from (the element has them all). */
export interface MapAttributes {
  tileUrl: string;
  center: string;
  zoom?: number;
  noCluster: boolean;
}

/** What the map module starts with: tiles, view, clustering and the texts it shows. */
export function mapSettings(
  attributes: MapAttributes,
  ui: MapUiMessages,
  language: string,
): MapSettings {
  const lang = intlLocale(language);
  const center = parseCenter(attributes.center);
  return {
    tileUrl: attributes.tileUrl,
    center,
    zoom: attributes.zoom ?? (center ? 15 : undefined),
    cluster: !attributes.noCluster,
    clusterText: (count) => {
      // The phrase whole: the Arabic dual "مشروعان" is the number already, never "٢ مشروعان".
      const text = plural(lang, count, ui.count.projects);
      const number = formatNumber(lang, count);
      // The shown number stays in the name (WCAG 2.5.3), after the phrase when the phrase lacks it.
      return { count: number, name: text.includes(number) ? text : `${text} (${number})` };
    },
    regionName: ui.map.region,
    describedBy: 'pm-keys',
  };
}

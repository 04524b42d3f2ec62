/**
 * Images come only from a data source's own origin or from origins an element
 * allows with `image-origins` (SPEC §6). Others are dropped and reported, like
 * any other value that cannot be shown.
 */
import type { LoadedData } from './load-all.js';
import type { DataWarning } from '../model/types.js';
import { isImageOriginAllowed } from './urls.js';

type WithImage = { id: string; source: string; image?: { src: string; alt: string } };

/** The data without images from origins that are not allowed, and a warning for each. */
export function screenImages(data: LoadedData, extraOrigins: string[]): LoadedData {
  const warnings: DataWarning[] = [];
  const screen = <T extends WithImage>(items: T[], kind: 'events' | 'projects'): T[] =>
    items.map((item) => {
      if (!item.image || isImageOriginAllowed(item.image.src, item.source, extraOrigins))
        return item;
      warnings.push({
        source: item.source,
        kind,
        id: item.id,
        field: 'image.src',
        code: 'image-origin',
        value: item.image.src,
        action: 'field-dropped',
      });
      // A copy: the loaded source is shared with other elements that may allow the origin.
      const { image: _dropped, ...rest } = item;
      return rest as T;
    });
  const events = screen(data.events, 'events');
  const projects = screen(data.projects, 'projects');
  if (warnings.length === 0) return data;
  return { ...data, events, projects, warnings: [...data.warnings, ...warnings] };
}

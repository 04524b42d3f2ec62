/**
 * Whether the map's tiles arrive: when a batch settles and not one tile ever loaded, the tiles
 * are down (the list is then the way to the projects); the first tile that loads ends that.
 */
import type { TileLayer } from 'leaflet';

export interface TileWatch {
  /** A new tile URL: count afresh. */
  reset(): void;
}

export function watchTiles(tiles: TileLayer, failed: (down: boolean) => void): TileWatch {
  let loaded = 0;
  let broken = 0;
  let down = false;
  tiles
    .on('tileload', () => {
      loaded++;
      if (down) {
        down = false;
        failed(false);
      }
    })
    .on('tileerror', () => broken++)
    .on('load', () => {
      if (loaded === 0 && broken > 0 && !down) {
        down = true;
        failed(true);
      }
    });
  return {
    reset: () => {
      loaded = 0;
      broken = 0;
    },
  };
}

/** What the map's templates need from the element, handed over in one object. */
import type { TemplateResult } from 'lit';
import type { MapUiMessages } from '../../i18n/messages/map.js';
import type { ZoomState } from './types.js';
import type { ListEntry, MapModel } from './view-model.js';

/** What the details dialog shows: one project (perhaps picked from a cluster), or a cluster's list. */
export type Selection =
  { kind: 'project'; id: string; cluster?: string[] } | { kind: 'cluster'; ids: string[] };

export type MapState = 'off' | 'loading' | 'ready' | 'failed';

export interface MapContext {
  /** The element's language. */
  lang: string;
  /** The shared texts with the map's own. */
  ui: MapUiMessages;
  /** The element's heading at its `heading-level`. */
  heading(text: string, offset?: number, id?: string): TemplateResult;
  /** The element's attributes, as set. */
  view: 'map' | 'list';
  tileUrl: string;
  attribution: string;
  /** The element's state in this render. */
  granted: boolean;
  rememberChoice: boolean;
  mapState: MapState;
  zoomState?: ZoomState;
  tilesDown: boolean;
  hint?: 'wheel' | 'touch';
  selection?: Selection;
  /** The list entry of a project, also of one filtered away while its panel is open. */
  entryFor(id: string): ListEntry | undefined;
  imageAllowed(src: string, source: string): boolean;
  setView(view: 'map' | 'list'): void;
  setRememberChoice(remember: boolean): void;
  loadMap(): void;
  hideMap(): void;
  retryMap(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** The skip link: past the map to the list. */
  skipToList(event: Event): void;
  showMore(model: MapModel, shown: number): void;
  openProject(id: string, opener: HTMLElement): void;
  /** A project picked from a cluster's list: its panel leads back to the list. */
  openFromCluster(id: string, cluster: string[]): void;
  showCluster(ids: string[]): void;
  closeDialog(): void;
}

/** What the details dialog shows, and where the map is: the states the element and its parts share. */
import type { TemplateResult } from 'lit';
import type { PartModule } from '../../controllers/lazy-part.js';
import type { Project } from '../../model/types.js';
import type { Consent } from './consent.js';

/** What the details dialog shows: one project (perhaps picked from a cluster), or a cluster's list. */
export type Selection =
  { kind: 'project'; id: string; cluster?: string[] } | { kind: 'cluster'; ids: string[] };

/** Where the map is: not wanted, its module on the way, shown, or failed to load. */
export type MapState = 'off' | 'loading' | 'ready' | 'failed';

/** The details dialog's content, a part fetched on first use (map-details.ts). */
export interface MapDetailsPart<E> extends PartModule {
  renderDialogContent(el: E, selection: Selection): TemplateResult;
}

/** The view's side of the details dialog (project-map.actions.ts): what opens it, where focus returns. */
export interface DetailsOpening {
  /** The marker, cluster or list button that opened the dialog. */
  readonly opener?: HTMLElement;
  /** Shows `selection` in the dialog (fetched first); replacing content, focus goes to its heading. */
  open(selection: Selection, opener: HTMLElement | undefined): void;
  /** The dialog closed: remember where focus returns, forget what it showed. */
  closed(): void;
}

export interface ProjectSelectDetail {
  project: Project;
}

export interface ConsentChangeDetail {
  consent: Consent;
}

/**
 * What the project map does, given by its view: the element's own controllers (the visitor's
 * consent, the Leaflet map, the dialog's opener), its texts and model, and what a person's action
 * does. Part of the view, so a page without a map never fetches it.
 */
import type { ReactiveController } from 'lit';
import type { LoadedData } from '../../data/load-all.js';
import { mapTexts, type MapUiMessages } from '../../i18n/messages/map.js';
import { applyFilter } from '../../state/filter.js';
import { ConsentController } from './consent-controller.js';
import { LeafletController } from './map-controller.js';
import { mapSettings } from './map-settings.js';
import type { DetailsOpening, Selection } from './map-state.js';
import type { QuartierProjectMap } from './project-map.js';
import { buildModel, LastResult, type ListEntry, type MapModel } from './view-model.js';

/** The list shows this many projects at first, and this many more on each "Weitere anzeigen". */
const LIST_PAGE = 100;

/** Gives one map what only the view needs (ElementView.setup), once, before it renders with it. */
export function setup(el: QuartierProjectMap): void {
  el.mapText = el.useTexts(mapTexts);
  el.lastModel = new LastResult<MapModel>();
  el.gate = new ConsentController(el, (consent) => el.emit('quartier-consent-change', { consent }));
  el.leaflet = new LeafletController(el, {
    mapHost: () => el.renderRoot.querySelector<HTMLElement>('.pm-map-host'),
    wanted: () => el.gate.granted && el.data.value !== undefined && !el.data.failed,
    settings: () => mapSettings(el, mapUi(el), el.language),
    attributes: () => el,
    points: () => (el.data.value ? model(el, el.data.value).points : undefined),
    select: (id, marker) => openProject(el, id, marker),
    listCluster: (ids, cluster) => el.opening.open({ kind: 'cluster', ids }, cluster),
  });
  el.opening = new DetailsOpener(el);
}

/** The shared texts with the map's own, in the current language. */
export function mapUi(el: QuartierProjectMap): MapUiMessages {
  return { ...el.messages, map: el.mapText() };
}

/** The shown projects and what map, list and legend make of them; recomputed only on change. */
export function model(el: QuartierProjectMap, data: LoadedData): MapModel {
  const { filter, scope, language } = el;
  const state = filter.state;
  const scopeKey = `${scope.topics.join(',')}|${scope.organizer ?? ''}`;
  return el.lastModel.get([data, state, scopeKey, language], () =>
    buildModel(
      applyFilter(data.projects, 'projects', scope, state),
      data.topics,
      language,
      mapUi(el),
      [...state.topics, ...scope.topics],
    ),
  );
}

/** The list entry of a project, also of one filtered away while its panel is open. */
export function entryFor(el: QuartierProjectMap, id: string): ListEntry | undefined {
  const data = el.data.value;
  if (!data) return undefined;
  const shown = model(el, data).entries.find((entry) => entry.project.id === id);
  if (shown) return shown;
  // Filtered away while its panel is open: keep showing it.
  const project = data.projects.find((p) => p.id === id);
  return project
    ? buildModel([project], data.topics, el.language, mapUi(el), []).entries[0]
    : undefined;
}

/** How many projects of `model` the list shows. */
export function listCount(el: QuartierProjectMap, model: MapModel): number {
  return el.listShown?.model === model ? el.listShown.count : LIST_PAGE;
}

/** "Karte laden": the visitor's consent; focus goes to the map once it is there. */
export function loadMap(el: QuartierProjectMap): void {
  el.leaflet.focusOnReady();
  el.gate.grant();
}

/** "Karte ausblenden": consent withdrawn and forgotten; focus to "Karte laden". */
export function hideMap(el: QuartierProjectMap): void {
  el.gate.withdraw();
  el.focusAfterUpdate(() => el.renderRoot.querySelector<HTMLElement>('[part="consent-button"]'));
}

/** The skip link: past the map to the list, without changing the page's address. */
export function skipToList(el: QuartierProjectMap, event: Event): void {
  event.preventDefault();
  el.renderRoot.querySelector<HTMLElement>('#pm-list')?.focus();
}

/** A long list grows page by page; focus goes to the first project that was added. */
export function showMore(el: QuartierProjectMap, model: MapModel, shown: number): void {
  el.listShown = { model, count: shown + LIST_PAGE };
  el.focusAfterUpdate(() => el.renderRoot.querySelectorAll<HTMLElement>('.pm-item-button')[shown]);
}

/** A marker or list button opened a project: show it and tell the page. */
export function openProject(
  el: QuartierProjectMap,
  id: string,
  opener: HTMLElement,
  cluster?: string[],
): void {
  const entry = entryFor(el, id);
  if (!entry) return;
  el.opening.open({ kind: 'project', id, cluster }, opener);
  el.emit('quartier-project-select', { project: entry.project });
}

/** A project picked from a cluster's list: its panel leads back to the list. */
export function openFromCluster(el: QuartierProjectMap, id: string, cluster: string[]): void {
  openProject(el, id, el.opening.opener ?? el, cluster);
}

/** "Zurück zur Auswahl": the cluster's list again. */
export function showCluster(el: QuartierProjectMap, ids: string[]): void {
  el.opening.open({ kind: 'cluster', ids }, el.opening.opener);
}

/**
 * The details dialog's opening: what opened it (focus returns there when it closes, or to the
 * project's marker or list entry), and the project `showProject()` asked for, opened once the
 * data is here.
 */
class DetailsOpener implements ReactiveController, DetailsOpening {
  opener?: HTMLElement;
  /** Where focus goes when the dialog has closed. */
  private returnTo?: HTMLElement | null;

  constructor(private readonly el: QuartierProjectMap) {
    el.addController(this);
  }

  hostUpdate(): void {
    // Asked for before the view or the data arrived: open it in this same update, silently.
    const id = this.el.pendingProject;
    if (id === undefined || !this.el.data.value) return;
    this.el.pendingProject = undefined;
    if (entryFor(this.el, id)) this.open({ kind: 'project', id }, undefined);
  }

  open(selection: Selection, opener: HTMLElement | undefined): void {
    const el = this.el;
    if (!el.detailsPart.module)
      return void el.detailsPart.ensure().then((p) => p && this.open(selection, opener));
    const replacing = el.details.isOpen;
    el.selection = selection;
    this.opener = opener;
    if (!replacing) {
      el.details.open(() => this.returnTo);
      return;
    }
    const dialog = () => el.renderRoot.querySelector('dialog');
    el.focusAfterUpdate(() => dialog()?.querySelector<HTMLElement>('#pm-dialog-title'), dialog);
  }

  closed(): void {
    this.returnTo = this.openerOf(this.el.selection);
    this.el.selection = undefined;
    this.opener = undefined;
  }

  /** The marker or list button to return to: the opener, else the project's marker or list entry. */
  private openerOf(selection: Selection | undefined): HTMLElement | null | undefined {
    if (this.opener?.isConnected || selection?.kind !== 'project') return this.opener;
    const button = `.pm-item-button[data-id="${CSS.escape(selection.id)}"]`;
    return (
      this.el.leaflet.elementFor(selection.id) ??
      this.el.renderRoot.querySelector<HTMLElement>(button)
    );
  }
}

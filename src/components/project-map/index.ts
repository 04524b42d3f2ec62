/**
 * The project map, definition and view together, defining nothing: the class
 * entry for bundler users (`quartier-widgets/project-map/class`).
 */
import { QuartierProjectMap } from './project-map.js';
import { projectMapView } from './project-map.view.js';

QuartierProjectMap.useView(projectMapView);

export { QuartierProjectMap };
export type { ConsentChangeDetail, ProjectSelectDetail } from './project-map.js';

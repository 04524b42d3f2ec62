/**
 * Define entry (`import 'quartier-widgets/project-map'`, and what the script-tag entry uses): defines
 * the tag at once; the view is fetched when such an element is shown (QuartierElement.loadView).
 */
import { define } from '../../define.js';
import { QuartierProjectMap } from './project-map.js';

QuartierProjectMap.viewFrom(() => import('./project-map.view.js').then((m) => m.projectMapView));
define('quartier-project-map', QuartierProjectMap);

export { QuartierProjectMap };

declare global {
  interface HTMLElementTagNameMap {
    'quartier-project-map': QuartierProjectMap;
  }
}

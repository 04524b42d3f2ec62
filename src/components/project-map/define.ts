/** Define entry for bundler users: `import 'quartier-widgets/project-map'`. */
import { define } from '../../define.js';
import { QuartierProjectMap } from './index.js';

define('quartier-project-map', QuartierProjectMap);

export { QuartierProjectMap };

declare global {
  interface HTMLElementTagNameMap {
    'quartier-project-map': QuartierProjectMap;
  }
}

/** Define entry for bundler users: `import 'quartier-widgets/idea-form'`. */
import { define } from '../../define.js';
import { QuartierIdeaForm } from './index.js';

define('quartier-idea-form', QuartierIdeaForm);

export { QuartierIdeaForm };

declare global {
  interface HTMLElementTagNameMap {
    'quartier-idea-form': QuartierIdeaForm;
  }
}

/**
 * Define entry (`import 'quartier-widgets/idea-form'`, and what the script-tag entry uses): defines
 * the tag at once; the view is fetched when such an element is shown (QuartierElement.loadView).
 */
import { define } from '../../define.js';
import { QuartierIdeaForm } from './idea-form.js';

QuartierIdeaForm.viewFrom(() => import('./idea-form.view.js').then((m) => m.ideaFormView));
define('quartier-idea-form', QuartierIdeaForm);

export { QuartierIdeaForm };

declare global {
  interface HTMLElementTagNameMap {
    'quartier-idea-form': QuartierIdeaForm;
  }
}

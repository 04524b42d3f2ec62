/**
 * The idea form, definition and view together, defining nothing: the class
 * entry for bundler users (`quartier-widgets/idea-form/class`).
 */
import { QuartierIdeaForm } from './idea-form.js';
import { ideaFormView } from './idea-form.view.js';

QuartierIdeaForm.useView(ideaFormView);

export { QuartierIdeaForm };
export type { IdeaErrorDetail, IdeaSubmittedDetail } from './idea-form.js';

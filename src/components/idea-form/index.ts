/**
 * The idea form, definition and view together, defining nothing: the class
 * entry for bundler users (`quartier-widgets/idea-form/class`).
 */
export { QuartierIdeaForm } from './idea-form.js';

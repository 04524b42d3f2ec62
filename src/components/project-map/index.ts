/**
 * The project map, definition and view together, defining nothing: the class
 * entry for bundler users (`quartier-widgets/project-map/class`).
 */
export { QuartierProjectMap } from './project-map.js';

/**
 * The details dialog's content and styles, fetched the first time a person
 * opens a project or a cluster (most visitors only look at the map and list).
 */
export { renderDialogContent } from './map-dialog.js';
export { mapDialogStyles as styles } from './map-dialog.styles.js';

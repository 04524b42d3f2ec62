/**
 * What the script-tag entry does first, before the widgets' code has run (a chunk of its own,
 * vite.config.ts): it sends the page's data requests, and notes which widgets are on screen, so
 * their views are requested with the data instead of after the first frame.
 */
import { noteNearViewport } from './controllers/near-viewport.js';
import { fetchEarly, TAGS } from './data/early-fetch.js';

if (typeof document !== 'undefined') {
  fetchEarly();
  noteNearViewport(document.querySelectorAll(TAGS.join()));
}

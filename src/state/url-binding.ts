/**
 * Connects one group's channel to the address bar: the filter is read on
 * load, written with pushState on each change, and restored on back/forward.
 * Only one filter per page may own the address bar; a second one is refused
 * with a warning, since two would overwrite each other's parameters.
 */
import { de } from '../i18n/messages/de.js';
import type { FilterChannel } from './channel.js';
import { sameFilter } from '../model/filter-state.js';
import { readFilterFromUrl, writeFilterToUrl } from './url-sync.js';
import { pageRegistry } from '../registry/page-registry.js';

export function bindUrlSync(channel: FilterChannel): () => void {
  const state = pageRegistry();
  if (state.urlSyncGroup !== undefined) {
    console.warn(de.urlSyncTaken(channel.group));
    return () => {};
  }
  state.urlSyncGroup = channel.group;

  // While the address is being read (load, back/forward), changes must not write it again.
  let restoring = false;
  const restore = () => {
    restoring = true;
    try {
      channel.set(readFilterFromUrl(location.href));
    } finally {
      restoring = false;
    }
  };
  restore();
  const unsubscribe = channel.subscribe((filter) => {
    if (restoring || sameFilter(readFilterFromUrl(location.href), filter)) return;
    history.pushState(history.state, '', writeFilterToUrl(location.href, filter));
  });
  addEventListener('popstate', restore);

  return () => {
    unsubscribe();
    removeEventListener('popstate', restore);
    if (state.urlSyncGroup === channel.group) state.urlSyncGroup = undefined;
  };
}

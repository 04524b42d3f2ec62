/**
 * Gives an element its validated, merged data. Built on @lit/task: a new
 * `src` (or a new visible range, for URLs with `{start}`/`{end}`) starts a new
 * load and aborts the old one; results are shared page-wide by the loader.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { screenImages } from '../data/images.js';
import type { LoadedData } from '../data/load-all.js';
import { pagesOf, prefetchAfter, type PageRange } from '../data/pages.js';
import { splitList } from '../model/split-list.js';
import type { DataWarning } from '../model/types.js';
import { yieldToMain } from '../model/yield-to-main.js';
import { loadAndReport, reportWarnings } from './report-warnings.js';

export type { DateRange, PageRange } from '../data/pages.js';

export interface DataWarningDetail {
  warnings: DataWarning[];
}

export class DataController {
  private readonly task: Task<[string, string, string], LoadedData>;
  private readonly range: () => PageRange | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    src: () => string,
    /** The days shown, for sources with `{start}`/`{end}`; without, the coming year. */
    range: () => PageRange | undefined = () => undefined,
    /** Elements that show images pass their `image-origins`; other images are dropped and reported. */
    imageOrigins?: () => string[],
  ) {
    this.range = range;
    this.task = new Task(host, {
      args: () => {
        const list = src();
        const visible = range();
        // Only the pages asked for count: a new range of days in the same months loads nothing new.
        const pages = splitList(list).flatMap((url) => pagesOf(url, visible));
        return [
          list,
          JSON.stringify(pages.filter(Boolean)),
          imageOrigins ? imageOrigins().join(' ') : '',
        ];
      },
      task: async ([list], { signal }) => {
        const urls = splitList(list);
        const visible = range();
        // After a first success, a month that fails is a notice: the person can still page back.
        const loaded = await loadAndReport(urls, signal, visible, this.task.value !== undefined);
        // A large source was checked near the shown dates first: load again once it is whole.
        void loaded.complete?.then(() => this.task.run());
        prefetchAfter(urls, visible);
        const origins = imageOrigins?.() ?? [];
        const data = imageOrigins ? screenImages(loaded, origins) : loaded;
        if (data !== loaded) reportWarnings(data.warnings);
        if (data.warnings.length > 0 && !loaded.complete) {
          host.dispatchEvent(
            new CustomEvent<DataWarningDetail>('quartier-data-warning', {
              detail: { warnings: data.warnings },
              bubbles: true,
              composed: true,
            }),
          );
        }
        // Each element draws its data in a task of its own, not all in the one that checked it.
        await yieldToMain();
        return data;
      },
    });
  }

  get value(): LoadedData | undefined {
    return this.task.value;
  }

  get error(): unknown {
    return this.task.error;
  }

  /** True until the first load has finished, and while a retry runs. */
  get loading(): boolean {
    return this.task.status === TaskStatus.INITIAL || this.task.status === TaskStatus.PENDING;
  }

  /**
   * What this element shows is not all checked yet: a large source is checked
   * near the days a calendar shows first, and this element shows other days,
   * or all of them (filter counts, map). It stays busy; the whole data
   * follows within moments.
   */
  get checking(): boolean {
    const near = this.task.value?.near;
    const shown = this.range();
    return Boolean(near && (!shown || shown.start < near.start || shown.end > near.end));
  }

  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR;
  }

  /** "Erneut versuchen": failed sources were forgotten by the loader, so this asks them again. */
  retry(): Promise<void> {
    return this.task.run();
  }

  /** Resolves once the current load has settled (tests and stories wait on it). */
  get complete(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quartier-data-warning': CustomEvent<DataWarningDetail>;
  }
}

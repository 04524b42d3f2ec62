/**
 * The ES module entry (`dist/quartier-widgets.js`): defines all four elements,
 * those in the page first. Their code is fetched and run while the page's data
 * is on its way; the code of the others waits until that data is shown (a
 * second at most), so it does not hold up the first paint. A script that
 * imports this module gets it once every element is defined. The classic
 * script (index.ts) defines all four at once.
 */
// First, so the page's data is on its way while the elements' code is prepared.
import { earlyRequests } from './data/early-fetch.js';

export type * from './index.js';
export { getChannel } from './state/channel.js';
export { VERSION } from './version.js';

const loaders = {
  'quartier-event-calendar': () => import('./components/event-calendar/define.js'),
  'quartier-topic-filter': () => import('./components/topic-filter/define.js'),
  'quartier-project-map': () => import('./components/project-map/define.js'),
  'quartier-idea-form': () => import('./components/idea-form/define.js'),
};

/** After the page's first data has been painted, or after a second, whichever comes first. */
const afterFirstData = (requests: Promise<unknown>[]) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 1000);
    void Promise.allSettled(requests).then(() =>
      'requestIdleCallback' in window
        ? requestIdleCallback(() => resolve(), { timeout: 200 })
        : setTimeout(resolve, 50),
    );
  });

if (typeof document !== 'undefined') {
  const inPage = Object.entries(loaders).filter(([tag]) => document.querySelector(tag));
  await Promise.all(inPage.map(([, load]) => load()));
  if (inPage.length < Object.keys(loaders).length) await afterFirstData(earlyRequests);
}

const [
  { QuartierEventCalendar },
  { QuartierTopicFilter },
  { QuartierProjectMap },
  { QuartierIdeaForm },
] = await Promise.all([
  loaders['quartier-event-calendar'](),
  loaders['quartier-topic-filter'](),
  loaders['quartier-project-map'](),
  loaders['quartier-idea-form'](),
]);

export { QuartierEventCalendar, QuartierIdeaForm, QuartierProjectMap, QuartierTopicFilter };

/**
 * The demo's "what the data layer loaded" panel: counts per kind and the
 * warnings of the demo source, and how many items the current filter shows.
 * It uses the library's own data layer and filter channel, as a widget would.
 */
import { loadAndReport } from '../src/controllers/report-warnings.js';
import { applyFilter } from '../src/state/filter.js';
import { getChannel } from '../src/state/channel.js';

const SOURCE = '/data/schoenefeld.json';
const list = document.querySelector<HTMLDListElement>('#data-status')!;

function row(term: string, value: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const dt = document.createElement('dt');
  const dd = document.createElement('dd');
  dt.textContent = term;
  dd.textContent = value;
  fragment.append(dt, dd);
  return fragment;
}

async function show(): Promise<void> {
  try {
    const data = await loadAndReport([SOURCE]);
    const channel = getChannel();
    const render = () => {
      const filter = channel.get();
      const events = applyFilter(data.events, 'events', { topics: [] }, filter);
      const projects = applyFilter(data.projects, 'projects', { topics: [] }, filter);
      list.replaceChildren(
        row('Themen', String(data.topics.length)),
        row('Veranstaltungen', `${data.events.length} (mit aktuellem Filter: ${events.length})`),
        row('Projekte', `${data.projects.length} (mit aktuellem Filter: ${projects.length})`),
        row('Hinweise zur Datenqualität', String(data.warnings.length)),
      );
      list.setAttribute('aria-busy', 'false');
    };
    render();
    channel.subscribe(render);
  } catch {
    list.replaceChildren(row('Status', 'Die Demo-Daten konnten nicht geladen werden.'));
    list.setAttribute('aria-busy', 'false');
  }
}

void show();

/**
 * From the filtered projects to what the map and its list twin show: one entry per project
 * (the list), a point per project with coordinates (the map), and the legend. Pure, so both
 * views are guaranteed to show the same projects.
 */
import type { Project, Topic } from '../../model/types.js';
import { resolveText, textLang } from '../../data/text.js';
import type { MapUiMessages } from '../../i18n/messages/map.js';
import { appearanceOf, shapeOf, inkFor, DEFAULT_COLOR, type Appearance } from './symbols.js';
import type { MapPoint } from './types.js';

export interface ListEntry {
  project: Project;
  title: string;
  /** The title's language when it is not the UI language (its `lang`). */
  titleLang?: string;
  appearance: Appearance;
  /** The status in words, if the project has one. */
  status?: string;
  /** Topic labels, each with its language when it is not the UI language. */
  topics: { label: string; lang?: string }[];
  /** Whether the project is on the map (has coordinates). */
  mapped: boolean;
}

export interface LegendEntry {
  label: string;
  lang?: string;
  appearance: Appearance;
}

export interface MapModel {
  entries: ListEntry[];
  points: MapPoint[];
  unmapped: number;
  legend: LegendEntry[];
}

const hasPlace = (project: Project): boolean =>
  project.location?.lat !== undefined && project.location?.lon !== undefined;

export function buildModel(
  projects: Project[],
  topics: Topic[],
  lang: string,
  messages: MapUiMessages,
  preferredTopics: string[],
): MapModel {
  const m = messages.map;
  const topicLabel = new Map(
    topics.map((topic) => [
      topic.id,
      { label: resolveText(topic.label, lang), lang: textLang(topic.label, lang) },
    ]),
  );
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const entries = projects
    .map((project): ListEntry => {
      const appearance = appearanceOf(project, topics, preferredTopics);
      return {
        project,
        title: resolveText(project.title, lang),
        titleLang: textLang(project.title, lang),
        appearance,
        status: project.status ? m.status[project.status] : undefined,
        topics: (project.topics ?? []).map((id) => topicLabel.get(id) ?? { label: id }),
        mapped: hasPlace(project),
      };
    })
    .sort((a, b) => collator.compare(a.title, b.title));

  const points: MapPoint[] = [];
  const shown = new Set<string | undefined>();
  for (const entry of entries) {
    if (!entry.mapped) continue;
    const { lat, lon } = entry.project.location as { lat: number; lon: number };
    const { color, ink, shape, topic } = entry.appearance;
    points.push({
      id: entry.project.id,
      lat,
      lon,
      name: m.markerName(entry.title, entry.status),
      color,
      ink,
      shape,
    });
    shown.add(topic);
  }

  // In the data's topic order, as the topic filter lists them; "ohne Thema" last.
  const legend: LegendEntry[] = topics
    .filter((topic) => shown.has(topic.id))
    .map((topic) => {
      const color = topic.color ?? DEFAULT_COLOR;
      return {
        ...(topicLabel.get(topic.id) ?? { label: topic.id }),
        appearance: {
          color,
          ink: inkFor(color),
          shape: shapeOf(topic.id, topics),
          topic: topic.id,
        },
      };
    });
  if (shown.has(undefined)) {
    legend.push({
      label: m.noTopic,
      appearance: { color: DEFAULT_COLOR, ink: inkFor(DEFAULT_COLOR), shape: 'bar' },
    });
  }

  return { entries, points, unmapped: entries.length - points.length, legend };
}

/** The last result and the inputs it came from: the same inputs (by identity) give it back without work. */
export class LastResult<T> {
  private inputs?: unknown[];
  private result?: T;

  get(inputs: unknown[], compute: () => T): T {
    const same =
      this.inputs?.length === inputs.length && inputs.every((x, i) => x === this.inputs![i]);
    if (!same) {
      this.result = compute();
      this.inputs = inputs;
    }
    return this.result as T;
  }
}

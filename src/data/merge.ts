/**
 * Merges the sources of one element in the order given. Ids are unique across
 * all of them: the first item with an id wins, later ones are reported. Topic
 * ids an item uses but no source defines are dropped from the item and reported.
 */
import type {
  DataWarning,
  ItemKind,
  Project,
  QuartierData,
  QuartierEvent,
  SourceData,
  Topic,
} from '../model/types.js';

export interface MergedData extends QuartierData {
  warnings: DataWarning[];
}

/** Keeps the first item of each id, reporting the others (unless their list is `quiet`). */
function firstOfEachId<T extends Topic | QuartierEvent | Project>(
  lists: T[][],
  kind: ItemKind,
  warnings: DataWarning[],
  quiet: boolean[] = [],
): T[] {
  const seen = new Set<string>();
  return lists.flatMap((list, i) =>
    list.filter((item) => {
      if (!seen.has(item.id)) return seen.add(item.id);
      if (!quiet[i]) report(item, kind, warnings);
      return false;
    }),
  );
}

function report(item: Topic | QuartierEvent | Project, kind: ItemKind, warnings: DataWarning[]) {
  warnings.push({
    source: item.source,
    kind,
    id: item.id,
    code: 'duplicate-id',
    value: item.id,
    action: 'skipped',
  });
}

export function mergeSources(sources: SourceData[]): MergedData {
  const warnings = sources.flatMap((source) => source.warnings);
  const declared = sources.filter((s) => !s.topicsImplied);
  const implied = sources.filter((s) => s.topicsImplied);
  const merged: MergedData = {
    // Topics a source defines win over those made from iCalendar categories, in whatever order.
    topics: firstOfEachId(
      [...declared, ...implied].map((s) => s.topics),
      'topics',
      warnings,
      [...declared.map(() => false), ...implied.map(() => true)],
    ),
    events: firstOfEachId(
      sources.map((s) => s.events),
      'events',
      warnings,
    ),
    projects: firstOfEachId(
      sources.map((s) => s.projects),
      'projects',
      warnings,
    ),
    warnings,
  };
  // Topics made from categories do not switch the check on for sources that define none.
  if (declared.some((s) => s.topics.length > 0)) dropUnknownTopics(merged);
  return merged;
}

/** Without any topic list there is nothing to check against, and ids stay as they are. */
function dropUnknownTopics(data: MergedData): void {
  const known = new Set(data.topics.map((topic) => topic.id));
  const clean = <T extends QuartierEvent | Project>(item: T, kind: 'events' | 'projects'): T => {
    const unknown = item.topics?.filter((id) => !known.has(id)) ?? [];
    if (unknown.length === 0) return item;
    for (const id of unknown) {
      data.warnings.push({
        source: item.source,
        kind,
        id: item.id,
        field: 'topics',
        code: 'unknown-topic',
        value: id,
        action: 'field-dropped',
      });
    }
    return { ...item, topics: item.topics!.filter((id) => known.has(id)) };
  };
  data.events = data.events.map((event) => clean(event, 'events'));
  data.projects = data.projects.map((project) => clean(project, 'projects'));
}

/**
 * Offers events as an .ics file: "In meinen Kalender" for one event (the
 * whole series) and "Alle angezeigten Termine exportieren" for a list.
 * Loaded only when someone asks for a file.
 */
import { eventsToIcs, type IcsItem } from '../../calendar/ics/export.js';
import type { QuartierEvent } from '../../model/types.js';
import { resolveText } from '../../data/text.js';
import type { CalendarContext } from './context.js';

/** Name and address on one line, for the dialog and for the .ics file. */
export function placeText(event: QuartierEvent): string {
  const { name, address } = event.location ?? {};
  return [name, address].filter(Boolean).join(', ');
}

function itemOf(event: QuartierEvent, ctx: CalendarContext): IcsItem {
  return {
    event,
    title: resolveText(event.title, ctx.lang),
    description: event.description ? resolveText(event.description, ctx.lang) : undefined,
    location: placeText(event) || undefined,
    categories: (event.topics ?? []).map((id) =>
      resolveText(ctx.topics.get(id)?.label ?? id, ctx.lang),
    ),
  };
}

/** Letters, digits and hyphens only: safe as a file name on every system. */
const slug = (name: string) =>
  name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'termin';

/**
 * Downloads the events as one .ics file in the calendar's zone and language.
 * `fileName` is given without extension and reduced to a slug.
 */
export function downloadEvents(
  events: QuartierEvent[],
  ctx: CalendarContext,
  fileName: string,
): void {
  const ics = eventsToIcs(
    events.map((event) => itemOf(event, ctx)),
    { zone: ctx.zone, host: location.host || 'quartier-widgets' },
  );
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${slug(fileName.replace(/\.ics$/i, ''))}.ics`;
  link.click();
  // The download has started by then; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

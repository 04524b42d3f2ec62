/** What the view templates need from the calendar, handed over in one object. */
import type { nothing } from 'lit';
import type { DayKey } from '../../calendar/days.js';
import type { Occurrence } from '../../calendar/occurrences.js';
import type { Topic } from '../../model/types.js';
import type { CalendarMessages } from '../../i18n/messages/de-calendar.js';
import type { Messages } from '../../i18n/messages/de.js';

export interface CalendarContext {
  lang: string;
  messages: Messages;
  /** The calendar's own texts. */
  t: CalendarMessages;
  zone: string;
  today: DayKey;
  headingLevel: number;
  topics: Map<string, Topic>;
  /** The title of an event in the calendar's language. */
  title(occurrence: Occurrence): string;
  /** The `lang` of that title when it is not in the calendar's language (issue 16, defect 7). */
  titleLang(occurrence: Occurrence): string | typeof nothing;
  openEvent(occurrence: Occurrence, trigger: HTMLElement): void;
  openDay(day: DayKey, trigger: HTMLElement): void;
  /** The first part of a long list on its first showing; the rest follows (partial-draw.ts). */
  part<T>(items: T[], size?: (item: T) => number): T[];
}

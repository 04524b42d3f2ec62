/**
 * How much block space each element keeps while its view or its data loads, so the host page
 * below does not jump when it arrives (issue 13). Where the loaded size does not depend on the data
 * it is that size (a month grid, the filter's disclosure, the form), measured from the loaded
 * elements at the default text size (rem, so it follows the page's text size); where it does (a
 * list, a week, the map's list), the loading state keeps the viewport's height: at least down to
 * its bottom and at most a screen, so what follows moves only out of sight.
 * test/components/reserved-size.test.ts compares these with the loaded elements.
 */
import type { CalendarView } from '../../calendar/ranges.js';

/** A screen: what an element keeps when its size depends on the data (and by default). */
export const SCREEN = '100svh';
const rem = (px: number) => `${(px / 16).toFixed(2)}rem`;

/** Loaded heights (px at 16px text) by the element's width, from narrow to wide; between them, the next wider one. */
function byWidth(width: number, steps: [maxWidth: number, height: number][]): string {
  const step = steps.find(([maxWidth]) => width <= maxWidth) ?? steps[steps.length - 1];
  return rem(step[1]);
}

export function calendarSpace(view: CalendarView | 'teaser', width: number, limit: number): string {
  if (view === 'teaser') return `min(${SCREEN}, ${rem(34 + 67 * limit)})`;
  // Six rows of 6.5rem, the weekday names and the toolbar (its lines follow the page's line height).
  if (view === 'month') return `calc(${width >= 600 ? '40.44rem' : '43.69rem'} + 2.5lh)`;
  if (view === 'week') return `min(${SCREEN}, 38rem)`;
  return SCREEN;
}

/** The narrow filter is one disclosure button; the wide one its fieldsets (three facets). */
export const filterSpace = (narrow: boolean): string => (narrow ? rem(52) : rem(377));

// The map (its placeholder and toolbar, then the list of projects: data) keeps the default, a screen.

export const formSpace = (width: number): string =>
  byWidth(width, [
    [340, 1777],
    [390, 1683],
    [440, 1612],
    [540, 1541],
    [650, 1448],
    [Infinity, 1401],
  ]);

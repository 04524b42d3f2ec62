/**
 * The browser's first Intl number format in a page costs 15–35 ms, 60–140 ms on a phone four
 * times slower (its number data is loaded, whatever the language); later ones cost almost
 * nothing. We cannot split that, so it is made once per page in a task of its own while the
 * views and data are on their way, not in the task that first draws a widget (issue 13).
 */
import { yieldToMain } from '../model/yield-to-main.js';

let warming: Promise<void> | undefined;

export function warmUpNumbers(): void {
  warming ??= yieldToMain().then(() => void new Intl.NumberFormat('en').format(0));
}

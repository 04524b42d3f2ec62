/**
 * Lets the browser paint and handle input before more of our work: the next step runs in a task
 * of its own, so no task of ours grows long on a slow phone (issue 13). `scheduler.yield` keeps
 * our place in the queue where the browser has it; elsewhere a zero timeout does the same job.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

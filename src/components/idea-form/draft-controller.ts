/**
 * Saves the form's draft soon after each input: at most `delay` ms after the
 * first change not yet saved (a timer that later keystrokes do not push back,
 * so someone typing without pause is saved too), and at once when the page
 * is hidden or the element leaves it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isBlank, readDraft, removeDraft, writeDraft, type IdeaDraft } from './draft-storage.js';

export interface DraftTarget {
  /** The storage key's `<action>`; empty = nowhere to save. */
  action: string;
  /** False with `no-draft`. */
  enabled: boolean;
  /** What was typed; nothing is kept while it is blank. */
  values: IdeaDraft['values'];
  startedAt?: string;
  pending?: IdeaDraft['pending'];
}

export class DraftController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private readonly onPageHide = () => this.flush();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly target: () => DraftTarget,
    private readonly delay: () => number,
    /** Told after each save whether it worked (false when the browser forbids or has no storage). */
    private readonly onSaved: (saved: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** Something changed: save soon. */
  schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => this.flush(), this.delay());
  }

  /** Saves now if a save is due. */
  flush(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.save();
  }

  /** Saves now, whether due or not. */
  save(): void {
    const { action, enabled, values, startedAt, pending } = this.target();
    if (!enabled || !action) return;
    if (isBlank(values)) removeDraft(action);
    else this.onSaved(writeDraft(action, { values, savedAt: Date.now(), startedAt, pending }));
  }

  /** The stored draft, if one worth restoring is there. */
  read(): IdeaDraft | undefined {
    const { action, enabled } = this.target();
    const draft = enabled && action ? readDraft(action) : undefined;
    return draft && !isBlank(draft.values) ? draft : undefined;
  }

  /** Forgets any save that is due and removes the stored draft (after success, or "Entwurf verwerfen"). */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { action, enabled } = this.target();
    if (enabled && action) removeDraft(action);
  }
}

/**
 * After the first send attempt, a field is checked again when focus leaves it. While the pointer
 * is down the check waits until it is up: a message must not move the target of a click away.
 */
import type { IdeaField } from '../../data/idea.js';

export class FieldRechecks {
  /** Fields to check once the pointer is up. */
  private readonly afterPointer = new Set<IdeaField>();
  private pointerHeld = false;

  constructor(
    /** Whether fields are checked when focus leaves them. */
    private readonly active: () => boolean,
    private readonly recheck: (fields: IdeaField[]) => void,
  ) {}

  onFocusOut(event: FocusEvent): void {
    if (!this.active()) return;
    const field = (event.target as HTMLElement).dataset.field as IdeaField | undefined;
    if (!field) return;
    if (this.pointerHeld) this.afterPointer.add(field);
    else this.recheck([field]);
  }

  onPointerDown(): void {
    this.pointerHeld = true;
    // On the window: the pointer may be released outside the form.
    window.addEventListener('pointerup', this.onPointerUp, { once: true });
    window.addEventListener('pointercancel', this.onPointerUp, { once: true });
  }

  /** After the click has landed where the person aimed, the deferred checks may move things. */
  private readonly onPointerUp = (): void => {
    window.removeEventListener('pointerup', this.onPointerUp);
    window.removeEventListener('pointercancel', this.onPointerUp);
    this.pointerHeld = false;
    if (this.afterPointer.size === 0) return;
    const fields = [...this.afterPointer];
    this.afterPointer.clear();
    setTimeout(() => this.recheck(fields));
  };
}

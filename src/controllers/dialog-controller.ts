/**
 * A modal dialog on native `<dialog>`: the element renders it while `isOpen`;
 * the controller shows it modally (focus moves in, the page behind is inert),
 * closes it on Escape or `close()`, and puts focus back where it was — also
 * when one dialog was opened from another, and never onto `<body>`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement, focusSafely } from './focus.js';

type Target = HTMLElement | null | undefined;

export interface DialogOptions {
  /** The rendered `<dialog>` (a query into the host's shadow root). */
  dialog(): HTMLDialogElement | null | undefined;
  /** After it closed (Escape, the close button, `close()`), before focus returns. */
  closed?(): void;
}

export class DialogController implements ReactiveController {
  /** Whether the element should render the dialog. */
  isOpen = false;
  /** Where focus goes back to; a function, as the trigger may be re-rendered meanwhile. */
  private returnTo?: () => Target;
  private readonly watched = new WeakSet<HTMLDialogElement>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DialogOptions,
  ) {
    host.addController(this);
  }

  /**
   * Opens the dialog. Focus returns to `returnTo` when it closes (an element,
   * or a function finding it again); by default to what has focus now.
   */
  open(returnTo?: HTMLElement | (() => Target)): void {
    if (!this.isOpen) {
      const active = deepActiveElement() as HTMLElement | null;
      this.returnTo = typeof returnTo === 'function' ? returnTo : () => returnTo ?? active;
    }
    this.isOpen = true;
    this.host.requestUpdate();
  }

  /** Closes the dialog as Escape would. */
  close(): void {
    const dialog = this.options.dialog();
    if (dialog?.open) dialog.close();
    else this.finish();
  }

  hostUpdated(): void {
    const dialog = this.options.dialog();
    if (!dialog) return;
    if (!this.watched.has(dialog)) {
      this.watched.add(dialog);
      dialog.addEventListener('close', () => this.finish());
    }
    if (this.isOpen && !dialog.open && dialog.isConnected) dialog.showModal();
  }

  /** Removed while open: closed, so the element forgets what it showed (focus stays with the page). */
  hostDisconnected(): void {
    if (this.isOpen) this.options.closed?.();
    this.isOpen = false;
    this.returnTo = undefined;
  }

  private finish(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    const target = this.returnTo;
    this.returnTo = undefined;
    this.options.closed?.();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const root = this.host.shadowRoot ?? this.host;
      // Another dialog still open (this one was opened from it): stay inside it.
      const outer = root.querySelector<HTMLDialogElement>('dialog[open]');
      focusSafely(outer ?? root, target?.());
    });
  }
}

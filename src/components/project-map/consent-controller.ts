/**
 * The map's consent (SPEC §6, the two-click pattern) as a controller: the host's `consent`
 * value, taken from this device only if the visitor asked to be remembered, given and withdrawn
 * by the visitor (telling the page), and forgotten on this device whenever it is withdrawn.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { forgetConsent, isConsentRemembered, rememberConsent, type Consent } from './consent.js';

/** An element with a `consent` property (attribute `consent`). */
export interface ConsentHost extends ReactiveControllerHost, HTMLElement {
  consent: Consent;
}

export class ConsentController implements ReactiveController {
  /** Whether the visitor ticked "Auf diesem Gerät merken" (never stored before "Karte laden"). */
  private rememberChoice = false;
  /** The value the last update showed, to tell a withdrawal. */
  private shown?: Consent;

  constructor(
    private readonly host: ConsentHost,
    /** The visitor loaded or hid the map (not called when the page sets `consent`). */
    private readonly changed: (consent: Consent) => void,
  ) {
    host.addController(this);
  }

  get granted(): boolean {
    return this.host.consent === 'granted';
  }

  get remember(): boolean {
    return this.rememberChoice;
  }

  /** The "Auf diesem Gerät merken" box; nothing is written until the visitor loads the map. */
  set remember(remember: boolean) {
    this.rememberChoice = remember;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // A visitor who asked to be remembered has consented on this device before.
    if (this.host.consent !== 'granted' && isConsentRemembered()) this.host.consent = 'granted';
  }

  hostUpdate(): void {
    // Withdrawn, by the visitor or the site's consent manager: forget it on this device too.
    if (this.shown === 'granted' && this.host.consent !== 'granted') forgetConsent();
    this.shown = this.host.consent;
  }

  /** The visitor's "Karte laden": granted, remembered only if they asked. */
  grant(): void {
    if (this.rememberChoice) rememberConsent();
    this.host.consent = 'granted';
    this.changed('granted');
  }

  /** The visitor's "Karte ausblenden": ask again, here and on the next page view. */
  withdraw(): void {
    this.host.consent = 'ask';
    forgetConsent();
    this.rememberChoice = false;
    this.changed('ask');
  }
}

/**
 * The visitor's consent to the map (SPEC §6, the two-click pattern), part of the view: the
 * "Auf diesem Gerät merken" box, "Karte laden" and "Karte ausblenden", each telling the page.
 * What the device remembers is applied by the definition's RememberedConsent (consent.ts).
 */
import { forgetConsent, rememberConsent, type Consent, type ConsentHost } from './consent.js';

export class ConsentController {
  /** Whether the visitor ticked "Auf diesem Gerät merken" (never stored before "Karte laden"). */
  private rememberChoice = false;

  constructor(
    private readonly host: ConsentHost,
    /** The visitor loaded or hid the map (not called when the page sets `consent`). */
    private readonly changed: (consent: Consent) => void,
  ) {}

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

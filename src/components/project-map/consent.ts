/**
 * The map's consent remembered on this device (SPEC §6, the two-click pattern): the one storage
 * key, written only when the visitor asks to be remembered, and the definition's controller that
 * honours it from the start and forgets it whenever consent is withdrawn, view or not.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The only key the map writes, and only after "Auf diesem Gerät merken". */
export const CONSENT_KEY = 'quartier:map-consent';

/** The value stored under the key. */
const GRANTED = 'granted';

export type Consent = 'ask' | 'granted';

/** Storage may be blocked (privacy settings, sandboxed frames): then nothing is remembered. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Whether the visitor asked this device to remember their consent. */
export function isConsentRemembered(): boolean {
  try {
    return storage()?.getItem(CONSENT_KEY) === GRANTED;
  } catch {
    return false;
  }
}

export function rememberConsent(): void {
  try {
    storage()?.setItem(CONSENT_KEY, GRANTED);
  } catch {
    // Full or blocked storage: consent then lasts for this page view only.
  }
}

export function forgetConsent(): void {
  try {
    storage()?.removeItem(CONSENT_KEY);
  } catch {
    // Blocked storage holds nothing to forget.
  }
}

/** An element with a `consent` property (attribute `consent`). */
export interface ConsentHost extends ReactiveControllerHost, HTMLElement {
  consent: Consent;
}

/**
 * Consent this device was asked to remember counts from the moment the element connects, and a
 * withdrawal, by the visitor or the site's consent manager, forgets it: both also before the
 * element's view (which lets the visitor give and withdraw it, consent-controller.ts) is here.
 */
export class RememberedConsent implements ReactiveController {
  /** The value the last update showed, to tell a withdrawal. */
  private shown?: Consent;

  constructor(private readonly host: ConsentHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.consent !== 'granted' && isConsentRemembered()) this.host.consent = 'granted';
  }

  hostUpdate(): void {
    if (this.shown === 'granted' && this.host.consent !== 'granted') forgetConsent();
    this.shown = this.host.consent;
  }
}

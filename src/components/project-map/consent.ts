/**
 * The map's consent (SPEC §6, the two-click pattern): which host a visitor agrees to contact,
 * and the one storage key, written only when the visitor asks to be remembered.
 */

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

/**
 * The host a tile URL template contacts, as a visitor should read it: `{s}.` subdomain
 * placeholders dropped, the page's own host for relative templates.
 */
export function tileHost(template: string, base: string): string {
  const concrete = template.replace(/\{s\}\./g, '').replace(/\{[^}]*\}/g, '0');
  try {
    return new URL(concrete, base).hostname;
  } catch {
    return template;
  }
}

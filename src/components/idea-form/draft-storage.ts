/**
 * The form's draft in `localStorage` under `quartier:draft:<action>` (SPEC §6):
 * what a person typed survives a reload, a crash or a closed tab, and stays on
 * their device. Storage can be missing, full or forbidden (private modes,
 * blocked by the browser): then nothing is saved, and the form says nothing
 * about keeping it.
 */
import { emptyIdeaValues, type IdeaValues } from '../../data/idea.js';

/** What a draft keeps: the typed values but not the consent, which a person gives each time. */
export type DraftValues = Omit<IdeaValues, 'consent' | 'website'>;

export interface IdeaDraft {
  values: DraftValues;
  /** When it was last saved (ms since 1970). */
  savedAt: number;
  /** ISO time of the first input, so a reload does not restart the anti-spam clock. */
  startedAt?: string;
  /** The id of a send that may have reached the receiver, and the content it carried. */
  pending?: { id: string; fingerprint: string };
}

const VERSION = 1;

export const draftKey = (action: string) => `quartier:draft:${action}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Reading `localStorage` itself throws when the browser forbids storage.
    return undefined;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The draft for a form, or undefined when there is none or it is not one of ours. */
export function readDraft(action: string): IdeaDraft | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(draftKey(action));
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  if (record.version !== VERSION || typeof record.values !== 'object' || !record.values)
    return undefined;
  const stored = record.values as Record<string, unknown>;
  const { consent: _consent, website: _website, ...values } = emptyIdeaValues();
  for (const key of ['title', 'description', 'topic', 'address', 'name', 'email'] as const) {
    if (isString(stored[key])) values[key] = stored[key];
  }
  values.wantsReply = stored.wantsReply === true;
  const pending = record.pending as Record<string, unknown> | undefined;
  return {
    values,
    savedAt: typeof record.savedAt === 'number' ? record.savedAt : Date.now(),
    startedAt: isString(record.startedAt) ? record.startedAt : undefined,
    pending:
      pending && isString(pending.id) && isString(pending.fingerprint)
        ? { id: pending.id, fingerprint: pending.fingerprint }
        : undefined,
  };
}

/** Saves a draft; false when the browser does not let us (then the form promises nothing). */
export function writeDraft(action: string, draft: IdeaDraft): boolean {
  const store = storage();
  if (!store) return false;
  const { values, savedAt, startedAt, pending } = draft;
  const kept: DraftValues = {
    title: values.title,
    description: values.description,
    topic: values.topic,
    address: values.address,
    name: values.name,
    email: values.email,
    wantsReply: values.wantsReply,
  };
  try {
    store.setItem(
      draftKey(action),
      JSON.stringify({ version: VERSION, savedAt, startedAt, pending, values: kept }),
    );
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(action: string): void {
  try {
    storage()?.removeItem(draftKey(action));
  } catch {
    // Nothing was saved, so there is nothing to remove.
  }
}

/** True when nothing worth keeping was typed. */
export function isBlank(values: DraftValues): boolean {
  return (
    !values.wantsReply &&
    [values.title, values.description, values.topic, values.address, values.name, values.email]
      .join('')
      .trim() === ''
  );
}

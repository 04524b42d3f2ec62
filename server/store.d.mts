/** Types of store.mjs (plain JavaScript, so that Node runs it without a build step). */
export interface StoredIdea {
  id: string;
  reference: string;
  receivedAt: string;
  [field: string]: unknown;
}

export declare class IdeaStore {
  constructor(
    file: string,
    options?: { retentionDays?: number; now?: () => Date; log?: (message: string) => void },
  );
  readonly file: string;
  readonly retentionDays: number;
  open(): Promise<this>;
  find(id: string): { id: string; reference: string } | undefined;
  append(record: StoredIdea): Promise<void>;
  rewrite(keep: (record: StoredIdea) => boolean): Promise<StoredIdea[]>;
  delete(idOrReference: string): Promise<StoredIdea[]>;
  purgeExpired(): Promise<StoredIdea[]>;
  all(): Promise<StoredIdea[]>;
}

export function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T>;
export function readRecords(file: string): Promise<{ records: StoredIdea[]; broken: number }>;

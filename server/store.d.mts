/** Types of store.mjs (plain JavaScript, so that Node runs it without a build step). */
export interface StoredIdea {
  id: string;
  reference: string;
  receivedAt: string;
  [field: string]: unknown;
}

/** One person's records: by e-mail (any case), reference number (any case) or id. */
export interface Selection {
  email?: string;
  reference?: string;
  id?: string;
}

export declare class FileStore {
  constructor(
    file: string,
    options?: {
      retentionDays?: number;
      now?: () => Date;
      log?: (event: string, fields?: Record<string, unknown>) => void;
      serve?: boolean;
    },
  );
  readonly kind: 'file';
  readonly file: string;
  readonly retentionDays: number;
  open(): Promise<this>;
  find(id: string): Promise<{ id: string; reference: string } | undefined>;
  insert(record: StoredIdea): Promise<{ id: string; reference: string; created: boolean }>;
  select(by: Selection): Promise<StoredIdea[]>;
  remove(by: Selection): Promise<StoredIdea[]>;
  secret(): Promise<Buffer>;
  check(): Promise<void>;
  close(): Promise<void>;
  describe(): string;
  append(record: StoredIdea): Promise<void>;
  rewrite(keep: (record: StoredIdea) => boolean): Promise<StoredIdea[]>;
  delete(idOrReference: string): Promise<StoredIdea[]>;
  purgeExpired(): Promise<StoredIdea[]>;
  all(): Promise<StoredIdea[]>;
}

export { FileStore as IdeaStore };

export function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T>;
export function readRecords(file: string): Promise<{ records: StoredIdea[]; broken: number }>;

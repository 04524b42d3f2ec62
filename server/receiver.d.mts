/** Types of receiver.mjs (plain JavaScript, so that Node runs it without a build step). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IdeaSubmission } from '../src/data/idea-schema.js';
import type { IdeaStore } from './store.mjs';

export interface ReceiverOptions {
  /** NDJSON file the ideas are appended to (the file store; its folder is created 0700). */
  dataFile?: string;
  /** PostgreSQL instead of the file (`postgres://…?sslmode=verify-full`). */
  databaseUrl?: string;
  /** Deadline of each database query in ms (default 5000); slower answers get 503. */
  databaseTimeoutMs?: number;
  /** This process serves the data file (one per file; default true). */
  serve?: boolean;
  /** How often the retention period is applied, in ms (default 6 hours). */
  purgeIntervalMs?: number;
  /** Origins of pages allowed to send (CORS); `*` allows any. Same-origin pages always may. */
  origins?: string[];
  /** Larger bodies get 413 (default 64 KiB). */
  maxBodyBytes?: number;
  /** New ideas per client and window (default 20 per 10 minutes). */
  rateLimit?: { max?: number; windowMs?: number };
  /** Ideas older than this are deleted (default 180; 0 = keep). */
  retentionDays?: number;
  /** Addresses or CIDR ranges of reverse proxies whose `X-Forwarded-For` counts (`true`: loopback). */
  trustProxy?: string[] | string | boolean;
  /** A site's own extra rules: field errors for a 422, or undefined when the idea may be stored. */
  check?: (idea: IdeaSubmission) => Record<string, string> | undefined;
  now?: () => Date;
  /** One structured event; fields never hold personal data or IP addresses. */
  log?: (event: string, fields?: Record<string, unknown>) => void;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface KoaLikeContext {
  path: string;
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
}

export interface Receiver {
  store: IdeaStore;
  /** Everything after the body was read, without HTTP objects. */
  accept(request: {
    headers: Record<string, string | string[] | undefined>;
    text: string;
    client: string;
  }): Promise<Answer>;
  /** Node's `(req, res)`. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Connect middleware (Vite's dev server): mount it at the receiver's path. */
  connect(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void;
  /** Koa middleware answering at `path`. */
  koa(path: string): (ctx: KoaLikeContext, next: () => Promise<unknown>) => Promise<unknown>;
  /** Whether the storage answers (for `GET /healthz`). */
  healthy(timeoutMs?: number): Promise<boolean>;
  /** Applies the retention period now. */
  purge(): Promise<void>;
  /** Stops the retention timer, waits for ideas being stored, closes the store. */
  close(): Promise<void>;
}

export function createReceiver(options: ReceiverOptions): Promise<Receiver>;

export function readBody(
  req: IncomingMessage,
  max: number,
): Promise<{ text: string } | { tooLarge: true }>;

export function newReference(now?: Date): string;

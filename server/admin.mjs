#!/usr/bin/env node
/**
 * The office's commands, on the file store (`--data`) or on PostgreSQL (with
 * `DATABASE_URL`); they work while the server runs.
 *
 *   node server/admin.mjs find   --email a@example.org | --reference Q-2026-7KX3M     (DSGVO Art. 15)
 *   node server/admin.mjs export [--email … | --reference …] [--format csv|json] [--out file]  (Art. 15, 20)
 *   node server/admin.mjs delete --email … | --reference … | <id or reference>       (Art. 17)
 *   node server/admin.mjs purge  [--retention-days 180]                               (retention period)
 *
 * Options: --data .data/ideas.ndjson, --audit <file> (default: audit.ndjson beside --data).
 * `export` without a person exports every idea (CSV by default; with a person, JSON).
 * Files written are readable by their owner only. Without `--out`, control and
 * escape characters are printed escaped (`\u001b`), so text from the internet
 * cannot drive the terminal.
 *
 * Every command is written to the audit log (NDJSON, 0600): when, which OS user,
 * which command, by what (email/reference/all), how many records: never the
 * e-mail address, the reference or any content.
 */
import { appendFile, chmod, mkdir, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { toCsv } from './csv.mjs';
import { createStore } from './stores.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string', default: '.data/ideas.ndjson' },
    audit: { type: 'string' },
    email: { type: 'string' },
    reference: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    separator: { type: 'string', default: ';' },
    'retention-days': { type: 'string', default: '180' },
    help: { type: 'boolean', default: false },
  },
});
const [command, target] = positionals;
const USAGE = `Usage: node server/admin.mjs <command> [options]   (see docs/receiver.md)
  find   --email <address> | --reference <Q-…>
  export [--email <address> | --reference <Q-…>] [--format csv|json] [--out <file>] [--separator ;]
  delete --email <address> | --reference <Q-…> | <id or reference>
  purge  [--retention-days 180]
Options for all: --data <file> (file store; with DATABASE_URL: PostgreSQL), --audit <file>`;

if (args.help || !['find', 'export', 'delete', 'purge'].includes(command)) {
  console.error(USAGE);
  process.exit(args.help ? 0 : 2);
}

/** Control characters (C0 but tab and line breaks, DEL, C1) and bidirectional overrides, escaped. */
export function escapeForTerminal(text) {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const auditFile = args.audit ?? join(dirname(args.data), 'audit.ndjson');
/** One line in the audit log: who, when, what, how many; no content. */
async function audit(entry) {
  await mkdir(dirname(auditFile), { recursive: true, mode: 0o700 });
  const { username } = userInfo();
  const line = {
    time: new Date().toISOString(),
    user: username,
    ...(process.env.SUDO_USER ? { sudoUser: process.env.SUDO_USER } : {}),
    store: store.kind,
    ...entry,
  };
  await appendFile(auditFile, `${JSON.stringify(line)}\n`, { mode: 0o600 });
  await chmod(auditFile, 0o600);
}

const store = await createStore({
  dataFile: args.data,
  databaseUrl: process.env.DATABASE_URL || undefined,
  retentionDays: Number(args['retention-days']),
});
if (store.kind === 'file') await store.prepare();
else await store.open();

const by = {};
if (args.email) by.email = args.email;
if (args.reference) by.reference = args.reference;
const person = Object.keys(by).length > 0;
const byName = args.email ? 'email' : args.reference ? 'reference' : 'all';

/** Writes to --out (0600) or prints escaped. */
async function output(text) {
  if (args.out) {
    await writeFile(args.out, text, { mode: 0o600 });
    await chmod(args.out, 0o600);
    console.error(`Written to ${args.out}`);
  } else process.stdout.write(escapeForTerminal(text));
}

let exitCode = 0;
try {
  switch (command) {
    case 'find': {
      if (!person) {
        console.error(USAGE);
        exitCode = 2;
        break;
      }
      const records = await store.select(by);
      await audit({ command, by: byName, count: records.length });
      for (const record of records) {
        const contact = [record.contact?.name, record.contact?.email].filter(Boolean).join(', ');
        process.stdout.write(
          escapeForTerminal(
            `${record.reference}  ${record.receivedAt}  ${record.title}${contact ? `  (${contact})` : ''}\n`,
          ),
        );
      }
      if (records.length === 0) {
        console.error('Nothing found.');
        exitCode = 1;
      }
      break;
    }
    case 'export': {
      const records = person ? await store.select(by) : await store.all();
      const format = args.format ?? (person ? 'json' : 'csv');
      await output(
        format === 'json'
          ? `${JSON.stringify(records, null, 2)}\n`
          : toCsv(records, { separator: args.separator }),
      );
      await audit({ command, by: byName, format, count: records.length });
      break;
    }
    case 'delete': {
      if (!person && target) {
        by.id = target;
        by.reference = target;
      }
      if (Object.keys(by).length === 0) {
        console.error(USAGE);
        exitCode = 2;
        break;
      }
      const removed = await store.remove(by);
      await audit({ command, by: person ? byName : 'id-or-reference', count: removed.length });
      if (removed.length === 0) {
        console.error(`Nothing found to delete.`);
        exitCode = 1;
      } else
        console.log(
          `Deleted ${removed.length}: ${removed.map((record) => record.reference).join(', ')}.`,
        );
      break;
    }
    case 'purge': {
      const removed = await store.purgeExpired();
      await audit({ command, by: 'retention', count: removed.length });
      console.log(`Deleted ${removed.length} ideas older than ${store.retentionDays} days.`);
      break;
    }
  }
} finally {
  await store.close();
}
process.exit(exitCode);

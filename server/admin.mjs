#!/usr/bin/env node
/**
 * Office commands for the receiver's data file (works while the server runs):
 *
 *   node server/admin.mjs export [--data .data/ideas.ndjson] [--out ideen.csv] [--separator ";"]
 *   node server/admin.mjs delete <id or reference number> [--data …]    (DSGVO Art. 17)
 *   node server/admin.mjs purge [--data …] [--retention-days 180]      (retention period)
 *
 * `export` writes CSV for a spreadsheet to --out, or to standard output.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { toCsv } from './csv.mjs';
import { IdeaStore } from './store.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string', default: '.data/ideas.ndjson' },
    out: { type: 'string' },
    separator: { type: 'string', default: ';' },
    'retention-days': { type: 'string', default: '180' },
  },
});
const [command, target] = positionals;
const store = new IdeaStore(args.data, { retentionDays: Number(args['retention-days']) });

switch (command) {
  case 'export': {
    const csv = toCsv(await store.all(), { separator: args.separator });
    if (args.out) {
      // Personal data: readable by the owner only.
      await writeFile(args.out, csv, { mode: 0o600 });
      console.error(`Exported to ${args.out}`);
    } else process.stdout.write(csv);
    break;
  }
  case 'delete': {
    if (!target) {
      console.error('Usage: admin.mjs delete <id or reference number> [--data file]');
      process.exit(2);
    }
    const removed = await store.delete(target);
    if (removed.length === 0) {
      console.error(`No idea with id or reference number "${target}".`);
      process.exit(1);
    }
    console.log(`Deleted ${removed.map((record) => record.reference).join(', ')}.`);
    break;
  }
  case 'purge': {
    const removed = await store.purgeExpired();
    console.log(`Deleted ${removed.length} ideas older than ${store.retentionDays} days.`);
    break;
  }
  default:
    console.error(
      'Usage: admin.mjs export|delete|purge [--data .data/ideas.ndjson] (see docs/receiver.md)',
    );
    process.exit(2);
}

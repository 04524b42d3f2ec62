/**
 * Where `npm run test:realdata` finds the real third-party files: ../shared/realdata beside
 * the project (icalendar-py and ical.js test calendars, Schönefeld places). They are read in
 * place and never copied into the project; `npm test` does not need them.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REALDATA = normalize(join(ROOT, '../shared/realdata'));

/** Null when the folder is there, else the message test:realdata fails with. */
export function realdataMissing() {
  if (existsSync(REALDATA) && statSync(REALDATA).isDirectory()) return null;
  return [
    `test:realdata FAILED: the real third-party files are missing: no folder ${REALDATA}`,
    '(../shared/realdata beside the project). They stay outside the project and are never',
    'copied in; make that folder reachable and run `npm run test:realdata` again.',
    '`npm test` runs on the project’s own fixtures and does not need them.',
  ].join('\n');
}

/** Forced colours (Windows High Contrast) on and off for a test, really emulated (test/server/forced-colors.mjs). */
import { executeServerCommand } from '@web/test-runner-commands';

export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
  if (matchMedia('(forced-colors: active)').matches !== active) {
    throw new Error(`forced colours are not ${active ? 'on' : 'off'}`);
  }
}

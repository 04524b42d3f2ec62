/**
 * `emulate-forced-colors` for the browser tests: Chromium's forced-colors emulation over the
 * DevTools protocol. @web/test-runner's own `emulateMedia({ forcedColors })` does nothing with
 * Puppeteer (it passes on only colour scheme and reduced motion), so tests that used it never
 * saw forced colours. Payload `{ active: boolean }`.
 */
const sessions = new Map();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-forced-colors needs Puppeteer, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      // The override lives as long as the protocol session that set it: keep one per page.
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

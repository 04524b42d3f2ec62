/** warmUpNumbers: the page's first number format, once, in a task of its own. */
import { expect, waitUntil } from '@open-wc/testing';
import { warmUpNumbers } from '../../src/i18n/intl-warm-up.js';

describe('warmUpNumbers', () => {
  it('makes one number format per page, not in the task that asked for it', async () => {
    const Original = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Original>) {
      made++;
      return new Original(...args);
    } as unknown as typeof Intl.NumberFormat;
    try {
      warmUpNumbers();
      warmUpNumbers();
      expect(made, 'not at once').to.equal(0);
      await waitUntil(() => made > 0, 'no number format was made');
      await new Promise((resolve) => setTimeout(resolve, 50));
      warmUpNumbers();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(made, 'once per page').to.equal(1);
    } finally {
      Intl.NumberFormat = Original;
    }
  });
});

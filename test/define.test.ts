import { expect } from '@open-wc/testing';
import { define } from '../src/define.js';
import { VERSION } from '../src/model/version.js';

let n = 0;
const tag = () => `quartier-define-test-${n++}`;

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('define', () => {
  it('defines a tag the first time', () => {
    const name = tag();
    class First extends HTMLElement {}
    define(name, First);
    expect(customElements.get(name)).to.equal(First);
  });

  it('keeps the first definition and stays silent for the same version', () => {
    const name = tag();
    class First extends HTMLElement {
      static version = VERSION;
    }
    class Second extends HTMLElement {
      static version = VERSION;
    }
    define(name, First);
    const warnings = captureWarnings(() => define(name, Second));
    expect(customElements.get(name)).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, never throws, when another version defined the tag first', () => {
    class Old extends HTMLElement {
      static version = '0.0.1-test';
    }
    const names = [tag(), tag()];
    for (const name of names) customElements.define(name, class extends Old {});
    const warnings = captureWarnings(() => {
      for (const name of names) define(name, class extends HTMLElement {});
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1-test').and.contain(VERSION);
  });

  it('matches the version in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

import { expect } from '@open-wc/testing';
import { getChannel } from '../../src/state/channel.js';
import { bindUrlSync } from '../../src/state/url-binding.js';
import { readFilterFromUrl, writeFilterToUrl } from '../../src/state/url-sync.js';

describe('filter in the address', () => {
  it('reads thema, barrierefrei and sprache as comma-separated lists', () => {
    const state = readFilterFromUrl(
      'https://example.org/seite?thema=inklusion,bildung&barrierefrei=wheelchair&sprache=ar&x=1',
    );
    expect(state).to.deep.equal({
      topics: ['inklusion', 'bildung'],
      accessibility: ['wheelchair'],
      languages: ['ar'],
    });
  });

  it('writes the filter and keeps the page’s own parameters and hash', () => {
    const href = writeFilterToUrl('https://example.org/seite?id=7&thema=alt#termine', {
      topics: ['inklusion', 'bildung'],
      accessibility: [],
      languages: ['ar'],
    });
    expect(href).to.equal(
      'https://example.org/seite?id=7&thema=inklusion,bildung&sprache=ar#termine',
    );
  });

  it('removes the parameters when the filter is empty', () => {
    const href = writeFilterToUrl('https://example.org/?thema=a&barrierefrei=b&sprache=c&id=1', {
      topics: [],
      accessibility: [],
      languages: [],
    });
    expect(href).to.equal('https://example.org/?id=1');
  });

  it('round-trips', () => {
    const state = { topics: ['a', 'b'], accessibility: ['wheelchair'], languages: ['uk'] };
    expect(readFilterFromUrl(writeFilterToUrl('https://example.org/', state))).to.deep.equal(state);
  });
});

describe('bindUrlSync', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('restores the filter from the address, writes changes with pushState and follows back/forward', async () => {
    history.replaceState(null, '', `${location.pathname}?thema=inklusion&keep=1`);
    const channel = getChannel('url-sync-test');
    const unbind = bindUrlSync(channel);
    try {
      expect(channel.get().topics).to.deep.equal(['inklusion']);
      // Counted on pushState itself: history.length stops growing at 50 in Chromium.
      const pushed: unknown[] = [];
      const original = history.pushState;
      history.pushState = (...args: Parameters<History['pushState']>) => {
        pushed.push(args[2]);
        original.apply(history, args);
      };
      try {
        channel.set({ topics: ['bildung'], languages: ['ar'] });
      } finally {
        history.pushState = original;
      }
      expect(location.search).to.equal('?thema=bildung&keep=1&sprache=ar');
      expect(pushed).to.have.length(1);
      const popped = new Promise((resolve) =>
        addEventListener('popstate', resolve, { once: true }),
      );
      history.back();
      await popped;
      expect(channel.get().topics).to.deep.equal(['inklusion']);
      expect(channel.get().languages).to.deep.equal([]);
    } finally {
      unbind();
    }
  });

  it('does not rewrite the address or lose forward history when going back', async () => {
    history.replaceState(null, '', `${location.pathname}?seite=a%20b&thema=inklusion`);
    const channel = getChannel('url-history-test');
    const unbind = bindUrlSync(channel);
    try {
      channel.set({ topics: ['bildung'] });
      const length = history.length;
      const popped = new Promise((resolve) =>
        addEventListener('popstate', resolve, { once: true }),
      );
      history.back();
      await popped;
      expect(location.search).to.equal('?seite=a%20b&thema=inklusion');
      expect(history.length).to.equal(length);
      expect(channel.get().topics).to.deep.equal(['inklusion']);
    } finally {
      unbind();
    }
  });

  it('lets only one filter per page own the address, warning about the second', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    const first = bindUrlSync(getChannel('owner'));
    const second = bindUrlSync(getChannel('intruder'));
    console.warn = original;
    try {
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('sync-url');
      getChannel('intruder').set({ topics: ['x'] });
      expect(location.search).to.not.contain('thema=x');
    } finally {
      second();
      first();
    }
  });
});

import { expect } from '@open-wc/testing';
import { getChannel } from '../../src/state/channel.js';
import { pageRegistry as shared } from '../../src/registry/page-registry.js';

let n = 0;
const group = () => `channel-test-${n++}`;

describe('filter channels', () => {
  it('gives the same channel for a group wherever it is asked for', () => {
    const name = group();
    expect(getChannel(name)).to.equal(getChannel(name));
    expect(getChannel(`  ${name}  `)).to.equal(getChannel(name));
  });

  it('falls back to the default group for an empty name', () => {
    expect(getChannel('').group).to.equal('default');
    expect(getChannel()).to.equal(getChannel('default'));
  });

  it('tells subscribers about changes and stops after unsubscribe', () => {
    const channel = getChannel(group());
    const seen: string[][] = [];
    const unsubscribe = channel.subscribe((state) => seen.push(state.topics));
    channel.set({ topics: ['inklusion'] });
    channel.set({ topics: ['inklusion'] });
    unsubscribe();
    channel.set({ topics: ['bildung'] });
    expect(seen).to.deep.equal([['inklusion']]);
    expect(channel.get().topics).to.deep.equal(['bildung']);
  });

  it('keeps two groups apart', () => {
    const a = getChannel(group());
    const b = getChannel(group());
    a.set({ topics: ['inklusion'] });
    expect(b.get().topics).to.deep.equal([]);
  });

  it('treats missing keys as empty and removes duplicates and junk', () => {
    const channel = getChannel(group());
    channel.set({ topics: ['a', 'a', '', 3 as unknown as string] } as never);
    expect(channel.get()).to.deep.equal({ topics: ['a'], accessibility: [], languages: [] });
  });

  it('lives on the page-wide symbol, so a second library copy finds it', () => {
    const name = group();
    const channel = getChannel(name);
    const global = (globalThis as unknown as Record<symbol, { channels: Map<string, unknown> }>)[
      Symbol.for('quartier-widgets')
    ];
    expect(global.channels.get(name)).to.equal(channel);
    expect(shared().channels.get(name)).to.equal(channel);
  });
});

import { expect } from '@open-wc/testing';
import type { Project, QuartierEvent } from '../../src/model/types.js';
import { countMatches, facetCounts, languagesOf } from '../../src/state/counts.js';
import { applyFilter, inScope, matchesFilter } from '../../src/state/filter.js';
import { emptyFilter, type FilterState } from '../../src/model/filter-state.js';

const event = (id: string, fields: Partial<QuartierEvent> = {}): QuartierEvent => ({
  id,
  title: id,
  start: '2026-05-19',
  source: 'https://example.org/data.json',
  ...fields,
});
const project = (id: string, fields: Partial<Project> = {}): Project => ({
  id,
  title: id,
  source: 'https://example.org/data.json',
  ...fields,
});
const filter = (state: Partial<FilterState>): FilterState => ({ ...emptyFilter(), ...state });

const events = [
  event('sprachcafe', {
    topics: ['migration', 'begegnung'],
    languages: ['de', 'ar'],
    accessibility: ['wheelchair', 'free-of-charge'],
  }),
  event('sport', { topics: ['gesundheit'], languages: ['de'], accessibility: ['wheelchair'] }),
  event('lesung', {
    topics: ['bildung', 'inklusion'],
    languages: ['uk-UA'],
    accessibility: ['easy-language', 'wheelchair', 'free-of-charge'],
  }),
  event('ohne'),
];
const projects = [
  project('garten', { topics: ['begegnung'] }),
  project('spielplatz', { topics: ['beteiligung'] }),
];

describe('filter semantics', () => {
  it('shows everything when nothing is chosen', () => {
    expect(applyFilter(events, 'events', { topics: [] }, emptyFilter())).to.have.length(4);
  });

  it('combines topics with OR', () => {
    const ids = applyFilter(
      events,
      'events',
      { topics: [] },
      filter({ topics: ['gesundheit', 'bildung'] }),
    ).map((e) => e.id);
    expect(ids).to.deep.equal(['sport', 'lesung']);
  });

  it('combines accessibility features with AND', () => {
    const ids = applyFilter(
      events,
      'events',
      { topics: [] },
      filter({ accessibility: ['wheelchair', 'free-of-charge'] }),
    ).map((e) => e.id);
    expect(ids).to.deep.equal(['sprachcafe', 'lesung']);
  });

  it('combines languages with OR, matching regional tags by their language', () => {
    const ids = applyFilter(
      events,
      'events',
      { topics: [] },
      filter({ languages: ['ar', 'uk'] }),
    ).map((e) => e.id);
    expect(ids).to.deep.equal(['sprachcafe', 'lesung']);
  });

  it('combines facets with AND', () => {
    const ids = applyFilter(
      events,
      'events',
      { topics: [] },
      filter({ topics: ['migration', 'gesundheit'], languages: ['ar'] }),
    ).map((e) => e.id);
    expect(ids).to.deep.equal(['sprachcafe']);
  });

  it('does not let a language or accessibility choice empty the projects', () => {
    const state = filter({
      languages: ['ar'],
      accessibility: ['wheelchair'],
      topics: ['begegnung'],
    });
    expect(applyFilter(projects, 'projects', { topics: [] }, state).map((p) => p.id)).to.deep.equal(
      ['garten'],
    );
  });

  it('hides an event without topics when a topic is chosen', () => {
    expect(matchesFilter(event('x'), filter({ topics: ['bildung'] }), 'events')).to.be.false;
  });
});

describe('fixed scopes', () => {
  it('limits to the topics of the scope', () => {
    expect(inScope(events[0], { topics: ['begegnung'] })).to.be.true;
    expect(inScope(events[1], { topics: ['begegnung', 'bildung'] })).to.be.false;
  });

  it('matches the organizer by id or name, ignoring case and outer spaces', () => {
    const item = event('x', {
      organizer: { id: 'buergerverein', name: 'Bürgerverein Schönefeld e. V.' },
    });
    expect(inScope(item, { topics: [], organizer: 'buergerverein' })).to.be.true;
    expect(inScope(item, { topics: [], organizer: ' bürgerverein schönefeld e. v. ' })).to.be.true;
    expect(inScope(item, { topics: [], organizer: 'Bibliothek' })).to.be.false;
    expect(inScope(event('y'), { topics: [], organizer: 'Bibliothek' })).to.be.false;
  });

  it('narrows the group filter inside the scope', () => {
    const ids = applyFilter(
      events,
      'events',
      { topics: ['migration', 'gesundheit'] },
      filter({ accessibility: ['free-of-charge'] }),
    ).map((e) => e.id);
    expect(ids).to.deep.equal(['sprachcafe']);
  });
});

describe('faceted counts', () => {
  const items = { events, projects };

  it('counts each topic over events and projects, given the other facets', () => {
    const counts = facetCounts(items, emptyFilter(), 'topics', [
      'begegnung',
      'bildung',
      'beteiligung',
      'inklusion',
    ]);
    expect(Object.fromEntries(counts)).to.deep.equal({
      begegnung: 2,
      bildung: 1,
      beteiligung: 1,
      inklusion: 1,
    });
    const withLanguage = facetCounts(items, filter({ languages: ['ar'] }), 'topics', [
      'begegnung',
      'bildung',
    ]);
    expect(Object.fromEntries(withLanguage)).to.deep.equal({ begegnung: 2, bildung: 0 });
  });

  it('counts a topic as if it replaced the current topic choice (OR facet)', () => {
    const counts = facetCounts(items, filter({ topics: ['gesundheit'] }), 'topics', ['bildung']);
    expect(counts.get('bildung')).to.equal(1);
  });

  it('counts an accessibility feature together with the features already chosen (AND facet), events only', () => {
    const counts = facetCounts(items, filter({ accessibility: ['wheelchair'] }), 'accessibility', [
      'free-of-charge',
      'easy-language',
      'childcare',
    ]);
    expect(Object.fromEntries(counts)).to.deep.equal({
      'free-of-charge': 2,
      'easy-language': 1,
      childcare: 0,
    });
  });

  it('counts languages over events only', () => {
    const counts = facetCounts(items, emptyFilter(), 'languages', ['de', 'ar']);
    expect(Object.fromEntries(counts)).to.deep.equal({ de: 2, ar: 1 });
  });

  it('gives on 300 random filters what filtering once per option gives', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = (values: string[]) => values.filter(() => random() < 0.3);
    const TOPICS = ['migration', 'bildung', 'begegnung', 'inklusion', 'gesundheit'];
    const FEATURES = ['wheelchair', 'free-of-charge', 'easy-language', 'childcare'];
    const LANGUAGES = ['de', 'ar', 'uk-UA', 'en', 'ar-SY'];
    const many = {
      events: Array.from({ length: 60 }, (_, i) =>
        event(`e${i}`, {
          topics: pick(TOPICS),
          accessibility: pick(FEATURES) as QuartierEvent['accessibility'],
          languages: pick(LANGUAGES),
        }),
      ),
      projects: Array.from({ length: 20 }, (_, i) => project(`p${i}`, { topics: pick(TOPICS) })),
    };
    const options = {
      topics: TOPICS,
      accessibility: FEATURES,
      languages: ['de', 'ar', 'uk', 'en'],
    };
    for (let round = 0; round < 300; round++) {
      const state = filter({
        topics: pick(TOPICS),
        accessibility: pick(FEATURES),
        languages: pick(['de', 'ar', 'uk']),
      });
      for (const facet of ['topics', 'accessibility', 'languages'] as const) {
        const expected = options[facet].map((option) => {
          const chosen =
            facet === 'accessibility' ? [...new Set([...state[facet], option])] : [option];
          const matches = countMatches(many, { ...state, [facet]: chosen });
          return [option, matches.events + (facet === 'topics' ? matches.projects : 0)];
        });
        expect([...facetCounts(many, state, facet, options[facet])]).to.deep.equal(expected);
      }
    }
  });

  it('counts the result per kind', () => {
    expect(countMatches(items, filter({ topics: ['begegnung'] }))).to.deep.equal({
      events: 1,
      projects: 1,
    });
  });

  it('lists the languages offered, lower-cased and once each', () => {
    expect(languagesOf(events)).to.deep.equal(['de', 'ar', 'uk-ua']);
  });
});

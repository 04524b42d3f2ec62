import { expect } from '@open-wc/testing';
import { loadSource } from '../../src/data/loader.js';
import { parseSource } from '../../src/data/parse.js';

const SOURCE = 'https://daten.example.org/quelle.json';

describe('GeoJSON adapter', () => {
  it('reads our own places (RFC 7946: lon, lat) as projects: name, address, extra properties', async () => {
    const url = new URL('../fixtures/places.geojson', import.meta.url).href;
    const data = await loadSource(url);
    expect(data.projects.map((p) => p.id)).to.deep.equal([
      'garten-nord',
      'spielplatz-sued',
      'werkstatt-ost',
      'lesecafe-west',
    ]);
    const garten = data.projects[0];
    expect(garten.title).to.equal('Nachbarschaftsgarten Nord');
    // A null address is left out of the location.
    expect(garten.location).to.deep.equal({ lat: 51.36, lon: 12.4105 });
    const spielplatz = data.projects[1];
    expect(spielplatz.location).to.include({
      lat: 51.351,
      lon: 12.409,
      address: 'Beispielweg 2, 04347 Leipzig',
    });
    // Extra properties (category, note …) are not passed on.
    for (const project of data.projects) {
      expect(project).to.not.have.any.keys('category', 'note', 'district', 'name');
    }
  });

  it('lists non-point features without a map position and says why', async () => {
    const data = await parseSource(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: 'park',
            properties: { title: 'Mariannenpark' },
            geometry: { type: 'Polygon', coordinates: [] },
          },
          {
            type: 'Feature',
            properties: { id: 'p2', title: 'Garten', topics: ['begegnung'] },
            geometry: { type: 'Point', coordinates: [12.3997, 51.3523] },
          },
        ],
      }),
      SOURCE,
    );
    expect(data.projects.map((p) => p.id)).to.deep.equal(['park', 'p2']);
    expect(data.projects[0].location).to.equal(undefined);
    expect(data.projects[1].location).to.deep.equal({ lat: 51.3523, lon: 12.3997 });
    expect(data.warnings[0]).to.include({
      id: 'park',
      code: 'unsupported-geometry',
      action: 'field-dropped',
    });
  });

  it('reports points given as lat, lon (the common mistake) as swapped', async () => {
    const point = (id: string, coordinates: number[]) => ({
      type: 'Feature',
      properties: { id, title: id },
      geometry: { type: 'Point', coordinates },
    });
    const data = await parseSource(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          point('a', [12.4107, 51.3597]),
          point('b', [12.4176, 51.3593]),
          point('c', [12.4162, 51.3568]),
          point('falsch', [51.3533, 12.4157]),
        ],
      }),
      SOURCE,
    );
    expect(data.projects.find((p) => p.id === 'falsch')!.location).to.deep.equal({});
    expect(data.warnings.map((w) => [w.id, w.code])).to.deep.equal([
      ['falsch', 'coordinates-swapped'],
    ]);
  });
});

describe('schema.org JSON-LD adapter', () => {
  const event = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': 'https://example.org/termine/42',
    name: 'Kiezspaziergang',
    startDate: '2026-05-19T15:00:00+02:00',
    endDate: '2026-05-19T17:00:00+02:00',
    eventStatus: 'https://schema.org/EventCancelled',
    description: 'Wir gehen gemeinsam durch Schönefeld.',
    inLanguage: ['de', 'ar'],
    isAccessibleForFree: true,
    location: {
      '@type': 'Place',
      name: 'Rathaus Schönefeld',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Ossietzkystraße 37',
        postalCode: '04347',
        addressLocality: 'Leipzig',
      },
      geo: { '@type': 'GeoCoordinates', latitude: '51.359706', longitude: '12.410704' },
    },
    organizer: {
      '@type': 'Organization',
      name: 'Bürgerverein Schönefeld',
      url: 'https://example.org/bv',
    },
    image: {
      '@type': 'ImageObject',
      url: 'https://daten.example.org/bild.jpg',
      caption: 'Gruppe vor dem Rathaus',
    },
  };

  it('maps a single Event', async () => {
    const data = await parseSource(JSON.stringify(event), SOURCE);
    expect(data.warnings).to.deep.equal([]);
    const [e] = data.events;
    expect(e).to.deep.include({
      id: 'https://example.org/termine/42',
      title: 'Kiezspaziergang',
      start: '2026-05-19T15:00:00+02:00',
      end: '2026-05-19T17:00:00+02:00',
      status: 'cancelled',
      languages: ['de', 'ar'],
      accessibility: ['free-of-charge'],
    });
    expect(e.location).to.deep.equal({
      name: 'Rathaus Schönefeld',
      address: 'Ossietzkystraße 37, 04347 Leipzig',
      lat: 51.359706,
      lon: 12.410704,
    });
    expect(e.organizer).to.deep.equal({
      name: 'Bürgerverein Schönefeld',
      url: 'https://example.org/bv',
    });
    expect(e.image).to.deep.equal({
      src: 'https://daten.example.org/bild.jpg',
      alt: 'Gruppe vor dem Rathaus',
    });
  });

  it('reads an ItemList of ListItems and a @graph', async () => {
    const list = {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, item: { ...event, '@id': 'a' } },
        {
          '@type': 'ListItem',
          position: 2,
          item: { ...event, '@id': 'b', name: { '@value': 'Lesung', '@language': 'de' } },
        },
      ],
    };
    const fromList = await parseSource(JSON.stringify(list), SOURCE);
    expect(fromList.events.map((e) => [e.id, e.title])).to.deep.equal([
      ['a', 'Kiezspaziergang'],
      ['b', 'Lesung'],
    ]);
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { ...event, '@type': 'SocialEvent', '@id': 'c' }],
    };
    expect(
      (await parseSource(JSON.stringify(graph), SOURCE)).events.map((e) => e.id),
    ).to.deep.equal(['c']);
  });

  it('accepts an empty schema.org list as no events', async () => {
    const data = await parseSource(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        itemListElement: [],
      }),
      SOURCE,
    );
    expect(data.events).to.deep.equal([]);
  });

  it('skips an event without a start date, naming it', async () => {
    const { startDate: _unused, ...withoutStart } = event;
    const data = await parseSource(JSON.stringify([withoutStart]), SOURCE);
    expect(data.events).to.deep.equal([]);
    expect(data.warnings[0]).to.include({ field: 'start', code: 'missing', action: 'skipped' });
  });
});

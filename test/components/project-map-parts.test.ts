/** The map's pure parts: consent storage and tile host, attribution, symbols, clusters, model. */
import { expect } from '@open-wc/testing';
import { parseAttribution, tileHost } from '../../src/components/project-map/attribution.js';
import { atOneSpot, createClusterIndex } from '../../src/components/project-map/clusters.js';
import {
  CONSENT_KEY,
  forgetConsent,
  isConsentRemembered,
  rememberConsent,
} from '../../src/components/project-map/consent.js';
import { periodText } from '../../src/components/project-map/details-panel.js';
import { appearanceOf, contrast, inkFor } from '../../src/components/project-map/symbols.js';
import type { MapPoint } from '../../src/components/project-map/types.js';
import { buildModel } from '../../src/components/project-map/view-model.js';
import type { Project, Topic } from '../../src/model/types.js';
import { de } from '../../src/i18n/messages/de.js';
import { deMap } from '../../src/i18n/messages/de-map.js';

const point = (id: string, lat: number, lon: number): MapPoint => ({
  id,
  lat,
  lon,
  name: id,
  color: '#1f5fa6',
  ink: '#ffffff',
  shape: 'circle',
});
const SOURCE = 'https://example.org/daten.json';
const topics: Topic[] = [
  { id: 'bildung', label: 'Bildung', color: '#1f5fa6', source: SOURCE },
  { id: 'beteiligung', label: 'Beteiligung', color: '#f2c14e', source: SOURCE },
];

describe('project map parts', () => {
  it('names the tile host a visitor agrees to contact', () => {
    const base = 'https://stadt.example/seite';
    expect(tileHost('https://tile.openstreetmap.org/{z}/{x}/{y}.png', base)).to.equal(
      'tile.openstreetmap.org',
    );
    expect(tileHost('https://{s}.tile.openstreetmap.de/{z}/{x}/{y}.png', base)).to.equal(
      'tile.openstreetmap.de',
    );
    expect(tileHost('/kacheln/{z}/{x}/{y}.png', base)).to.equal('stadt.example');
  });

  it('remembers consent under quartier:map-consent only when asked, and forgets it', () => {
    localStorage.removeItem(CONSENT_KEY);
    expect(isConsentRemembered()).to.be.false;
    rememberConsent();
    expect(localStorage.getItem('quartier:map-consent')).to.equal('granted');
    expect(isConsentRemembered()).to.be.true;
    forgetConsent();
    expect(localStorage.getItem('quartier:map-consent')).to.equal(null);
  });

  it('reads attribution as text with [label](url) links, safe URLs only', () => {
    const base = 'https://stadt.example/';
    expect(parseAttribution('© [OSM](https://osm.org/copyright) und Stadt', base)).to.deep.equal([
      { text: '© ' },
      { text: 'OSM', href: 'https://osm.org/copyright' },
      { text: ' und Stadt' },
    ]);
    expect(parseAttribution('[x](javascript:alert(1)) <b>', base)).to.deep.equal([
      { text: '[x](javascript:alert(1)' },
      { text: ') <b>' },
    ]);
  });

  it('picks black or white ink by contrast, so a symbol stays legible on any topic colour', () => {
    expect(inkFor('#f2c14e')).to.equal('#000000');
    expect(inkFor('#1f5fa6')).to.equal('#ffffff');
    expect(contrast('#ffffff', '#000000')).to.be.closeTo(21, 0.01);
    for (const color of ['#777777', '#00ff00', '#ff0000', '#0000ff', '#808000']) {
      expect(contrast(color, inkFor(color)), color).to.be.at.least(4.5);
    }
  });

  it('draws a project with the chosen topic first, else its first topic', () => {
    const project = { id: 'p', title: 'P', topics: ['bildung', 'beteiligung'], source: SOURCE };
    expect(appearanceOf(project, topics, []).topic).to.equal('bildung');
    const chosen = appearanceOf(project, topics, ['beteiligung']);
    expect(chosen).to.deep.equal({
      color: '#f2c14e',
      ink: '#000000',
      shape: 'square',
      topic: 'beteiligung',
    });
    expect(appearanceOf({ id: 'q', title: 'Q', source: SOURCE }, topics, []).shape).to.equal('bar');
  });

  it('without clustering, gives the points in view in reading order', () => {
    const index = createClusterIndex(
      [
        point('south', 51.35, 12.41),
        point('north-east', 51.36, 12.42),
        point('north-west', 51.36, 12.4),
        point('far', 48, 11),
      ],
      { cluster: false },
    );
    const items = index.itemsIn([12.3, 51.3, 12.5, 51.4], 15);
    expect(items.map((item) => item.key)).to.deep.equal([
      'p:north-west',
      'p:north-east',
      'p:south',
    ]);
  });

  it('clusters with supercluster: counts add up, leaves and expansion zoom are known', () => {
    const points = Array.from({ length: 30 }, (_, i) =>
      point(`p${i}`, 51.35 + (i % 6) * 0.002, 12.4 + Math.floor(i / 6) * 0.002),
    );
    const index = createClusterIndex(points, { cluster: true });
    const world: [number, number, number, number] = [-180, -85, 180, 85];
    const far = index.itemsIn(world, 10);
    expect(far).to.have.length(1);
    const [cluster] = far;
    if (cluster.kind !== 'cluster') throw new Error('expected a cluster');
    expect(cluster.count).to.equal(30);
    expect(index.leaves(cluster.clusterId)).to.have.length(30);
    expect(index.expansionZoom(cluster.clusterId)).to.be.above(10);
    const near = index.itemsIn(world, 17);
    expect(near.every((item) => item.kind === 'point')).to.be.true;
    expect(near).to.have.length(30);
    // A new index never reuses a cluster key of an older one.
    const again = createClusterIndex(points, { cluster: true }).itemsIn(world, 10);
    expect(again[0].key).to.not.equal(cluster.key);
  });

  it('knows when projects share one spot', () => {
    expect(atOneSpot([point('a', 51.35, 12.4), point('b', 51.35, 12.4)])).to.be.true;
    expect(atOneSpot([point('a', 51.35, 12.4), point('b', 51.3501, 12.4)])).to.be.false;
  });

  it('writes periods as "seit", "bis" or a range, without shifting the day', () => {
    const m = deMap;
    expect(periodText({ start: '2024-04-01' }, 'de', m, '2026-05-19')).to.equal(
      'seit 1. April 2024',
    );
    expect(periodText({ start: '2027-04-01' }, 'de', m, '2026-05-19')).to.equal('ab 1. April 2027');
    expect(periodText({ end: '2024-12-31' }, 'de', m)).to.equal('bis 31. Dezember 2024');
    expect(periodText({ start: '2026-09-01', end: '2027-06-30' }, 'de', m)).to.equal(
      '1. September 2026 bis 30. Juni 2027',
    );
    expect(periodText(undefined, 'de', m)).to.equal('');
  });

  it('builds one list entry per project and one point per project with coordinates', () => {
    const projects: Project[] = [
      {
        id: 'b',
        title: 'Bücherei',
        status: 'active',
        location: { lat: 51.35, lon: 12.4 },
        source: SOURCE,
      },
      {
        id: 'a',
        title: 'Ämterlotsen',
        topics: ['bildung'],
        location: { name: 'überall' },
        source: SOURCE,
      },
    ];
    const model = buildModel(projects, topics, 'de', { ...de, map: deMap }, []);
    expect(model.entries.map((entry) => entry.project.id)).to.deep.equal(['a', 'b']);
    expect(model.points.map((p) => [p.id, p.name])).to.deep.equal([['b', 'Bücherei (läuft)']]);
    expect(model.unmapped).to.equal(1);
    expect(model.legend.map((entry) => entry.label)).to.deep.equal(['ohne Thema']);
  });
});

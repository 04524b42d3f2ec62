import { expect } from '@open-wc/testing';
import { loadSource } from '../../src/data/loader.js';

describe('GeoJSON adapter', () => {
  it('reads the real Schönefeld places (RFC 7946: lon, lat) as projects', async () => {
    const url = new URL('/__realdata/derived/schoenefeld_places.geojson', location.href).href;
    const data = await loadSource(url);
    expect(data.projects).to.have.length(20);
    const rathaus = data.projects.find((p) => p.id === 'stop-H.0012841')!;
    expect(rathaus.title).to.equal('Rathaus Schönefeld (Haltestelle)');
    expect(rathaus.location).to.include({ lat: 51.359706, lon: 12.410704 });
    const kita = data.projects.find((p) => p.title === 'Kita Zeumerstraße 1')!;
    expect(kita.location).to.include({
      lat: 51.35943,
      lon: 12.40607,
      address: 'Zeumerstraße 1, 04347 Leipzig',
    });
    // Extra properties (source, category, note …) are not passed on; null addresses are dropped with a note.
    expect(kita).to.not.have.property('category');
  });
});

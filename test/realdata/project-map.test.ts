import { expect } from '@open-wc/testing';
import { grantedMap, listIds, markers } from '../helpers/project-map.js';

describe('<quartier-project-map> markers and clusters', () => {
  it('reads GeoJSON in RFC 7946 order (longitude first): real places land where they are', async () => {
    const el = await grantedMap({
      src: '/__realdata/derived/schoenefeld_places.geojson',
      noCluster: true,
    });
    const byName = (name: string) =>
      markers(el).find((m) => m.getAttribute('aria-label')!.startsWith(name))!;
    const rathaus = byName('Rathaus Schönefeld').getBoundingClientRect();
    const stannebein = byName('Stannebeinplatz').getBoundingClientRect();
    const ost = byName('Schönefeld Ost').getBoundingClientRect();
    const park = byName('Mariannenpark').getBoundingClientRect();
    expect(markers(el).length).to.equal(listIds(el).length);
    expect(rathaus.top, 'Rathaus (51.3597) lies north of Stannebeinplatz (51.3513)').to.be.below(
      stannebein.top,
    );
    expect(ost.left, 'Schönefeld Ost (12.4307) lies east of Mariannenpark (12.3997)').to.be.above(
      park.left,
    );
  });
});

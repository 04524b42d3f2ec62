import { expect } from '@open-wc/testing';
import { parseSource } from '../../src/data/parse.js';
import { validateDocument, validateInSlices } from '../../src/data/validate.js';

const SOURCE = 'https://daten.example.org/quartier.json';
const event = (fields: Record<string, unknown>) => ({
  id: 'e1',
  title: 'Sprachcafé',
  start: '2026-05-19T16:00',
  ...fields,
});

describe('validateDocument', () => {
  it('keeps good items and stamps them with their source', () => {
    const data = validateDocument({ events: [event({})] }, SOURCE);
    expect(data.events).to.have.length(1);
    expect(data.events[0].source).to.equal(SOURCE);
    expect(data.warnings).to.deep.equal([]);
  });

  it('reads plain strings in the language the source declares (`language`), German by default', () => {
    const english = validateDocument(
      { language: 'en', events: [event({ title: 'Repair café', description: 'Bring it along.' })] },
      SOURCE,
    );
    expect(english.events[0].title).to.deep.equal({ en: 'Repair café' });
    expect(english.events[0].description).to.deep.equal({ en: 'Bring it along.' });
    expect(english.warnings).to.deep.equal([]);
    const german = validateDocument(
      { language: 'de', events: [event({ title: 'Reparatur' })] },
      SOURCE,
    );
    expect(german.events[0].title).to.equal('Reparatur');
    const mixed = validateDocument(
      { language: 'en', events: [event({ title: { de: 'Sprachcafé', en: 'Language café' } })] },
      SOURCE,
    );
    expect(mixed.events[0].title).to.deep.equal({ de: 'Sprachcafé', en: 'Language café' });
  });

  it('reports a declared language that is no language tag and keeps the texts as German', () => {
    const data = validateDocument(
      { language: 'english!', events: [event({ title: 'X' })] },
      SOURCE,
    );
    expect(data.events[0].title).to.equal('X');
    expect(data.warnings[0]).to.include({
      kind: 'document',
      field: 'language',
      code: 'invalid-language',
    });
  });

  it('skips an event whose start date does not exist (2026-02-30) and says why', () => {
    const data = validateDocument(
      { events: [event({ id: 'bad', start: '2026-02-30' }), event({ id: 'good' })] },
      SOURCE,
    );
    expect(data.events.map((e) => e.id)).to.deep.equal(['good']);
    expect(data.warnings).to.have.length(1);
    expect(data.warnings[0]).to.include({
      id: 'bad',
      field: 'start',
      code: 'invalid-date',
      value: '2026-02-30',
      action: 'skipped',
    });
  });

  it('rejects impossible times and offsets but accepts real ones', () => {
    const ids = (start: string) =>
      validateDocument({ events: [event({ start })] }, SOURCE).events.length;
    expect(ids('2026-05-19T24:00')).to.equal(0);
    expect(ids('2026-13-01')).to.equal(0);
    expect(ids('2024-02-29')).to.equal(1);
    expect(ids('2025-02-29')).to.equal(0);
    expect(ids('2026-05-19T16:00:00+02:00')).to.equal(1);
    expect(ids('2026-05-19T16:00:00Z')).to.equal(1);
  });

  it('skips an item without a title or id, naming its position', () => {
    const data = validateDocument(
      { events: [{ start: '2026-05-19' }, event({ title: '' })] },
      SOURCE,
    );
    expect(data.events).to.deep.equal([]);
    expect(data.warnings.map((w) => [w.index, w.field, w.code])).to.deep.equal([
      [0, 'id', 'missing'],
      [1, 'title', 'empty'],
    ]);
  });

  it('skips values that are not objects at all', () => {
    const data = validateDocument({ events: [null, 'Sprachcafé', 42] }, SOURCE);
    expect(data.events).to.deep.equal([]);
    expect(data.warnings.every((w) => w.code === 'not-an-object' && w.action === 'skipped')).to.be
      .true;
  });

  it('drops only a faulty optional field and keeps the event', () => {
    const data = validateDocument(
      {
        events: [
          event({
            accessibility: ['wheelchair', 'rollstuhl', 'hearing-loop'],
            status: 'verschoben',
            registration: { deadline: '2026-02-31', required: true },
          }),
        ],
      },
      SOURCE,
    );
    expect(data.events).to.have.length(1);
    const [kept] = data.events;
    expect(kept.accessibility).to.deep.equal(['wheelchair', 'hearing-loop']);
    expect(kept.status).to.equal(undefined);
    expect(kept.registration).to.deep.equal({ required: true });
    expect(data.warnings.map((w) => [w.field, w.code, w.action])).to.deep.equal([
      ['registration.deadline', 'invalid-date', 'field-dropped'],
      ['accessibility.1', 'unknown-feature', 'field-dropped'],
      ['status', 'unknown-status', 'field-dropped'],
    ]);
  });

  it('drops an end before the start, keeping the event', () => {
    const data = validateDocument({ events: [event({ end: '2026-05-19T15:00' })] }, SOURCE);
    expect(data.events[0].end).to.equal(undefined);
    expect(data.warnings[0]).to.include({ field: 'end', code: 'end-before-start' });
  });

  it('compares start and end with offsets as instants, keeping a valid end', () => {
    const data = validateDocument(
      {
        events: [
          // 23:30 at +01:00 is 22:30Z: an end at 23:15Z is 45 minutes later.
          event({ start: '2026-05-19T23:30+01:00', end: '2026-05-19T23:15Z' }),
          // 10:00 in New York is 14:00Z: an end at 12:00Z is before it.
          event({ id: 'e2', start: '2026-05-19T10:00-04:00', end: '2026-05-19T12:00Z' }),
          // A wall time read in the event's zone: 18:00 Berlin is 16:00Z, the end 16:30Z.
          event({
            id: 'e3',
            start: '2026-05-19T18:00',
            end: '2026-05-19T16:30Z',
            timeZone: 'Europe/Berlin',
          }),
        ],
      },
      SOURCE,
    );
    expect(data.events.map((e) => e.end)).to.deep.equal([
      '2026-05-19T23:15Z',
      undefined,
      '2026-05-19T16:30Z',
    ]);
    expect(data.warnings.map((w) => `${w.id}:${w.code}`)).to.deep.equal(['e2:end-before-start']);
  });

  it('takes recurrence.cancelled as dates of the series and drops an invalid one', () => {
    const data = validateDocument(
      {
        events: [
          event({
            recurrence: { rrule: 'FREQ=WEEKLY', cancelled: ['2026-05-26', '2026-06-02T16:00'] },
          }),
          event({ id: 'e2', recurrence: { rrule: 'FREQ=WEEKLY', cancelled: ['2026-02-30'] } }),
        ],
      },
      SOURCE,
    );
    expect(data.events[0].recurrence?.cancelled).to.deep.equal(['2026-05-26', '2026-06-02T16:00']);
    expect(data.events[1].recurrence).to.deep.equal({ rrule: 'FREQ=WEEKLY', cancelled: [] });
    expect(data.warnings.map((w) => `${w.field}:${w.code}`)).to.deep.equal([
      'recurrence.cancelled.0:invalid-date',
    ]);
  });

  it('accepts an inclusive all-day end on the same or a later day', () => {
    const data = validateDocument(
      {
        events: [
          event({ start: '2026-05-19', end: '2026-05-19' }),
          event({ id: 'e2', start: '2026-05-19', end: '2026-05-21' }),
        ],
      },
      SOURCE,
    );
    expect(data.events).to.have.length(2);
    expect(data.warnings).to.deep.equal([]);
  });

  it('drops javascript: URLs in any spelling and keeps safe ones, resolved against the source', () => {
    const spellings = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' java\nscript:alert(1)',
      'jav\tascript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ];
    const data = validateDocument(
      {
        events: [
          ...spellings.map((url, i) => event({ id: `x${i}`, url })),
          event({
            id: 'ok',
            url: '/termine/1',
            organizer: { name: 'Bürgerverein', url: 'mailto:info@example.org' },
          }),
        ],
      },
      SOURCE,
    );
    expect(data.events).to.have.length(spellings.length + 1);
    for (const e of data.events.slice(0, spellings.length)) expect(e.url).to.equal(undefined);
    expect(data.warnings.filter((w) => w.code === 'unsafe-url')).to.have.length(spellings.length);
    const ok = data.events.find((e) => e.id === 'ok')!;
    expect(ok.url).to.equal('https://daten.example.org/termine/1');
    expect(ok.organizer?.url).to.equal('mailto:info@example.org');
  });

  it('never lets data: or javascript: become an image; drops the whole image', () => {
    const data = validateDocument(
      {
        events: [
          event({ image: { src: 'data:image/png;base64,AAAA', alt: 'x' } }),
          event({ id: 'e2', image: { src: 'bilder/garten.jpg', alt: 'Garten' } }),
        ],
      },
      SOURCE,
    );
    expect(data.events[0].image).to.equal(undefined);
    expect(data.events[1].image).to.deep.equal({
      src: 'https://daten.example.org/bilder/garten.jpg',
      alt: 'Garten',
    });
  });

  it('keeps markup in text as plain text (rendering escapes it)', () => {
    const data = validateDocument(
      { events: [event({ title: '<img src=x onerror=alert(1)>' })] },
      SOURCE,
    );
    expect(data.events[0].title).to.equal('<img src=x onerror=alert(1)>');
  });

  it('drops out-of-range, incomplete and swapped coordinates but keeps the project', () => {
    const at = (id: string, lat: unknown, lon?: unknown) => ({
      id,
      title: id,
      location: { name: 'Ort', lat, lon },
    });
    const data = validateDocument(
      {
        projects: [
          at('a', 51.3597, 12.4107),
          at('b', 51.3593, 12.4176),
          at('c', 51.3568, 12.4162),
          at('swapped', 12.4157, 51.3533),
          at('range', 251.3, 12.4),
          at('half', 51.35),
        ],
      },
      SOURCE,
    );
    expect(data.projects.map((p) => p.id)).to.deep.equal([
      'a',
      'b',
      'c',
      'swapped',
      'range',
      'half',
    ]);
    const coordinates = (id: string) => {
      const { lat, lon } = data.projects.find((p) => p.id === id)!.location!;
      return [lat, lon];
    };
    expect(coordinates('a')).to.deep.equal([51.3597, 12.4107]);
    for (const id of ['swapped', 'range', 'half'])
      expect(coordinates(id)).to.deep.equal([undefined, undefined]);
    expect(coordinates('swapped')).to.deep.equal([undefined, undefined]);
    expect(data.projects.find((p) => p.id === 'half')!.location!.name).to.equal('Ort');
    const codes = Object.fromEntries(data.warnings.map((w) => [w.id, w.code]));
    expect(codes).to.deep.equal({
      swapped: 'coordinates-swapped',
      range: 'coordinates-out-of-range',
      half: 'coordinates-incomplete',
    });
  });

  it('reports any coordinate outside the globe as out of range', () => {
    for (const location of [
      { lat: 12.4, lon: 191.3 },
      { lat: 120.4, lon: 51.3 },
      { lat: 95, lon: 12 },
    ]) {
      const data = validateDocument({ projects: [{ id: 'p', title: 'P', location }] }, SOURCE);
      expect(data.warnings[0].code).to.equal('coordinates-out-of-range');
    }
  });

  it('shows the value of the field at fault, not the whole item', () => {
    const data = validateDocument({ events: [event({ end: '2026-05-19T15:00' })] }, SOURCE);
    expect(data.warnings[0].value).to.equal('2026-05-19T15:00');
  });

  it('accepts numeric ids as strings and Text objects with Leichte Sprache', () => {
    const data = validateDocument(
      { events: [event({ id: 7, title: { de: 'Fest', 'de-x-ls': 'Ein Fest' } })] },
      SOURCE,
    );
    expect(data.events[0].id).to.equal('7');
    expect(data.events[0].title).to.deep.equal({ de: 'Fest', 'de-x-ls': 'Ein Fest' });
  });

  it('reports a list that is not a list and carries on with the others', () => {
    const data = validateDocument(
      { events: { id: 'e1' }, projects: [{ id: 'p', title: 'P' }] },
      SOURCE,
    );
    expect(data.projects).to.have.length(1);
    expect(data.warnings[0]).to.include({ kind: 'document', field: 'events', code: 'wrong-type' });
  });

  it('drops language tags browsers cannot read, keeping the event', () => {
    const data = validateDocument(
      { events: [event({ languages: ['de', 'de-DE-DE', 'ar'] })] },
      SOURCE,
    );
    expect(data.events[0].languages).to.deep.equal(['de', 'ar']);
    expect(data.warnings[0]).to.include({ field: 'languages.1', code: 'invalid-language' });
  });

  it('drops unknown keys instead of passing them on', () => {
    const data = validateDocument({ events: [event({ onclick: 'alert(1)' })] }, SOURCE);
    expect(data.events[0]).to.not.have.property('onclick');
  });
});

describe('parseSource', () => {
  it('strips a UTF-8 byte order mark', async () => {
    const data = await parseSource('\uFEFF{"events": []}', SOURCE);
    expect(data.events).to.deep.equal([]);
  });

  it('tells an HTML page, broken JSON and unknown JSON apart', async () => {
    const code = async (body: string) => {
      try {
        await parseSource(body, SOURCE);
        return 'parsed';
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    expect(await code('<!doctype html><p>Hallo</p>')).to.equal('not-data');
    expect(await code('{"events": [')).to.equal('malformed');
    expect(await code('{"foo": 1}')).to.equal('unknown-format');
    expect(await code('[1, 2]')).to.equal('unknown-format');
    expect(await code('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY;broken')).to.equal(
      'malformed-calendar',
    );
  });

  it('drops a recurrence with neither rule nor extra dates, and says the rule is missing', () => {
    const data = validateDocument(
      { events: [event({ recurrence: { exdates: ['2026-05-26'] } })] },
      SOURCE,
    );
    expect(data.events).to.have.length(1);
    expect(data.events[0].recurrence).to.equal(undefined);
    expect(data.warnings.map((w) => [w.field, w.code, w.action])).to.deep.equal([
      ['recurrence.rrule', 'missing', 'field-dropped'],
    ]);
  });

  it('drops an e-mail address with spaces or line breaks (it would break links and .ics files)', () => {
    const data = validateDocument(
      {
        events: [
          event({
            organizer: { name: 'Verein', email: 'info@verein.de\r\nEND:VEVENT' },
          }),
        ],
      },
      SOURCE,
    );
    expect(data.events[0].organizer).to.deep.equal({ name: 'Verein' });
    expect(data.warnings.map((w) => [w.field, w.code])).to.deep.equal([
      ['organizer.email', 'invalid-email'],
    ]);
  });

  it('checks the events near the shown dates first in large sources, then all of them', async () => {
    const events: Record<string, string>[] = Array.from({ length: 1200 }, (_, i) => ({
      id: `e${i}`,
      title: `Termin ${i}`,
      start: new Date(Date.UTC(2026, 0, 1) + i * 6 * 3600000).toISOString().slice(0, 16),
    }));
    events.push(
      { id: 'e5', title: 'Doppelt', start: '2026-05-19T10:00' },
      { id: 'kaputt', title: 'Kaputt', start: '2026-05-40' },
      { id: 'ohne-ende', title: 'Leeres Ende', start: '2026-05-20T10:00', end: '' },
    );
    const body = JSON.stringify({ events });
    const first = await parseSource(body, SOURCE, '', () => ({
      start: '2026-05-01',
      end: '2026-06-01',
    }));
    // May with two days either side (an offset can move an event by a day), and no warnings yet.
    expect(first.near).to.deep.equal({ start: '2026-04-29', end: '2026-06-03' });
    const mayEvents = events.filter((e) => e.start >= '2026-04-29' && e.start < '2026-06-03');
    // All but the later copy of e5 and the impossible date.
    expect(first.events.length).to.equal(mayEvents.length - 2);
    expect(first.events.every((e) => e.start >= '2026-04-29' && e.start < '2026-06-03')).to.equal(
      true,
    );
    expect(first.warnings).to.deep.equal([]);
    // A later copy of an early id waits for the whole check (the early one wins, far away in January).
    expect(first.events.some((e) => e.title === 'Doppelt')).to.equal(false);
    // An odd end does not keep an event near the shown dates out of the first paint.
    expect(first.events.some((e) => e.id === 'ohne-ende')).to.equal(true);
    const whole = await first.complete!;
    expect(whole.complete).to.equal(undefined);
    expect(whole.near, 'the whole source has no limit').to.equal(undefined);
    // In document order again, so the first of two equal ids still wins when sources are merged.
    expect(whole.events).to.have.length(1202);
    expect(whole.events.findIndex((e) => e.id === 'e5')).to.equal(5);
    expect(whole.warnings.map((w) => [w.id, w.code])).to.deep.equal([
      ['kaputt', 'invalid-date'],
      ['ohne-ende', 'invalid-date'],
    ]);
    // Without a focus, or for small sources, everything is checked at once.
    expect((await parseSource(body, SOURCE)).complete).to.equal(undefined);
  });

  it('accepts an empty object as empty data, every key being optional', async () => {
    const data = await parseSource('{}', SOURCE);
    expect(data).to.deep.equal({ topics: [], events: [], projects: [], warnings: [] });
  });

  it('reads an unknown version like version 1 and says so', async () => {
    const data = await parseSource(
      '{"version": 2, "events": [{"id": "e", "title": "T", "start": "2026-05-19"}]}',
      SOURCE,
    );
    expect(data.events).to.have.length(1);
    expect(data.warnings[0]).to.include({
      kind: 'document',
      code: 'unsupported-version',
      value: '2',
    });
  });
});

describe('validateInSlices', () => {
  // Good and bad items, a duplicate id and swapped coordinates: every path of the check.
  const doc = {
    topics: [{ id: 'bildung', label: 'Bildung' }],
    events: [
      ...Array.from({ length: 300 }, (_, i) => event({ id: `e${i}`, topics: ['bildung'] })),
      event({ id: 'e5' }),
      event({ id: 'kaputt', start: '2026-02-30' }),
    ],
    projects: [
      { id: 'p1', title: 'Garten', location: { lat: 51.36, lon: 12.4 } },
      { id: 'p2', title: 'Laden', location: { lat: 51.37, lon: 12.41 } },
      { id: 'p3', title: 'Treff', location: { lat: 12.39, lon: 51.36 } },
    ],
  };

  it('gives what validateDocument gives, warnings in the same order', async () => {
    const whole = validateDocument(structuredClone(doc), SOURCE);
    expect(whole.warnings.length).to.be.greaterThan(1);
    expect(await validateInSlices(structuredClone(doc), SOURCE)).to.deep.equal(whole);
  });

  it('gives the browser the main thread back between slices (no long task on a slow phone)', async () => {
    let pauses = 0;
    const pause = () => (pauses++, Promise.resolve());
    await validateInSlices(structuredClone(doc), SOURCE, 60_000, pause);
    expect(pauses, 'a slice of a minute holds everything').to.equal(0);
    await validateInSlices(structuredClone(doc), SOURCE, 0, pause);
    // A slice of no time: a pause before each of the 306 items.
    expect(pauses).to.equal(306);
  });
});

/**
 * A real HTTP responder for loader fault tests, mounted in the test runner's
 * dev server under /__responder/<scenario>?key=<unique>. Each key counts its
 * own requests, so a test can tell "first try fails, second succeeds" and can
 * ask how many requests actually arrived (/__responder/count?key=…).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
const GOOD = JSON.stringify({
  version: 1,
  topics: [{ id: 'inklusion', label: 'Inklusion' }],
  events: [{ id: 'e1', title: 'Sprachcafé', start: '2026-05-19T16:00', topics: ['inklusion'] }],
});
const hits = new Map();
/** Per key, the `start/end` of every request, for tests of month-by-month sources. */
const asked = new Map();

/** A range-aware source: an event on the 10th of each month asked for, and a weekend from April into May. */
function month(start, end) {
  const events = [];
  for (let ym = start.slice(0, 7); `${ym}-01` < end;) {
    events.push({ id: `m-${ym}`, title: `Treffen ${ym}`, start: `${ym}-10T10:00` });
    const [y, m] = ym.split('-').map(Number);
    ym = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  if (start <= '2026-05-01' && end > '2026-04-30') {
    events.push({ id: 'span', title: 'Wochenendfest', start: '2026-04-30', end: '2026-05-01' });
  }
  return JSON.stringify({ version: 1, events });
}

/** A small iCalendar feed whose category matches the JSON topic "inklusion". */
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//DE',
  'BEGIN:VEVENT',
  'UID:ics-1@example.org',
  'SUMMARY:Inklusives Tanzcafé',
  'DTSTART;TZID=Europe/Berlin:20260520T150000',
  'DTEND;TZID=Europe/Berlin:20260520T170000',
  'CATEGORIES:Inklusion',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

const BAD_ITEMS = JSON.stringify({
  topics: [{ id: 'inklusion', label: 'Inklusion' }],
  events: [
    { id: 'gut', title: 'Sprachcafé', start: '2026-05-19T16:00', topics: ['inklusion'] },
    { id: 'kaputt', title: 'Fest', start: '2026-02-30' },
    { id: 'link', title: 'Link', start: '2026-05-20', url: 'javascript:alert(1)' },
  ],
});
const MARKUP = JSON.stringify({
  topics: [{ id: 'x', label: '<img src=x onerror=alert(1)>' }],
  events: [{ id: 'e', title: '<b>fett</b>', start: '2026-05-19', topics: ['x'] }],
});

const RELATIVE_LINKS = JSON.stringify({
  events: [
    {
      id: 'e1',
      title: 'Sprachcafé',
      start: '2026-05-19T16:00',
      url: '/termine/sprachcafe',
      image: { src: 'bilder/cafe.jpg', alt: 'Tassen auf einem Tisch' },
    },
  ],
});

const SCENARIOS = {
  'relative-links': (res) => send(res, 200, RELATIVE_LINKS),
  'bad-items': (res) => send(res, 200, BAD_ITEMS),
  markup: (res) => send(res, 200, MARKUP),
  'foreign-image': (res) =>
    send(
      res,
      200,
      JSON.stringify({
        events: [
          {
            id: 'bild',
            title: 'Fest mit Bild',
            start: '2026-05-19T15:00',
            image: { src: 'https://bilder.example.net/fest.png', alt: 'Tanzende Menschen' },
          },
        ],
      }),
    ),
  empty: (res) => send(res, 200, '{"version": 1}'),
  // 1,460 events, four a day through 2026, one of them twice (the first wins), one faulty.
  big: (res) => {
    const events = [];
    for (let day = 0; day < 365; day++) {
      const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      for (const hour of ['09', '11', '14', '17']) {
        events.push({
          id: `${date}-${hour}`,
          title: `Termin ${date} ${hour}`,
          start: `${date}T${hour}:00`,
        });
      }
    }
    events.push({ id: '2026-11-20-09', title: 'Doppelt', start: '2026-05-19T08:00' });
    events.push({ id: 'kaputt', title: 'Kaputt', start: '2026-12-40' });
    send(res, 200, JSON.stringify({ version: 1, events }));
  },
  // ?start=…&end=…[&fail=YYYY-MM-DD …]: the month, or 500 for a start listed in `fail`.
  months: (res, n, params) => {
    const start = params.get('start') ?? '';
    if (params.getAll('fail').includes(start) || params.get('fail') === 'all') {
      return send(res, 500, 'broken', { 'content-type': 'text/plain' });
    }
    const data = JSON.parse(month(start, params.get('end') ?? ''));
    // ?bad: every month's answer also has the same faulty event.
    if (params.has('bad')) data.events.push({ id: 'kaputt', title: 'Kaputt', start: '2026-02-30' });
    send(res, 200, JSON.stringify(data));
  },
  // "Schönefeld" in windows-1252, as old calendar exports write it.
  latin1: (res) => {
    res.writeHead(200, { 'content-type': 'text/calendar; charset=windows-1252' });
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:w',
      'SUMMARY:Sch\u00f6nefeld',
      'DTSTART;VALUE=DATE:20260519',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    res.end(Buffer.from(ics, 'latin1'));
  },
  // JSON is UTF-8 whatever a misconfigured server claims.
  'json-claims-latin1': (res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=iso-8859-1' });
    res.end(
      Buffer.from('{"events":[{"id":"u","title":"Sch\u00f6nefeld","start":"2026-05-19"}]}', 'utf8'),
    );
  },
  // UTF-8 in three pieces, a moment apart, one "ö" split between two of them.
  'split-utf8': async (res) => {
    const body = Buffer.from(
      '{"events":[{"id":"s","title":"Sch\u00f6nefeld","start":"2026-05-19"}]}',
    );
    const split = body.indexOf(Buffer.from('\u00f6')) + 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    for (const piece of [body.subarray(0, 10), body.subarray(10, split), body.subarray(split)]) {
      if (res.destroyed) return;
      res.write(piece);
      await sleep(20);
    }
    res.end();
  },
  ics: (res) => send(res, 200, ICS, { 'content-type': 'text/calendar; charset=utf-8' }),
  ok: (res) => send(res, 200, GOOD),
  // A fixture of test/fixtures, answered after `ms` (for a loading state that stays long enough to see).
  'slow-fixture': async (res, n, params) => {
    await sleep(Number(params.get('ms') ?? 1000));
    const file = join('test/fixtures', basename(params.get('file') ?? ''));
    if (!res.destroyed) send(res, 200, readFileSync(file, 'utf8'));
  },
  slow: async (res, n, params) => {
    await sleep(Number(params.get('ms') ?? 5000));
    if (!res.destroyed) send(res, 200, GOOD);
  },
  // The first request is never answered (until the client gives up); later ones are.
  'hang-first': (res, n) => (n === 1 ? undefined : send(res, 200, GOOD)),
  // Headers and the start of the body, then nothing more.
  'stall-body': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"version": 1, "events": [');
  },
  flaky: (res, n) =>
    n === 1 ? send(res, 500, 'oops', { 'content-type': 'text/plain' }) : send(res, 200, GOOD),
  'retry-after': (res, n) =>
    n === 1
      ? send(res, 503, 'busy', { 'retry-after': '1', 'content-type': 'text/plain' })
      : send(res, 200, GOOD),
  'fail-first': (res, n) =>
    n === 1 ? send(res, 404, 'Not Found', { 'content-type': 'text/plain' }) : send(res, 200, GOOD),
  'not-found': (res) => send(res, 404, 'Not Found', { 'content-type': 'text/plain' }),
  'always-500': (res) => send(res, 500, 'broken', { 'content-type': 'text/plain' }),
  malformed: (res) => send(res, 200, '{"version": 1, "events": [ {"id": "e1",'),
  html: (res) =>
    send(res, 200, '<!doctype html><html><body><h1>Willkommen</h1></body></html>', {
      'content-type': 'text/html',
    }),
  bom: (res) => send(res, 200, `\uFEFF${GOOD}`),
  'oversized-declared': (res) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': String(11 * 1024 * 1024),
    });
    res.end('{"events": []}');
  },
  'oversized-stream': async (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = ' '.repeat(1024 * 1024);
    for (let i = 0; i < 11 && !res.destroyed; i++) {
      res.write(chunk);
      await sleep(5);
    }
    res.end('{}');
  },
};

export async function responder(ctx, next) {
  if (!ctx.path.startsWith('/__responder/')) return next();
  const scenario = ctx.path.slice('/__responder/'.length);
  const params = new URLSearchParams(ctx.querystring);
  const key = params.get('key') ?? '';
  if (scenario === 'count') {
    ctx.body = JSON.stringify({ count: hits.get(key) ?? 0 });
    ctx.type = 'application/json';
    return;
  }
  if (scenario === 'asked') {
    ctx.body = JSON.stringify(asked.get(key) ?? []);
    ctx.type = 'application/json';
    return;
  }
  if (params.has('start'))
    asked.set(key, [...(asked.get(key) ?? []), `${params.get('start')}/${params.get('end')}`]);
  const handler = SCENARIOS[scenario];
  if (!handler) return next();
  const n = (hits.get(key) ?? 0) + 1;
  hits.set(key, n);
  ctx.respond = false;
  await handler(ctx.res, n, params);
}

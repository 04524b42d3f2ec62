/**
 * Benchmark data: 5,000 events over 2026, about 200 of them in May (the
 * month both calendars open on), deterministic, in Quartier JSON.
 */
const TOPICS = ['migration', 'bildung', 'beteiligung', 'gesundheit', 'inklusion', 'begegnung'];
const FEATURES = [
  'wheelchair',
  'accessible-toilet',
  'hearing-loop',
  'easy-language',
  'free-of-charge',
];

function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

export function benchData(count = 5000, inMay = 200) {
  const next = random(42);
  const events = [];
  for (let i = 0; i < count; i++) {
    const may = i < inMay;
    // May: days 1–31; the rest of the year: any month but May.
    let month = may ? 5 : 1 + Math.floor(next() * 11);
    if (!may && month >= 5) month += 1;
    const day = 1 + Math.floor(next() * 28);
    const hour = 8 + Math.floor(next() * 12);
    const allDay = next() < 0.1;
    const date = `2026-${pad(month)}-${pad(day)}`;
    events.push({
      id: `e${i}`,
      title: `Veranstaltung ${i}`,
      start: allDay ? date : `${date}T${pad(hour)}:00`,
      ...(allDay ? {} : { end: `${date}T${pad(hour + 1)}:30` }),
      topics: [TOPICS[i % TOPICS.length]],
      accessibility: FEATURES.filter(() => next() < 0.3),
      languages: next() < 0.3 ? ['de', 'ar'] : ['de'],
    });
  }
  return {
    version: 1,
    topics: TOPICS.map((id) => ({ id, label: id })),
    events,
  };
}

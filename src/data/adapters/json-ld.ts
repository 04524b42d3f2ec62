/**
 * schema.org JSON-LD: an `Event`, an `ItemList` of events, a `@graph`, or an
 * array of these → events. Field names are mapped to the Quartier names; the
 * values are checked afterwards like any other source.
 */
import { isRecord, type FormatAdapter } from './adapter.js';

type Node = Record<string, unknown>;

const typesOf = (node: Node): string[] =>
  [node['@type']].flat().filter((type): type is string => typeof type === 'string');
const isA = (node: Node, type: string) =>
  typesOf(node).some((t) => t === type || t.endsWith(`/${type}`) || t.endsWith(`:${type}`));
const isEventNode = (node: Node) => typesOf(node).some((t) => /Event$/.test(t));

/** Every event node in a document, in document order. */
function collectEvents(json: unknown): Node[] {
  if (Array.isArray(json)) return json.flatMap(collectEvents);
  if (!isRecord(json)) return [];
  if (isEventNode(json)) return [json];
  if (Array.isArray(json['@graph'])) return collectEvents(json['@graph']);
  if (isA(json, 'ItemList') && Array.isArray(json.itemListElement)) {
    return json.itemListElement.flatMap((entry) =>
      isRecord(entry) && isA(entry, 'ListItem') ? collectEvents(entry.item) : collectEvents(entry),
    );
  }
  return [];
}

const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value['@value'] === 'string') return value['@value'];
  return undefined;
};

function address(value: unknown): string | undefined {
  if (!isRecord(value)) return text(value);
  const street = text(value.streetAddress);
  const place = [text(value.postalCode), text(value.addressLocality)].filter(Boolean).join(' ');
  return [street, place].filter(Boolean).join(', ') || undefined;
}

function location(value: unknown): Node | undefined {
  const place = [value].flat()[0];
  if (typeof place === 'string') return { name: place };
  if (!isRecord(place)) return undefined;
  const geo = isRecord(place.geo) ? place.geo : {};
  const number = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v);
  return {
    name: text(place.name),
    address: address(place.address),
    lat: number(geo.latitude),
    lon: number(geo.longitude),
  };
}

function organizer(value: unknown): Node | undefined {
  const who = [value].flat()[0];
  if (!isRecord(who)) return typeof who === 'string' ? { name: who } : undefined;
  return {
    name: text(who.name),
    url: text(who.url),
    email: text(who.email),
    phone: text(who.telephone),
  };
}

function image(value: unknown, alt: string | undefined): Node | undefined {
  const first = [value].flat()[0];
  const src = isRecord(first) ? (text(first.url) ?? text(first.contentUrl)) : text(first);
  if (!src) return undefined;
  const caption = isRecord(first) ? text(first.caption) : undefined;
  return { src, alt: caption ?? alt ?? '' };
}

const STATUS: Record<string, string> = {
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  EventScheduled: 'scheduled',
  EventRescheduled: 'scheduled',
  EventMovedOnline: 'scheduled',
};

function toEvent(node: Node): Node {
  const status = text(node.eventStatus)?.split(/[/:]/).pop();
  const languages = [node.inLanguage].flat().map(text).filter(Boolean);
  return {
    id:
      text(node['@id']) ??
      text(node.identifier) ??
      text(node.url) ??
      [text(node.name), text(node.startDate)].filter(Boolean).join(' '),
    title: text(node.name) ?? node.name,
    start: text(node.startDate),
    end: text(node.endDate),
    description: text(node.description),
    location: location(node.location),
    organizer: organizer(node.organizer),
    url: text(node.url),
    status: status ? STATUS[status] : undefined,
    languages: languages.length ? languages : undefined,
    accessibility: node.isAccessibleForFree === true ? ['free-of-charge'] : undefined,
    image: image(node.image, text(node.name)),
  };
}

export const jsonLd: FormatAdapter = {
  detect: (json) =>
    collectEvents(json).length > 0 ||
    (isRecord(json) && JSON.stringify(json['@context'] ?? '').includes('schema.org')),
  toDocument: (json) => ({ document: { events: collectEvents(json).map(toEvent) }, warnings: [] }),
};

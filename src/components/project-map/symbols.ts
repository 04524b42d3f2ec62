/**
 * How a project looks on the map and in the legend: the colour of its topic plus a shape per
 * topic, so colour is never the only cue (WCAG 1.4.1), and an ink colour for the shape that
 * contrasts with the topic colour whatever the data says.
 */
import type { Project, Topic } from '../../model/types.js';

/** Symbol shapes as SVG path data in a 24×24 box, centred; one per topic, in topic order. */
export const SHAPES = {
  circle: 'M12 6.5a5.5 5.5 0 1 1 0 11a5.5 5.5 0 1 1 0-11z',
  square: 'M7.2 7.2h9.6v9.6h-9.6z',
  triangle: 'M12 6l6.3 11h-12.6z',
  diamond: 'M12 5.5l6.5 6.5l-6.5 6.5l-6.5-6.5z',
  star: 'M12 6.1L13.6 10.4L18.2 10.6L14.6 13.4L15.8 17.9L12 15.3L8.2 17.9L9.4 13.4L5.8 10.6L10.4 10.4z',
  plus: 'M10 6h4v4h4v4h-4v4h-4v-4h-4v-4h4z',
  hexagon: 'M17.8 12L14.9 17L9.1 17L6.2 12L9.1 7L14.9 7z',
  /** Projects without a topic. */
  bar: 'M6.5 10.5h11v3h-11z',
} as const;

export type Shape = keyof typeof SHAPES;

const TOPIC_SHAPES: Shape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'star',
  'plus',
  'hexagon',
];

/** Colour of projects without a topic colour: the library's accent. */
export const DEFAULT_COLOR = '#1f5fa6';

export interface Appearance {
  /** `#rrggbb` fill. */
  color: string;
  /** `#000000` or `#ffffff`, whichever contrasts more with `color`. */
  ink: string;
  shape: Shape;
  /** The topic shown, if any. */
  topic?: string;
}

/** A topic's shape: stable by the topic's place in the data, whatever is filtered. */
export function shapeOf(topicId: string | undefined, topics: Topic[]): Shape {
  if (topicId === undefined) return 'bar';
  const index = topics.findIndex((topic) => topic.id === topicId);
  return index < 0 ? 'bar' : TOPIC_SHAPES[index % TOPIC_SHAPES.length];
}

/** Relative luminance (WCAG 2) of `#rrggbb`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever is more legible on `color`. */
export const inkFor = (color: string): string =>
  contrast(color, '#000000') >= contrast(color, '#ffffff') ? '#000000' : '#ffffff';

/**
 * The topic a project is drawn with: the first of its topics that the visitor chose (or the
 * element is scoped to), else its first topic.
 */
export function appearanceOf(project: Project, topics: Topic[], preferred: string[]): Appearance {
  const own = project.topics ?? [];
  const topicId = own.find((id) => preferred.includes(id)) ?? own[0];
  const color = topics.find((topic) => topic.id === topicId)?.color ?? DEFAULT_COLOR;
  return { color, ink: inkFor(color), shape: shapeOf(topicId, topics), topic: topicId };
}

/**
 * The attributes every element shares (SPEC §2) and what follows from them alone: the data
 * sources, the filter group and scope, language, heading level, image origins, debug and the
 * feedback link. QuartierElement builds the shared behaviour on them.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { isImageOriginAllowed } from '../../data/urls.js';
import { splitList } from '../../model/split-list.js';
import type { Scope } from '../../state/filter.js';

export abstract class QuartierAttributes extends LitElement {
  /** One or more data source URLs (commas and/or spaces); merged in order. */
  @property({ attribute: 'src' }) src = '';

  /** Filter channel this element joins. */
  @property({ attribute: 'group' }) group = 'default';

  /** Topic ids: a fixed scope; the group's filter narrows further inside it. */
  @property({ attribute: 'topics' }) topics = '';

  /** Only items whose organizer `id` or `name` matches. */
  @property({ attribute: 'organizer' }) organizer = '';

  /** UI language; otherwise the nearest ancestor's `lang`, then German. */
  @property({ attribute: 'lang' }) override lang = '';

  /** Level of the element's own headings, so they fit the page outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Extra origins images may come from, besides each data source's own. */
  @property({ attribute: 'image-origins' }) imageOrigins = '';

  /** Shows skipped items and why, in plain German, for data editors. */
  @property({ attribute: 'debug', type: Boolean }) debug = false;

  /** The host's accessibility feedback form: a "Barriere melden" link in the widget. */
  @property({ attribute: 'feedback-url' }) feedbackUrl = '';

  /** @internal The topic and organizer scope set by attributes. */
  get scope(): Scope {
    return { topics: splitList(this.topics), organizer: this.organizer || undefined };
  }

  /** @internal Whether an image may be shown (its origin is the source's own or listed in `image-origins`). */
  imageAllowed(src: string, source: string): boolean {
    return isImageOriginAllowed(src, source, splitList(this.imageOrigins));
  }
}

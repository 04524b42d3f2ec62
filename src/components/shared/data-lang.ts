/**
 * The `lang` attribute of an element that shows a data text: the text's own language when it is
 * not the element's UI language (a Text without an entry for it falls back to German), else none.
 */
import { nothing } from 'lit';
import { textLang } from '../../data/text.js';
import type { Text } from '../../model/types.js';

export const dataLang = (text: Text | undefined, ui: string): string | typeof nothing =>
  textLang(text, ui) ?? nothing;

/**
 * A counted phrase for each Intl plural category of a language, whole phrases, never "number + noun":
 * `#` stands for the number, written in the language's digits. German and English need `one` and
 * `other`; Russian and Ukrainian add `few` and `many`; Arabic uses all six, and its `two` is a word
 * of its own ("فعاليتان") that may leave the number out.
 */
export interface PluralForms {
  one: string;
  other: string;
  zero?: string;
  two?: string;
  few?: string;
  many?: string;
}

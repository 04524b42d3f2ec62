/** Singular and plural of a counted noun; languages with more forms add them. */
export interface PluralForms {
  one: string;
  other: string;
  zero?: string;
  two?: string;
  few?: string;
  many?: string;
}

/** Splits an attribute value at commas and/or white space (SPEC §2: every list-valued attribute). */
export const splitList = (value: string | null | undefined): string[] =>
  (value ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * The tag handed to Intl for a language: private-use parts removed (`de-x-ls`
 * → `de`) and always the Gregorian calendar (`Intl.DateTimeFormat('fa')` would
 * count Persian years), keeping the tag's own `-u-` keywords (`-u-nu-latn`).
 * Digits are Intl's default for the language, the same in every formatter.
 */
export function intlLocale(lang: string): string {
  try {
    return new Intl.Locale(lang.replace(/-x-.*$/i, ''), { calendar: 'gregory' }).toString();
  } catch {
    // A tag Intl cannot read becomes German, so no widget fails over a host page's typo.
    return 'de-u-ca-gregory';
  }
}

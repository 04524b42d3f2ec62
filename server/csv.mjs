/**
 * The office's export: CSV that a German spreadsheet opens correctly (UTF-8
 * with byte order mark, semicolons, CRLF), with every cell that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR) defused with a leading
 * apostrophe. Residents' text is data, never a formula.
 */
export const CSV_COLUMNS = [
  ['reference', 'Vorgangsnummer'],
  ['receivedAt', 'Eingegangen'],
  ['title', 'Titel'],
  ['description', 'Beschreibung'],
  ['topic', 'Thema'],
  ['address', 'Ort'],
  ['name', 'Name'],
  ['email', 'E-Mail'],
  ['wantsReply', 'Antwort gewünscht'],
  ['lang', 'Sprache'],
  ['page', 'Seite'],
  ['id', 'ID'],
];

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted when needed. */
export function csvCell(value, separator = ';') {
  let text = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/** The flat row of a stored idea. */
function rowOf(record) {
  return {
    ...record,
    address: record.location?.address,
    name: record.contact?.name,
    email: record.contact?.email,
    wantsReply: record.wantsReply ? 'ja' : 'nein',
  };
}

/**
 * @param {Array<Record<string, unknown>>} records
 * @param {{separator?: string, bom?: boolean}} [options]
 */
export function toCsv(records, options = {}) {
  const separator = options.separator ?? ';';
  const lines = [CSV_COLUMNS.map(([, header]) => csvCell(header, separator)).join(separator)];
  for (const record of records) {
    const row = rowOf(record);
    lines.push(CSV_COLUMNS.map(([key]) => csvCell(row[key], separator)).join(separator));
  }
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

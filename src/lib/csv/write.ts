/**
 * The canonical CSV form of the data tree: UTF-8 without BOM, `,` delimiter, `\n` line ends, a
 * trailing newline, and quotes only where a field needs them. readTable compares files against
 * exactly this output to decide whether they are canonical.
 *
 * Published CSV (the open data under /opendata/) is written by writePublishedTable: the same form,
 * with cells a spreadsheet would run as a formula neutralised. The data tree's own files keep their
 * cells as written (writeTable): they are read back by the check, and staff edit them.
 */

// Leading/trailing spaces are quoted so that a reader which trims unquoted fields keeps them.
const NEEDS_QUOTES = /[",\n\r]|^\s|\s$/;
const QUOTES = /"/g;

export function needsQuotes(text: string): boolean {
	return NEEDS_QUOTES.test(text);
}

/**
 * A cell Excel, LibreOffice or Google Sheets would evaluate: `=HYPERLINK(…)`, `+cmd|…`, `-2+3`,
 * `@SUM(…)`, or one of those behind a tab or carriage return (OWASP, «CSV Injection»).
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * The text of a published cell: one that starts like a formula gets a leading apostrophe, which
 * spreadsheets read as «this is text» and do not show. Every text cell is treated so, whatever its
 * column: a phone number `+74999921001` becomes `'+74999921001` too, since a rule that let through
 * what «looks like a number» is the rule an attacker writes a payload to fit. Numbers the project
 * writes as numbers (counts: never negative) stay numbers: they are passed as `number`, not text.
 */
export function neutraliseFormula(text: string): string {
	// A look-up of the first character, not a regular expression: the statistics files are millions of cells.
	return FORMULA_START.has(text.charAt(0)) ? `'${text}` : text;
}

function field(value: string | number | undefined): string {
	if (value === undefined) return '';
	// A number never needs quotes: the open-data statistics files are millions of them.
	if (typeof value === 'number') return String(value);
	return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTES, '""')}"` : value;
}

function publishedField(value: string | number | undefined): string {
	return typeof value === 'string' ? field(neutraliseFormula(value)) : field(value);
}

type Row = Record<string, string | number | undefined>;

function write(columns: readonly string[], rows: readonly Row[], cell: (value: string | number | undefined) => string): string {
	let out = columns.map(cell).join(',') + '\n';
	const last = columns.length - 1;
	for (const row of rows) {
		for (let j = 0; j <= last; j++) {
			out += cell(row[columns[j]!]);
			out += j === last ? '\n' : ',';
		}
	}
	return out;
}

/** A data-tree table in canonical form, cells as they are. */
export function writeTable(columns: readonly string[], rows: readonly Row[]): string {
	return write(columns, rows, field);
}

/** A published table: canonical form, formula-like text cells neutralised (neutraliseFormula). */
export function writePublishedTable(columns: readonly string[], rows: readonly Row[]): string {
	return write(columns, rows, publishedField);
}

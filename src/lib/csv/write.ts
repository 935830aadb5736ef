/**
 * The canonical CSV form of the data tree: UTF-8 without BOM, `,` delimiter, `\n` line ends, a
 * trailing newline, and quotes only where a field needs them. readTable compares files against
 * exactly this output to decide whether they are canonical.
 */

// Leading/trailing spaces are quoted so that a reader which trims unquoted fields keeps them.
const NEEDS_QUOTES = /[",\n\r]|^\s|\s$/;
const QUOTES = /"/g;

export function needsQuotes(text: string): boolean {
	return NEEDS_QUOTES.test(text);
}

function field(value: string | number | undefined): string {
	if (value === undefined) return '';
	// A number never needs quotes: the open-data statistics files are millions of them.
	if (typeof value === 'number') return String(value);
	return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTES, '""')}"` : value;
}

export function writeTable(columns: readonly string[], rows: readonly Record<string, string | number | undefined>[]): string {
	let out = columns.map(field).join(',') + '\n';
	const last = columns.length - 1;
	for (const row of rows) {
		for (let j = 0; j <= last; j++) {
			out += field(row[columns[j]!]);
			out += j === last ? '\n' : ',';
		}
	}
	return out;
}

/**
 * Canonical CSV writing (the form data/ files are committed in): `,` delimiter, `\n` line ends,
 * quotes only around fields that contain `,`, `"` or a line break, empty string for a missing value.
 */

export type CsvValue = string | number | undefined | null;

const NEEDS_QUOTES = /[",\n\r]/;

export function csvField(value: CsvValue): string {
	if (value === undefined || value === null) return '';
	const text = String(value);
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: readonly CsvValue[]): string {
	return fields.map(csvField).join(',') + '\n';
}

/**
 * Header plus rows keyed by column name. Columns that are empty in every row are dropped: the
 * canonical form omits unused optional columns, keeping the schema order of the rest.
 */
export function csvDocument(columns: readonly string[], rows: readonly Record<string, CsvValue>[], keep: readonly string[] = []): string {
	const used = columns.filter(
		(column) => keep.includes(column) || rows.some((row) => row[column] !== undefined && row[column] !== null && row[column] !== ''),
	);
	let out = csvLine(used);
	for (const row of rows) out += csvLine(used.map((column) => row[column]));
	return out;
}

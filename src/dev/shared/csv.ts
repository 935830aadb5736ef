/**
 * Canonical CSV writing (the form data/ files are committed in), with the check's own quoting rule
 * (src/lib/csv/write.ts), so a generated file is canonical by construction; empty string for a
 * missing value.
 */
import { needsQuotes } from '../../lib/csv/write.ts';

export type CsvValue = string | number | undefined | null;

export function csvField(value: CsvValue): string {
	if (value === undefined || value === null) return '';
	const text = String(value);
	return needsQuotes(text) ? `"${text.replaceAll('"', '""')}"` : text;
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

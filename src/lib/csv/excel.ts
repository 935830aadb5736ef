/**
 * The spreadsheet copy of a published table. Russian Excel opens a double-clicked `.csv` in the
 * ANSI code page (Windows-1251) unless the file starts with a UTF-8 byte order mark, and splits
 * columns on the list separator of the Russian locale, `;`, not on `,`: the canonical open-data
 * files (UTF-8 without BOM, `,`, as v3.0 asks) open as one garbled column. The copy carries the
 * same cells, formula guard included, with a BOM, `;` and `\r\n`.
 *
 * It is converted from the canonical text, not written again from the records, so that the build
 * can make it from the same chunks it writes the canonical file from (the quarterly statistics
 * come from the check's hand-off as ready CSV bytes).
 */

export const UTF8_BOM = '\ufeff';
export const EXCEL_SEPARATOR = ';';

const NEEDS_QUOTES = /[";\n\r]|^\s|\s$/;

function excelField(value: string): string {
	return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Whole lines of a canonical published CSV (`,`, quotes only where needed, `\n`) as `;`-separated
 * lines ending in `\r\n`. Line breaks inside quoted cells stay as they are. No BOM: the caller puts
 * it before the first chunk only.
 */
export function toExcelCsv(text: string): string {
	let out = '';
	let cell = '';
	let row: string[] = [];
	let quoted = false;
	let started = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i++;
				} else quoted = false;
			} else cell += char;
			continue;
		}
		if (char === '"' && cell === '') {
			quoted = true;
			started = true;
		} else if (char === ',') {
			row.push(cell);
			cell = '';
			started = true;
		} else if (char === '\n') {
			row.push(cell);
			out += row.map(excelField).join(EXCEL_SEPARATOR) + '\r\n';
			row = [];
			cell = '';
			started = false;
		} else {
			cell += char;
			started = true;
		}
	}
	if (started || row.length) throw new Error('toExcelCsv: the text does not end with a whole line');
	return out;
}

/**
 * Excel workbooks (.xlsx) for `npm run import`. A sheet is turned into the same row records the
 * CSV reader produces (src/lib/csv/read.ts): headers matched by the same aliases, every cell
 * turned into the text Russian Excel would have written to CSV and then normalised by the same
 * normalizeCell, every problem at its sheet row and column. From there on readSource validates
 * it exactly as a CSV export: one contract, one set of messages.
 *
 * exceljs reads only asynchronously while the import plan is synchronous, so the CLI loads
 * workbooks first (loadSpreadsheets) and planImport picks their sheets (pickSheets, sheetTable).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { CellProblem, TableRow } from '../lib/csv/index.ts';
import { columnLetter, matchHeaders } from '../lib/csv/headers.ts';
import { normalizeCell, type CellNote } from '../lib/csv/normalize.ts';
import { excelErrorMessage } from '../lib/excel-errors.ts';
import { PLAIN, type ScannedRecord } from '../lib/csv/scan.ts';
import { compileSpec, lookupHeader } from '../lib/csv/spec.ts';
import { SERIES } from '../loaders/period.ts';
import type { SeriesKind } from '../loaders/tree.ts';
import type { ColumnSpec } from '../schemas/csv-cells.ts';
import { describeSignatures, KINDS, matchingKinds } from './detect.ts';
import type { InputFile } from './plan.ts';
import type { ImportError, SheetTable } from './read-source.ts';

/** A cell as read: blank (undefined), a value, or something Excel itself could not compute. */
export type RawCell = string | number | boolean | Date | { error: string } | undefined;

export interface SheetRow {
	/** Excel's row number (1-based): what the clerk sees at the left edge. */
	line: number;
	/** By column, 0-based: cells[0] is column A. */
	cells: RawCell[];
}

export interface Sheet {
	name: string;
	/** Rows with at least one non-blank cell, in order; blank rows are left out. */
	rows: SheetRow[];
	/** The workbook counts days from 1904 (old Mac Excel): numbers in date columns shift. */
	date1904: boolean;
}

export type Workbook = { ok: true; sheets: Sheet[] } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// OLE compound file: the binary .xls format, and also what Excel makes of a password-protected .xlsx.
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether a file goes to the spreadsheet reader rather than the CSV one: by name or by content. */
export function spreadsheetFormat(path: string, bytes: Uint8Array): 'xlsx' | 'xls' | undefined {
	if (startsWith(bytes, ZIP) || /\.xls[xm]$/i.test(path)) return 'xlsx';
	if (startsWith(bytes, OLE) || /\.xls$/i.test(path)) return 'xls';
	return undefined;
}

/** Reads every spreadsheet among the inputs into `input.workbook`; CSV inputs are left alone. */
export async function loadSpreadsheets(inputs: readonly InputFile[]): Promise<void> {
	for (const input of inputs) {
		// The first bytes tell a workbook from a CSV file: a large CSV is not read twice.
		const head = new Uint8Array(4);
		const fd = openSync(input.abs, 'r');
		try {
			readSync(fd, head, 0, head.length, 0);
		} finally {
			closeSync(fd);
		}
		const format = spreadsheetFormat(input.abs, head);
		if (format === 'xls') {
			input.workbook = {
				ok: false,
				message:
					'файл в старом формате Excel (.xls) или защищён паролем: сохраните его в Excel как «Книга Excel (.xlsx)» без пароля или как «CSV (разделители — запятые)»',
			};
		} else if (format === 'xlsx') input.workbook = await readWorkbook(readFileSync(input.abs));
	}
}

export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
	const workbook = new ExcelJS.Workbook();
	try {
		// exceljs declares its own Buffer type; a Node Buffer is what it reads.
		await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
	} catch {
		// The reader's own reason is English and about zip internals: nothing a clerk can act on.
		return {
			ok: false,
			message: 'не удалось прочитать книгу Excel: откройте файл в Excel и сохраните его заново как «Книга Excel (.xlsx)»',
		};
	}
	const date1904 = workbook.properties.date1904 === true;
	const sheets: Sheet[] = [];
	for (const worksheet of workbook.worksheets) {
		// A hidden sheet usually holds drop-down lists; the clerk cannot see what would be imported.
		if (worksheet.state !== 'visible') continue;
		const rows: SheetRow[] = [];
		worksheet.eachRow({ includeEmpty: false }, (row, line) => {
			const cells: RawCell[] = [];
			row.eachCell({ includeEmpty: false }, (cell, column) => {
				// A merged range repeats its first cell's value in every cell: count it once.
				if (cell.type === ExcelJS.ValueType.Merge) return;
				const raw = rawOf(cell.value);
				if (raw !== undefined) cells[column - 1] = raw;
			});
			for (let i = 0; i < cells.length; i++) cells[i] ??= undefined;
			if (cells.some((c) => !isBlank(c))) rows.push({ line, cells });
		});
		sheets.push({ name: worksheet.name, rows, date1904 });
	}
	return { ok: true, sheets };
}

function rawOf(value: ExcelJS.CellValue): RawCell {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
	if ('error' in value) return { error: String(value.error) };
	if ('richText' in value) return value.richText.map((run) => run.text).join('');
	// A hyperlink cell: what the clerk sees is the text; the check canonicalises links from text anyway.
	if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : rawOf(value.text as ExcelJS.CellValue);
	if ('formula' in value || 'sharedFormula' in value) {
		const result = (value as { result?: unknown }).result;
		if (result === undefined) return { error: 'формула без вычисленного значения: откройте файл в Excel и сохраните его заново' };
		return rawOf(result as ExcelJS.CellValue);
	}
	return undefined;
}

const isBlank = (cell: RawCell) => cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** `A`, `B`, …, `Z`, `AA`: column letters as Excel's column headings show them. */
export { columnLetter };

/** The first non-blank row, as header texts (the CSV reader takes the first non-blank record too). */
function headerRow(sheet: Sheet): { line: number; fields: string[] } | undefined {
	const row = sheet.rows[0];
	if (!row) return undefined;
	return { line: row.line, fields: row.cells.map(plainText) };
}

/**
 * Which sheets to import and as what: every sheet whose header row matches a table kind (with
 * --kind: that kind), or else the first sheet. Problems go to `errors`, located at the header row.
 */
export function pickSheets(
	file: string,
	workbook: Workbook,
	kind: SeriesKind | undefined,
	errors: ImportError[],
): { sheet: Sheet; kind: SeriesKind }[] {
	if (!workbook.ok) {
		errors.push({ file, line: 0, column: 0, message: workbook.message });
		return [];
	}
	const filled = workbook.sheets.flatMap((sheet) => {
		const header = headerRow(sheet);
		return header ? [{ sheet, ...header, kinds: matchingKinds(header.fields) }] : [];
	});
	const first = filled[0];
	if (!first) {
		errors.push({ file, line: 0, column: 0, message: 'в книге нет ни одного заполненного листа: нет строки заголовков' });
		return [];
	}
	if (kind !== undefined) {
		const picks = filled.filter((s) => s.kinds.includes(kind)).map(({ sheet }) => ({ sheet, kind }));
		// No sheet has the kind's columns: read the first one as that kind, so that every header
		// it does not know is named, as for a CSV file.
		return picks.length > 0 ? picks : [{ sheet: first.sheet, kind }];
	}
	const picks: { sheet: Sheet; kind: SeriesKind }[] = [];
	let unclear = 0;
	for (const { sheet, line, fields, kinds } of filled) {
		if (kinds.length === 1) picks.push({ sheet, kind: kinds[0]! });
		// A sheet with some known column but no clear kind may be a table with a misspelt header:
		// skipping it would silently lose its rows. Notes and lists, which name no known column, are
		// skipped.
		else if (kinds.length > 1 || fields.some((field) => KINDS.some((k) => isKnownColumn(k, field)))) {
			errors.push(undetected(file, sheet.name, line, fields, kinds));
			unclear++;
		}
	}
	if (picks.length === 0 && unclear === 0) errors.push(undetected(file, first.sheet.name, first.line, first.fields, []));
	return picks;
}

function isKnownColumn(kind: SeriesKind, field: string): boolean {
	return field.trim() !== '' && lookupHeader(compileSpec(SERIES[kind].columns), field) !== null;
}

function undetected(file: string, sheet: string, line: number, fields: readonly string[], kinds: readonly SeriesKind[]): ImportError {
	const found = fields
		.filter((f) => f.trim() !== '')
		.map((f) => `«${f.trim()}»`)
		.join(', ');
	const verdict =
		kinds.length === 0 ? 'не удалось понять, какая это таблица' : `заголовки подходят сразу к нескольким таблицам (${kinds.join(', ')})`;
	return {
		file,
		sheet,
		line,
		column: 1,
		message: `${verdict}: на листе столбцы ${found}. Ожидались: ${describeSignatures()}. Исправьте заголовки или укажите вид таблицы параметром --kind`,
	};
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const MS_PER_DAY = 86_400_000;
// Day 0 of Excel's calendars as UTC instants (the 1900 calendar's day 60, 29.02.1900, never was:
// counting from 30.12.1899 is right from 01.03.1900 on).
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
// Serial numbers of 01.01.2000 and 01.01.2100 (1900 calendar): a number outside is not a date
// that lost its format but a mistake («12» in a date column), and the schema should say so.
const SERIAL_MIN = 36_526;
const SERIAL_MAX = 73_051;

/** An Excel date-time (read as UTC by exceljs) split into calendar parts, rounded to the second. */
function parts(date: Date): { y: number; m: number; d: number; hh: number; mm: number; ss: number } | undefined {
	const ms = date.getTime();
	if (Number.isNaN(ms)) return undefined;
	// Excel stores times as fractions of a day: 10:15 may come back as 10:14:59.9999.
	const t = new Date(Math.round(ms / 1000) * 1000);
	return {
		y: t.getUTCFullYear(),
		m: t.getUTCMonth() + 1,
		d: t.getUTCDate(),
		hh: t.getUTCHours(),
		mm: t.getUTCMinutes(),
		ss: t.getUTCSeconds(),
	};
}

/** «06.07.2026» or «06.07.2026 10:15»: how Russian Excel shows a date, for messages and text columns. */
function shown(date: Date): string {
	const p = parts(date);
	if (!p) return String(date);
	const day = `${pad2(p.d)}.${pad2(p.m)}.${p.y}`;
	if (p.hh === 0 && p.mm === 0 && p.ss === 0) return day;
	return `${day} ${p.hh}:${pad2(p.mm)}${p.ss === 0 ? '' : `:${pad2(p.ss)}`}`;
}

/** A number as Russian Excel writes it to CSV: decimal comma. */
function numberText(value: number): string {
	return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
}

/** Any cell as plain text (headers, detection): what the clerk sees in it. */
function plainText(cell: RawCell): string {
	if (cell === undefined) return '';
	if (typeof cell === 'string') return cell;
	if (typeof cell === 'number') return numberText(cell);
	if (typeof cell === 'boolean') return cell ? 'ИСТИНА' : 'ЛОЖЬ';
	if (cell instanceof Date) return shown(cell);
	return cell.error;
}

/**
 * A cell as the text the CSV path expects in a column of this kind, or a problem the schema could
 * not explain. Dates become ГГГГ-ММ-ДД (the canonical form) rather than the ДД.ММ.ГГГГ Excel shows:
 * normalizeCell accepts both, and a Date object leaves no doubt which day is meant.
 */
export function cellText(cell: RawCell, spec: ColumnSpec, date1904: boolean): { text: string } | { problem: string } {
	if (cell === undefined) return { text: '' };
	if (typeof cell === 'object' && !(cell instanceof Date)) {
		const excel = excelErrorMessage(cell.error, spec.kind);
		if (excel !== undefined) return { problem: excel };
		return {
			problem: cell.error.startsWith('#') ? `в ячейке ошибка Excel ${cell.error}: исправьте формулу или впишите значение` : cell.error,
		};
	}
	let value = cell;
	// A date cell whose format was lost (pasted as values, «Общий» format) holds the serial number.
	if (typeof value === 'number' && (spec.kind === 'date' || spec.kind === 'timestamp')) {
		const serial = date1904 ? value + 1462 : value;
		if (serial >= SERIAL_MIN && serial < SERIAL_MAX) value = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + value * MS_PER_DAY);
	}
	if (!(value instanceof Date)) return { text: plainText(value) };
	const p = parts(value);
	if (!p) return { problem: 'в ячейке неверная дата' };
	const day = `${p.y}-${pad2(p.m)}-${pad2(p.d)}`;
	const midnight = p.hh === 0 && p.mm === 0 && p.ss === 0;
	if (spec.kind === 'date') return midnight ? { text: day } : { problem: `ожидалась дата без времени, а в ячейке ${shown(value)}` };
	if (spec.kind === 'timestamp') {
		// Excel keeps no time zone, and guessing Moscow time would be wrong for most of the country
		// (the CSV path refuses a time without a zone for the same reason).
		return {
			problem: `в ячейке дата и время Excel без часового пояса (${shown(value)}): впишите значение текстом с поясом, например «${shown(value)}${midnight ? ' 0:00' : ''} +03:00»`,
		};
	}
	return { text: shown(value) };
}

/**
 * One sheet as the CSV reader's row records for a table kind: the first non-blank row is the
 * header; cells are located by Excel's row number and column number.
 */
export function sheetTable(sheet: Sheet, kind: SeriesKind): SheetTable {
	const compiled = compileSpec(SERIES[kind].columns);
	const problems: CellProblem[] = [];
	const [head, ...body] = sheet.rows;
	if (!head) return { headers: [], rows: [], problems: [{ line: 1, column: 1, header: '', message: 'лист пуст: нет строки заголовков' }] };

	const fields = head.cells.map(plainText);
	const record: ScannedRecord = {
		line: head.line,
		count: fields.length,
		fields,
		cols: fields.map((_, i) => i + 1),
		lines: fields.map(() => head.line),
		quoting: fields.map(() => PLAIN),
		multiline: false,
		endLine: head.line,
		endCol: fields.length + 1,
		unclosed: false,
	};
	const { headers, slots } = matchHeaders(
		record,
		compiled,
		(p) => problems.push(p),
		() => {},
	);

	const note: CellNote = { problem: undefined, reason: undefined, padded: false };
	const rows: TableRow[] = [];
	for (const { line, cells } of body) {
		const values: Record<string, string | undefined> = {};
		const columns: Record<string, number> = {};
		cells.forEach((cell, i) => {
			const column = i + 1;
			const slot = slots[i];
			if (!slot) {
				if (!isBlank(cell)) {
					const title = headers[i]?.raw.trim() ?? '';
					// An unknown header is already reported once; a cell under no header at all is not.
					if (title === '')
						problems.push({
							line,
							column,
							header: '',
							message: `значение «${plainText(cell).trim()}» в столбце ${columnLetter(column)} без заголовка`,
						});
				}
				return;
			}
			const header = headers[i]!.raw;
			const converted = cellText(cell, slot.spec, sheet.date1904);
			if ('problem' in converted) {
				problems.push({ line, column, header, message: converted.problem });
				values[slot.name] = undefined;
				columns[slot.name] = column;
				return;
			}
			note.problem = undefined;
			note.reason = undefined;
			note.padded = false;
			values[slot.name] = normalizeCell(converted.text, slot.spec, slot.values, note);
			columns[slot.name] = column;
			if (note.problem !== undefined) problems.push({ line, column, header, message: note.problem });
		});
		// Every known column is present in the record, blank or not, as the CSV reader has it.
		for (const [i, slot] of slots.entries()) {
			if (slot && !(slot.name in values)) {
				values[slot.name] = undefined;
				columns[slot.name] = i + 1;
			}
		}
		rows.push({ line, values, columns });
	}
	return { headers, rows, problems };
}

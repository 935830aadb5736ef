/**
 * Tolerant reader for staff CSV files (Russian Excel exports and files already in the tree):
 * decodes, finds the delimiter, maps Russian headers to schema keys, normalises cells, and says
 * where each problem is and why the file is not yet in canonical form.
 */
import type { ColumnSpec } from '../../schemas/csv-cells.ts';
import { decodeBytes, hexByte, nulPosition, type Encoding } from './decode.ts';
import { matchHeaders, type MatchedHeaders, type TableHeader } from './headers.ts';
import { normalizeCell, REASON, type CellNote } from './normalize.ts';
import { detectDelimiter, PLAIN, QUOTED, scanCsv, type ScannedRecord } from './scan.ts';
import { compileSpec } from './spec.ts';
import { needsQuotes } from './write.ts';
import { findLongLine, LIMITS, type LimitHit } from '../limits.ts';

/**
 * Row objects get constructors of their own so their hidden classes do not share V8's transition
 * tree with every other `{}` built with the same keys (the validated rows, whose `posts` is a number
 * where ours is a string). Measured: with shared shapes the check of 20,000 accounts ran 8x slower,
 * depending only on which modules happened to load first.
 */
const RowValues = class {} as unknown as new () => Record<string, string | undefined>;
const RowColumns = class {} as unknown as new () => Record<string, number>;

export type { TableHeader } from './headers.ts';

/** `line` is the 1-based physical line, `column` the 1-based character column of the cell. */
export interface CellProblem {
	line: number;
	column: number;
	header: string;
	message: string;
}

export interface TableRow {
	/** Physical line where the row starts. */
	line: number;
	/** By canonical column name; undefined for blank cells. */
	values: Record<string, string | undefined>;
	/** Canonical name → 1-based column where the cell starts. */
	columns: Record<string, number>;
	/**
	 * Canonical name → physical line of the cell; present only when a quoted multi-line cell makes
	 * later cells of the row start below `line`.
	 */
	lines?: Record<string, number>;
}

export interface TableResult {
	encoding: Encoding;
	delimiter: ',' | ';';
	headers: TableHeader[];
	rows: TableRow[];
	problems: CellProblem[];
	/**
	 * True iff the bytes are exactly what writeTable produces for the recognised columns (in spec
	 * order) and these rows. Decided field by field rather than by writing the file again, which
	 * doubled the cost of reading; tests/unit/csv/canonical.test.ts checks the two agree.
	 */
	canonical: boolean;
	/** Russian reasons, empty iff canonical. */
	notCanonicalBecause: string[];
	/** The decoded text, for rules that read files as text (secrets) without decoding them twice. */
	text: string;
	/**
	 * Set when the file passes one of the reader's limits (line or cell length, number of columns:
	 * src/lib/limits.ts). Reading stopped there: no rows and no other problems are given.
	 */
	limit?: LimitHit;
}

const QUOTING = 'кавычки расставлены не канонически';
const SCAN_LIMITS = { maxFields: LIMITS.columns, maxCell: LIMITS.cellChars };

function isBlank(record: ScannedRecord): boolean {
	for (let j = 0; j < record.count; j++) {
		const f = record.fields[j]!;
		if (f.length !== 0 && f.trim() !== '') return false;
	}
	return true;
}

export function readTable(bytes: Uint8Array, spec: Record<string, ColumnSpec>): TableResult {
	const { text, encoding, invalid } = decodeBytes(bytes);
	const compiled = compileSpec(spec);
	const long = findLongLine(text);
	if (long)
		return { encoding, delimiter: ',', headers: [], rows: [], problems: [], canonical: false, notCanonicalBecause: [], text, limit: long };
	const delimiter = detectDelimiter(text);
	const problems: CellProblem[] = [];
	const damage: CellProblem[] = [];
	// Damage a cell's schema cannot see (it would be published as is): located where it is.
	if (invalid) {
		damage.push({
			line: invalid.line,
			column: invalid.column,
			header: '',
			message: `байт ${hexByte(invalid.byte)} не читается как UTF-8 (файл повреждён или часть текста вставлена в другой кодировке): наберите этот символ заново и сохраните файл в UTF-8`,
		});
	}
	const nul = nulPosition(text);
	if (nul)
		damage.push({
			...nul,
			header: '',
			message:
				'нулевой байт (NUL) — так выглядит двоичный или повреждённый файл: удалите этот символ и сохраните таблицу как текст в UTF-8',
		});
	const reasons: string[] = [];
	const reason = (r: string) => {
		if (!reasons.includes(r)) reasons.push(r);
	};
	const problem = (p: CellProblem) => problems.push(p);

	if (encoding === 'windows-1251') reason('кодировка Windows-1251');
	if (encoding === 'utf-8-bom') reason('метка BOM в начале файла');
	if (delimiter === ';') reason('разделитель «;»');
	const fileReasons = reasons.length;

	let matched: MatchedHeaders | undefined;
	const rows: TableRow[] = [];
	const note: CellNote = { problem: undefined, reason: undefined, padded: false };

	const scan = scanCsv(
		text,
		delimiter,
		(record) => {
			if (matched === undefined) {
				// Leading blank lines would make a blank header: treat the file as having none yet.
				if (isBlank(record)) return reason('пустые строки');
				matched = matchHeaders(record, compiled, problem, reason);
			} else if (isBlank(record)) reason('пустые строки');
			else rows.push(readRow(record, matched));
		},
		SCAN_LIMITS,
	);
	if (scan.limit) {
		const { kind, line, column, field, found } = scan.limit;
		const header = matched?.headers[field]?.raw;
		const limit: LimitHit = { kind, line, column, ...(found !== undefined ? { found } : {}), ...(header !== undefined ? { header } : {}) };
		return {
			encoding,
			delimiter,
			headers: matched?.headers ?? [],
			rows: [],
			problems: [],
			canonical: false,
			notCanonicalBecause: [],
			text,
			limit,
		};
	}

	function readRow(record: ScannedRecord, { headers, slots }: MatchedHeaders): TableRow {
		const values: Record<string, string | undefined> = new RowValues();
		const columns: Record<string, number> = new RowColumns();
		let lines: Record<string, number> | undefined;
		const { count, fields, cols, quoting } = record;
		const width = headers.length;
		for (let j = 0; j < count; j++) {
			const raw = fields[j]!;
			const line = record.lines[j]!;
			const column = cols[j]!;
			if (j >= width) {
				if (raw.trim() === '') {
					reason('лишние пустые поля в конце строк');
					continue;
				}
				problem({
					line,
					column,
					header: '',
					message: `лишнее значение «${raw.trim()}»: полей в строке ${count}, а столбцов в заголовке ${width}`,
				});
				reason('строки с неверным числом полей');
				break;
			}
			const slot = slots[j];
			if (!slot) {
				if (headers[j]!.raw.trim() === '' && raw.trim() !== '') {
					problem({ line, column, header: '', message: `значение «${raw.trim()}» в столбце без заголовка` });
				}
				continue;
			}
			note.problem = undefined;
			note.reason = undefined;
			note.padded = false;
			const value = normalizeCell(raw, slot.spec, slot.values, note);
			values[slot.name] = value;
			columns[slot.name] = column;
			if (record.multiline) (lines ??= {})[slot.name] = line;
			if (note.padded) reason(REASON.spaces);
			if (note.reason !== undefined) reason(note.reason);
			if (note.problem !== undefined) problem({ line, column, header: headers[j]!.raw, message: note.problem });
			// Canonical quoting: plain fields never need quotes (the scanner marks a plain field with a
			// quote in it as irregular; delimiters and line breaks end it), quoted ones must need them.
			const how = quoting[j];
			if (how === PLAIN ? value === undefined && raw !== '' : how !== QUOTED || value === undefined || !needsQuotes(value)) reason(QUOTING);
			else if (value !== undefined && value !== raw && !note.padded && note.reason === undefined)
				reason('значения не в канонической записи');
		}
		// A row cut short by an unclosed quote: the quote is the mistake, reported once (below).
		if (count < width && !record.unclosed) {
			problem({
				line: record.endLine,
				column: record.endCol,
				header: headers[count]!.raw,
				message: `не хватает значений: полей в строке ${count}, а столбцов в заголовке ${width}`,
			});
			reason('строки с неверным числом полей');
		}
		for (let j = count; j < width; j++) {
			const slot = slots[j];
			if (slot) values[slot.name] = undefined;
		}
		const row: TableRow = { line: record.line, values, columns };
		if (lines) row.lines = lines;
		return row;
	}

	for (const p of damage) {
		p.header = headerAt(rows, matched?.headers ?? [], p) ?? '';
		problems.push(p);
	}
	if (damage.length > 0) problems.sort((a, b) => a.line - b.line || a.column - b.column);

	// Whole-file reasons read best next to encoding and delimiter, before per-cell ones.
	const layout: string[] = [];
	if (scan.crlf) layout.push('окончания строк CRLF');
	if (scan.lone) layout.push('окончания строк CR');
	if (!scan.trailingNewline && text.length > 0) layout.push('нет перевода строки в конце файла');
	reasons.splice(fileReasons, 0, ...layout);
	if (scan.unclosedQuote) {
		problems.push({ ...scan.unclosedQuote, header: '', message: 'кавычка не закрыта: ячейка продолжается до конца файла' });
		// Collected header first, then row by row; the unclosed quote may sit anywhere.
		problems.sort((a, b) => a.line - b.line || a.column - b.column);
	}
	if (matched === undefined) {
		problems.unshift({ line: 1, column: 1, header: '', message: 'файл пуст: нет строки заголовков' });
		reason('нет строки заголовков');
		return { encoding, delimiter, headers: [], rows: [], problems, canonical: false, notCanonicalBecause: reasons, text };
	}
	return {
		encoding,
		delimiter,
		headers: matched.headers,
		rows,
		problems,
		canonical: reasons.length === 0,
		notCanonicalBecause: reasons,
		text,
	};
}

/** The title of the column whose cell holds `at`, for a problem found in the text before its row was read. */
function headerAt(rows: readonly TableRow[], headers: readonly TableHeader[], at: { line: number; column: number }): string | undefined {
	const row = rows.find((r) => r.line === at.line && r.lines === undefined);
	if (!row) return undefined;
	let best: string | undefined;
	let bestColumn = 0;
	for (const [name, column] of Object.entries(row.columns)) {
		if (column <= at.column && column > bestColumn) {
			best = name;
			bestColumn = column;
		}
	}
	return best === undefined ? undefined : headers.find((h) => h.canonical === best)?.raw;
}

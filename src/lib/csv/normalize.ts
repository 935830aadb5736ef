/**
 * Cell normalisation per ColumnSpec.kind: what Russian Excel writes → the canonical string the
 * schemas validate. Anything not recognised is passed through trimmed, so the schema's own
 * message explains what is expected; only things the schema cannot see (an impossible
 * DD.MM.YYYY date, a fractional count) are reported here.
 */
import type { ColumnSpec } from '../../schemas/csv-cells.ts';
import { excelErrorMessage } from '../excel-errors.ts';
import { foldKey } from './spec.ts';

/**
 * Side results of normalising one cell. One object is reused for every cell of a file so the hot
 * path allocates nothing beyond the value itself.
 */
export interface CellNote {
	/** Russian message when the cell is wrong in a way the schema would not explain. */
	problem: string | undefined;
	/** Russian reason the cell's content was not in canonical form (see TableResult.notCanonicalBecause). */
	reason: string | undefined;
	/** The raw cell had whitespace around it; kept apart from `reason` because both can apply. */
	padded: boolean;
}

export const REASON = {
	spaces: 'лишние пробелы в ячейках',
	dates: 'даты в формате ДД.ММ.ГГГГ',
	timestamps: 'дата и время не в формате ГГГГ-ММ-ДДTЧЧ:ММ+03:00',
	thousands: 'пробелы между разрядами чисел',
	fraction: 'целые числа с дробной частью (12,0)',
	enums: 'значения перечислений не в канонической записи (например, «Фото» вместо photo)',
	textSpacing: 'повторяющиеся пробелы или переводы строк CRLF внутри текста',
} as const;

const DIGITS = /^\d+$/;
const SPACES = /\s/g;
const DECIMAL = /^(\d+)[.,](\d+)$/;
const ZEROS = /^0+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Excel sometimes appends midnight to a date cell: «05.01.2026 0:00:00».
const DMY_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+0?0:00(?::00)?)?$/;
// Digits and date separators only: meant as a date, written some other way («5.10.26», «05/10/2026»).
const DATE_LIKE = /^\d[\d./-]*$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;
const ANY_TIMESTAMP =
	/^(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const UNUSUAL_SPACING = /[^\S ]| {2}/;
const CRLF = /\r\n?/g;
const HORIZONTAL_RUN = /[^\S\n]+/g;
const SPACE_AROUND_NEWLINE = / ?\n ?/g;

const pad2 = (s: string) => (s.length === 1 ? `0${s}` : s);

function isRealDate(y: number, m: number, d: number): boolean {
	if (m < 1 || m > 12 || d < 1) return false;
	const days = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
	return d <= days;
}

function normalizeCount(value: string, note: CellNote): string {
	if (DIGITS.test(value)) return value;
	const joined = value.replace(SPACES, '');
	if (DIGITS.test(joined)) {
		note.reason = REASON.thousands;
		return joined;
	}
	const decimal = DECIMAL.exec(joined);
	if (decimal) {
		if (ZEROS.test(decimal[2]!)) {
			note.reason = REASON.fraction;
			return decimal[1]!;
		}
		note.problem = `ожидалось целое число, а не «${value}»: впишите целое число, например 12`;
	}
	return value;
}

function normalizeDate(value: string, note: CellNote): string {
	if (ISO_DATE.test(value)) return value;
	const dmy = DMY_DATE.exec(value);
	if (!dmy) {
		// Said in both forms this reader takes: a clerk's spreadsheet is written ДД.ММ.ГГГГ.
		if (DATE_LIKE.test(value))
			note.problem = `дата «${value}» записана неполно или иначе: пишите ДД.ММ.ГГГГ, например 05.10.2026 (или ГГГГ-ММ-ДД: 2026-10-05)`;
		return value;
	}
	const [, d, m, y] = dmy as unknown as [string, string, string, string];
	if (!isRealDate(Number(y), Number(m), Number(d))) {
		note.problem = `такой даты нет в календаре: ${value}`;
		return value;
	}
	note.reason = REASON.dates;
	return `${y}-${pad2(m)}-${pad2(d)}`;
}

function normalizeTimestamp(value: string, note: CellNote): string {
	if (ISO_TIMESTAMP.test(value)) return value;
	const t = ANY_TIMESTAMP.exec(value);
	if (!t) return value;
	const y = t[3] ?? t[4]!;
	const m = t[2] ?? t[5]!;
	const d = t[1] ?? t[6]!;
	const [hh, mm, ss, offset] = [t[7]!, t[8]!, t[9], t[10]];
	if (!isRealDate(Number(y), Number(m), Number(d))) {
		note.problem = `такой даты нет в календаре: ${value}`;
		return value;
	}
	if (Number(hh) > 23 || Number(mm) > 59 || (ss !== undefined && Number(ss) > 59)) {
		note.problem = `такого времени нет: ${value}`;
		return value;
	}
	// No offset: left as written so the schema asks for a time zone. Guessing Moscow time
	// would be wrong for most of the country.
	if (offset === undefined) return value;
	const zone = offset === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.length > 3 ? offset.slice(-2) : '00'}`;
	note.reason = REASON.timestamps;
	return `${y}-${pad2(m)}-${pad2(d)}T${pad2(hh)}:${mm}${ss === undefined ? '' : `:${ss}`}${zone}`;
}

function normalizeEnum(value: string, values: Map<string, string> | undefined, note: CellNote): string {
	const key = foldKey(value);
	const mapped = values ? values.get(key) : key;
	if (mapped === undefined) return value; // unknown spelling: the schema lists the allowed values
	if (mapped !== value) note.reason = REASON.enums;
	return mapped;
}

function normalizeText(value: string, note: CellNote): string {
	if (!UNUSUAL_SPACING.test(value)) return value;
	const collapsed = value.replace(CRLF, '\n').replace(HORIZONTAL_RUN, ' ').replace(SPACE_AROUND_NEWLINE, '\n');
	if (collapsed !== value) note.reason = REASON.textSpacing;
	return collapsed;
}

/** Canonical text of a cell, or undefined for a blank one. `note` is reset by the caller. */
export function normalizeCell(raw: string, spec: ColumnSpec, values: Map<string, string> | undefined, note: CellNote): string | undefined {
	// trim() covers NBSP and U+202F (both are Unicode spaces), which Excel leaves around numbers.
	const value = raw.trim();
	if (value.length !== raw.length) note.padded = true;
	if (value === '') return undefined;
	// A formula's failure exported as text: said as such, whatever the column expects.
	if (value.charCodeAt(0) === 35 /* # */) {
		const excel = excelErrorMessage(value, spec.kind);
		if (excel !== undefined) {
			note.problem = excel;
			return value;
		}
	}
	switch (spec.kind) {
		case 'count':
			return normalizeCount(value, note);
		case 'date':
			return normalizeDate(value, note);
		case 'timestamp':
			return normalizeTimestamp(value, note);
		case 'enum':
			return normalizeEnum(value, values, note);
		case 'text':
			return normalizeText(value, note);
		case 'id-or-link':
			return value; // links are canonicalised by the caller, which knows the networks
	}
}

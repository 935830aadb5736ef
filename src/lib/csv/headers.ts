/** Header line → schema columns: aliases, unknown and duplicate headers, canonical spelling and order. */
import type { ScannedRecord } from './scan.ts';
import { PLAIN } from './scan.ts';
import { lookupHeader, type CompiledColumn, type CompiledSpec } from './spec.ts';

export interface TableHeader {
	raw: string;
	/** Schema key, or null for an unknown, duplicate or blank header. */
	canonical: string | null;
	column: number;
}

export interface HeaderProblem {
	line: number;
	column: number;
	header: string;
	message: string;
}

export interface MatchedHeaders {
	headers: TableHeader[];
	/** The column each field position feeds, or null when its cells are ignored. */
	slots: (CompiledColumn | null)[];
}

const HAS_CYRILLIC = /[а-яё]/i;

/** Excel's name of a column by its number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
	let letters = '';
	for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

/** The headers a clerk may use, Russian first; the data file's own name in brackets. */
function describeColumns(columns: readonly CompiledColumn[]): string {
	return columns.map((c) => (c.spec.aliases[0] ? `«${c.spec.aliases[0]}» (${c.name})` : `«${c.name}»`)).join(', ');
}

export function matchHeaders(
	record: ScannedRecord,
	compiled: CompiledSpec,
	problem: (p: HeaderProblem) => void,
	reason: (r: string) => void,
): MatchedHeaders {
	const headers: TableHeader[] = [];
	const slots: (CompiledColumn | null)[] = [];
	// With the field's position: a repeated header names the first one's column as Excel letters it.
	const seen = new Map<string, { header: TableHeader; index: number }>();
	let lastOrder = -1;
	for (let j = 0; j < record.count; j++) {
		const raw = record.fields[j]!;
		const line = record.lines[j]!;
		const column = record.cols[j]!;
		const header: TableHeader = { raw, canonical: null, column };
		headers.push(header);
		slots.push(null);
		if (raw.trim() === '') {
			// Excel leaves these after the last column; their cells are checked to be blank.
			reason('столбцы без заголовка');
			continue;
		}
		const hit = lookupHeader(compiled, raw);
		if (!hit) {
			problem({
				line,
				column,
				header: raw,
				message: `неизвестный столбец «${raw.trim()}»: переименуйте его в один из допустимых или удалите; допустимые: ${describeColumns(compiled.columns)}`,
			});
			reason('лишние столбцы');
			continue;
		}
		const first = seen.get(hit.column.name);
		if (first) {
			problem({
				line,
				column,
				header: raw,
				message: `столбец «${raw.trim()}» повторяет столбец «${first.header.raw.trim()}» (столбец ${columnLetter(first.index + 1)}); его значения не учитываются`,
			});
			reason('повторяющиеся столбцы');
			continue;
		}
		header.canonical = hit.column.name;
		seen.set(hit.column.name, { header, index: j });
		slots[j] = hit.column;
		if (hit.alias) reason(HAS_CYRILLIC.test(raw) ? 'русские заголовки' : 'заголовки-синонимы вместо канонических');
		else if (raw !== hit.column.name) reason('заголовки не в каноническом написании (регистр, пробелы)');
		else if (record.quoting[j] !== PLAIN) reason('кавычки расставлены не канонически');
		if (hit.column.order < lastOrder) reason('столбцы не в порядке схемы');
		lastOrder = Math.max(lastOrder, hit.column.order);
	}
	return { headers, slots };
}

/**
 * One CSV file (an Excel export, or a quarterly table already in the tree) → validated rows in
 * canonical form, each with the quarterly file it belongs to; every problem with its line, the
 * column header as the file titles it, and a Russian reason.
 */
import { readTable, type TableResult } from '../lib/csv/index.ts';
import { quarterOf, ruDate } from '../lib/dates.ts';
import { SERIES } from '../loaders/period.ts';
import type { SeriesKind } from '../loaders/tree.ts';
import { describeValue, parseFriendly, type FriendlyIssue } from '../loaders/zod-issues.ts';
import type { ColumnSpec } from '../schemas/csv-cells.ts';
import { resolveAccount, type Registry } from './registry.ts';
import { SERIES_TRAITS, type Values } from './series.ts';

export interface ImportError {
	file: string;
	/** Set for a workbook's sheet: `line` and `column` are then the sheet's row and column numbers. */
	sheet?: string;
	/** 0 for the file as a whole (it could not be read, or is not what it should be): no row to name. */
	line: number;
	column: number;
	/** The column header as written in the file; absent when the problem is not in one column. */
	header?: string;
	message: string;
}

/** A quarterly table's place in the tree: orgs/<org>/<series>/<year>-q<quarter>.csv. */
export interface Place {
	org: string;
	series: SeriesKind;
	year: number;
	quarter: number;
}

export interface SourceRow {
	line: number;
	/** Canonical cell text by column name, the account as its registry id; blank cells absent. */
	values: Values;
	key: string[];
	place: Place;
	/**
	 * Canonical names of the columns the row's file has, blank or not: the cells an import may
	 * change in a row already recorded (src/import/merge.ts). Shared by every row of one file.
	 */
	carries?: readonly string[];
}

export interface Source {
	file: string;
	sheet?: string;
	kind: SeriesKind;
	/** Canonical names of the columns the file has, in the file's order. */
	columns: string[];
	rows: SourceRow[];
}

/** A workbook's sheet read into the CSV reader's row records (src/import/xlsx.ts). */
export type SheetTable = Pick<TableResult, 'headers' | 'rows' | 'problems'>;

export interface ReadOptions {
	file: string;
	/** A CSV file's bytes; or, for a workbook, `sheet` instead. */
	bytes?: Uint8Array;
	sheet?: { name: string; table: SheetTable };
	kind: SeriesKind;
	/** Set for a file at its place in the tree: its rows must belong to that place. */
	place?: Place;
	/** Organisation for plans rows that name a network and no account (--org). */
	org?: string;
}

/** What a cell of each kind holds, in the spreadsheet's terms: said when a required cell is blank. */
const EXPECTED: Record<ColumnSpec['kind'], string> = {
	count: 'число, например 12',
	date: 'дату ДД.ММ.ГГГГ, например 05.10.2026',
	timestamp: 'дату и время с часовым поясом, например 03.07.2026 10:15 +03:00',
	'id-or-link': 'ссылку на страницу (https://vk.com/…) или идентификатор аккаунта из реестра',
	text: 'текст',
	enum: 'одно из допустимых значений',
};

/**
 * A schema issue about one cell, in the words of the spreadsheet. The place already names the
 * column by the header the clerk sees, so the schema's «поле «posts»:» (the canonical file's
 * name of the column) is dropped; a blank required cell says what to write in it.
 */
/** An enum value as a clerk writes it: its Russian spelling the reader accepts, else its code. */
function spelling(option: string, column: ColumnSpec): string {
	const russian = Object.entries(column.values ?? {}).find(([text, value]) => value === option && /[а-яё]/i.test(text));
	return russian?.[0] ?? option;
}

/** The allowed values of an enum column of a row schema (undefined for any other column). */
function enumOptions(schema: unknown, key: string): readonly string[] | undefined {
	let field = (schema as { shape?: Record<string, unknown> }).shape?.[key] as { options?: unknown; unwrap?: () => unknown } | undefined;
	while (field && !Array.isArray(field.options) && typeof field.unwrap === 'function') field = field.unwrap() as typeof field;
	return Array.isArray(field?.options) ? (field.options as string[]) : undefined;
}

function cellMessage(
	key: string,
	issue: FriendlyIssue,
	spec: Readonly<Record<string, ColumnSpec>>,
	value: string | undefined,
	options?: readonly string[],
): string {
	const column = spec[key];
	if (value === undefined && column && issue.about === 'absent') return `ячейка не заполнена: впишите ${EXPECTED[column.kind]}`;
	if (value !== undefined && column?.kind === 'enum' && options) {
		return `ожидалось одно из: ${options.map((option) => spelling(option, column)).join(', ')}; указано ${describeValue(value)}`;
	}
	// The schema's example is the data file's form (2026-07-03T10:15+03:00); a spreadsheet's is this.
	if (value !== undefined && column?.kind === 'timestamp' && issue.message.includes('ожидались дата и время'))
		return `ожидались дата и время с часовым поясом, например 03.07.2026 10:15 +03:00, а не ${describeValue(value)}`;
	// A count the reader could not read as a number («много», «-4»): said as the reader says «2,5».
	if (value !== undefined && column?.kind === 'count' && !/^\d+$/.test(value))
		return `ожидалось целое число не меньше 0, а не ${describeValue(value)}: впишите число, например 12`;
	const field = `поле «${key}»`;
	if (issue.message.startsWith(`${field}: `) || issue.message.startsWith(`${field}, `)) return issue.message.slice(field.length + 2);
	return issue.message;
}

export function readSource(options: ReadOptions, registry: Registry, errors: ImportError[]): Source {
	const { file, kind, place } = options;
	const { schema, columns: spec } = SERIES[kind];
	const traits = SERIES_TRAITS[kind];
	const table = options.sheet?.table ?? readTable(options.bytes ?? new Uint8Array(), spec);
	const sheet = options.sheet ? { sheet: options.sheet.name } : {};
	const titles = new Map(table.headers.flatMap((h) => (h.canonical ? [[h.canonical, h.raw.trim()] as const] : [])));
	const fail = (line: number, column: number, key: string | undefined, message: string) => {
		// A column the file lacks is named by the Russian header a spreadsheet would give it.
		const header = key === undefined ? undefined : (titles.get(key) ?? spec[key]?.aliases[0] ?? key);
		errors.push({ file, ...sheet, line, column, ...(header ? { header } : {}), message });
	};
	for (const p of table.problems)
		errors.push({
			file,
			...sheet,
			line: p.line,
			column: p.column,
			...(p.header.trim() ? { header: p.header.trim() } : {}),
			message: p.message,
		});

	// A cell the reader already flagged is not validated again (one cell, one message), but the
	// row's other cells are: the clerk fixes every mistake of a row in one go. A quoted line break
	// makes a row span several lines, so a problem belongs to the row it falls within.
	const problems = [...table.problems].sort((a, b) => a.line - b.line || a.column - b.column);
	const columns = table.headers.flatMap((h) => (h.canonical ? [h.canonical] : []));
	let nextProblem = 0;
	const rows: SourceRow[] = [];
	let orphan: { line: number; column: number; count: number } | undefined;
	// A required column the file lacks: said once, at the first row, not as a blank cell per row.
	const missing = new Set<string>();
	table.rows.forEach((row, i) => {
		const end = table.rows[i + 1]?.line ?? Infinity;
		while (nextProblem < problems.length && problems[nextProblem]!.line < row.line) nextProblem++;
		let flagged: Set<string> | undefined;
		// A problem in no cell of a known column (a short row, a stray value): the blank cells it
		// leaves are its consequence, not mistakes of their own.
		let unplaced = false;
		for (let j = nextProblem; j < problems.length && problems[j]!.line < end; j++) {
			const p = problems[j]!;
			const key = Object.keys(row.columns).find((k) => row.columns[k] === p.column && (row.lines?.[k] ?? row.line) === p.line);
			if (key === undefined) unplaced = true;
			else (flagged ??= new Set()).add(key);
		}
		const at = (key: string) => [row.lines?.[key] ?? row.line, row.columns[key] ?? 1] as const;

		const values: Values = {};
		for (const [key, value] of Object.entries(row.values)) if (value !== undefined) values[key] = value;
		let org = place?.org;
		let valid = true;
		if (values.account !== undefined) {
			const account = resolveAccount(registry, values.account);
			if (account.ok) {
				values.account = account.id;
				org = account.org;
			} else {
				fail(...at('account'), 'account', account.message);
				valid = false;
			}
		} else org ??= options.org;
		const result = parseFriendly(schema, values);
		if (!result.ok) {
			for (const issue of result.issues) {
				const key = String(issue.key ?? issue.path[0] ?? '');
				// An unresolved account is already reported, in words about the registry.
				if (key === 'account' && !valid) continue;
				if (flagged?.has(key)) continue;
				if (unplaced && values[key] === undefined) continue;
				const column = spec[key];
				if (column && !titles.has(key) && values[key] === undefined) {
					if (missing.has(key)) continue;
					missing.add(key);
					fail(
						row.line,
						1,
						undefined,
						`в таблице нет обязательного столбца «${column.aliases[0] ?? key}»: добавьте его в строку заголовков и заполните`,
					);
					continue;
				}
				fail(...at(key), key || undefined, cellMessage(key, issue, spec, values[key], enumOptions(schema, key)));
			}
			return;
		}
		if (!valid || flagged || unplaced) return;
		if (org === undefined) {
			// Said once per file: every such row has the same cause and the same fix.
			if (orphan) orphan.count++;
			else orphan = { line: row.line, column: row.columns.network ?? 1, count: 1 };
			return;
		}
		const date = values[traits.dateColumn]!.slice(0, 10);
		const day = traits.quarterDay(date);
		const { year, quarter } = quarterOf(day);
		if (place && org !== place.org) {
			const [line, column] = at('account');
			fail(
				line,
				column,
				'account',
				`аккаунт «${values.account}» принадлежит организации «${org}», а файл лежит в папке организации «${place.org}»: перенесите строку в таблицу своей организации`,
			);
			return;
		}
		if (place && (year !== place.year || quarter !== place.quarter)) {
			const what = day === date ? `дата ${ruDate(date)}` : `дата ${ruDate(date)} (неделя с ${ruDate(day)})`;
			fail(
				...at(traits.dateColumn),
				traits.dateColumn,
				`${what} относится к ${quarter} кв. ${year} г., а файл — к ${place.quarter} кв. ${place.year} г.: перенесите строку в файл ${year}-q${quarter}.csv`,
			);
			return;
		}
		rows.push({ line: row.line, values, key: traits.key(values), place: place ?? { org, series: kind, year, quarter }, carries: columns });
	});
	if (orphan) {
		fail(
			orphan.line,
			orphan.column,
			'network',
			`строка указывает только сеть, без аккаунта (таких строк в файле: ${orphan.count}): впишите в столбец «Аккаунт» адрес страницы (https://vk.com/…); в терминале можно вместо этого указать организацию параметром --org ИДЕНТИФИКАТОР`,
		);
	}
	return { file, ...sheet, kind, columns, rows };
}

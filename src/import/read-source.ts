/**
 * One CSV file (an Excel export, or a quarterly table already in the tree) → validated rows in
 * canonical form, each with the quarterly file it belongs to; every problem with its line, the
 * column header as the file titles it, and a Russian reason.
 */
import { readTable, type TableResult } from '../lib/csv/index.ts';
import { quarterOf } from '../lib/dates.ts';
import { SERIES } from '../loaders/period.ts';
import type { SeriesKind } from '../loaders/tree.ts';
import { parseFriendly } from '../loaders/zod-issues.ts';
import { resolveAccount, type Registry } from './registry.ts';
import { SERIES_TRAITS, type Values } from './series.ts';

export interface ImportError {
	file: string;
	/** Set for a workbook's sheet: `line` and `column` are then the sheet's row and column numbers. */
	sheet?: string;
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

export function readSource(options: ReadOptions, registry: Registry, errors: ImportError[]): Source {
	const { file, kind, place } = options;
	const { schema, columns: spec } = SERIES[kind];
	const traits = SERIES_TRAITS[kind];
	const table = options.sheet?.table ?? readTable(options.bytes ?? new Uint8Array(), spec);
	const sheet = options.sheet ? { sheet: options.sheet.name } : {};
	const titles = new Map(table.headers.flatMap((h) => (h.canonical ? [[h.canonical, h.raw.trim()] as const] : [])));
	const fail = (line: number, column: number, key: string | undefined, message: string) => {
		const header = key === undefined ? undefined : (titles.get(key) ?? key);
		errors.push({ file, ...sheet, line, column, ...(header ? { header } : {}), message });
	};
	for (const p of table.problems) errors.push({ file, ...sheet, line: p.line, column: p.column, ...(p.header.trim() ? { header: p.header.trim() } : {}), message: p.message });

	// A row the reader already flagged is not validated again: one cell, one message. A quoted
	// line break makes a row span several lines, so a problem belongs to the row it falls within.
	const problemLines = table.problems.map((p) => p.line).sort((a, b) => a - b);
	let nextProblem = 0;
	const rows: SourceRow[] = [];
	let orphan: { line: number; column: number; count: number } | undefined;
	table.rows.forEach((row, i) => {
		const end = table.rows[i + 1]?.line ?? Infinity;
		while (nextProblem < problemLines.length && problemLines[nextProblem]! < row.line) nextProblem++;
		if (nextProblem < problemLines.length && problemLines[nextProblem]! < end) return;
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
				fail(...at(key), key || undefined, issue.message);
			}
			return;
		}
		if (!valid) return;
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
			fail(line, column, 'account', `аккаунт «${values.account}» принадлежит организации «${org}», а файл лежит в папке организации «${place.org}»: перенесите строку в таблицу своей организации`);
			return;
		}
		if (place && (year !== place.year || quarter !== place.quarter)) {
			const what = day === date ? `дата ${date}` : `дата ${date} (неделя с ${day})`;
			fail(...at(traits.dateColumn), traits.dateColumn, `${what} относится к ${quarter} кв. ${year} г., а файл — к ${place.quarter} кв. ${place.year} г.: перенесите строку в файл ${year}-q${quarter}.csv`);
			return;
		}
		rows.push({ line: row.line, values, key: traits.key(values), place: place ?? { org, series: kind, year, quarter } });
	});
	if (orphan) {
		fail(
			orphan.line,
			orphan.column,
			'network',
			`строка указывает только сеть, без аккаунта (таких строк в файле: ${orphan.count}): укажите организацию, к контент-плану которой они относятся, параметром --org ИДЕНТИФИКАТОР`,
		);
	}
	const columns = table.headers.flatMap((h) => (h.canonical ? [h.canonical] : []));
	return { file, ...sheet, kind, columns, rows };
}

/**
 * Loads one organisation's CSV tables for one quarter (stats, plans, reply log) through the
 * tolerant reader, validates each row, and reports problems at their CSV line and column.
 * Invalid rows are left out, so period rules see valid rows only.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { readTable } from '../lib/csv/index.ts';
import { CONTENT_PLAN_COLUMNS, ContentPlanRowSchema } from '../schemas/content-plan.ts';
import type { ColumnSpec } from '../schemas/csv-cells.ts';
import { REPLY_LOG_COLUMNS, ReplyLogRowSchema } from '../schemas/reply-log.ts';
import { WEEKLY_STATS_COLUMNS, WeeklyStatsRowSchema } from '../schemas/weekly-stats.ts';
import type { Row, Table } from './dataset-types.ts';
import type { LoadHooks } from './dataset.ts';
import type { SeriesKind } from './tree.ts';
import { rowValidator, type RowValidator } from './row-validator.ts';
import { CONTENT_PLAN_FAST, REPLY_LOG_FAST, WEEKLY_STATS_FAST } from '../schemas/csv-fast.ts';
import { limitFinding, sizeOverLimit } from './limits.ts';
import { ROW_IDENTITY } from './row-identity.ts';

export interface CsvTextHook {
	(file: string, text: string, form: { canonical: boolean; notCanonicalBecause: string[] }): void;
}

/**
 * How the check finds a repeated row (the definition is ROW_IDENTITY): a tracker records each row's
 * key with its line and returns the line of an earlier row with the same key, if any. `column` is
 * the key column the finding points at.
 */
interface RowKey {
	column: string;
	/** A fresh tracker for one table. */
	tracker(): (row: Record<string, unknown>, line: number) => number | undefined;
	describe(row: Record<string, unknown>): string;
}

/** One level of keys: the first line seen for each. */
function firstOf(map: Map<string, number>, key: string, line: number): number | undefined {
	const first = map.get(key);
	if (first === undefined) map.set(key, line);
	return first;
}

const PLAN_CELLS = Object.keys(CONTENT_PLAN_COLUMNS);

/**
 * The check's tracker for a kind. A statistics table has a row per account and week (a million a
 * year at 20,000 accounts): a map per leading key part (the week, 13 a quarter) costs less than a
 * joined key per row. A one-part key (a message number) needs one map. A plan key names a group,
 * so a repeat there is a row equal in every cell.
 */
function rowKey(kind: SeriesKind): RowKey {
	const identity = ROW_IDENTITY[kind];
	const describe = (row: Record<string, unknown>) =>
		identity.group ? `${identity.describe(row)}; совпадают все ячейки` : identity.describe(row);
	if (identity.group) {
		const cells = (row: Record<string, unknown>) => PLAN_CELLS.map((cell) => String(row[cell] ?? '')).join('\u0000');
		return {
			column: identity.column,
			describe,
			tracker() {
				const rows = new Map<string, number>();
				return (row, line) => firstOf(rows, cells(row), line);
			},
		};
	}
	return {
		column: identity.column,
		describe,
		tracker() {
			const single = new Map<string, number>();
			const groups = new Map<string, Map<string, number>>();
			return (row, line) => {
				const key = identity.key(row);
				if (key.length === 1) return firstOf(single, key[0]!, line);
				let rows = groups.get(key[0]!);
				if (!rows) groups.set(key[0]!, (rows = new Map()));
				return firstOf(rows, key.length === 2 ? key[1]! : key.slice(1).join('\u0000'), line);
			};
		},
	};
}

const ROW_KEYS: Record<SeriesKind, RowKey> = { stats: rowKey('stats'), plans: rowKey('plans'), replies: rowKey('replies') };

export const SERIES: Record<
	SeriesKind,
	{ schema: z.ZodType; columns: Record<string, ColumnSpec>; validate: RowValidator<unknown>; rowKey: RowKey }
> = {
	stats: {
		schema: WeeklyStatsRowSchema,
		columns: WEEKLY_STATS_COLUMNS,
		validate: rowValidator(WeeklyStatsRowSchema, WEEKLY_STATS_FAST),
		rowKey: ROW_KEYS.stats,
	},
	plans: {
		schema: ContentPlanRowSchema,
		columns: CONTENT_PLAN_COLUMNS,
		validate: rowValidator(ContentPlanRowSchema, CONTENT_PLAN_FAST),
		rowKey: ROW_KEYS.plans,
	},
	replies: {
		schema: ReplyLogRowSchema,
		columns: REPLY_LOG_COLUMNS,
		validate: rowValidator(ReplyLogRowSchema, REPLY_LOG_FAST),
		rowKey: ROW_KEYS.replies,
	},
};

/**
 * `resolveAccount` turns what a cell says (an id, or a pasted link) into a registered account id,
 * or undefined. Links are accepted here as the import accepts them; the file is then not in
 * canonical form, which the `csv-canonical-form` rule reports.
 */
export function loadSeries<T>(
	file: string,
	abs: string,
	series: SeriesKind,
	hooks: LoadHooks & { csvText?: CsvTextHook },
	resolveAccount: (cell: string) => string | undefined,
): Table<T> {
	const { columns, validate, rowKey } = SERIES[series];
	// A table over the limit is never read: a 200 MB export took 6 GB to check.
	const over = sizeOverLimit(abs, file, 'tableBytes');
	if (over) {
		hooks.finding(over);
		return { file, rows: [] };
	}
	// The second row with a key is reported and left out: the first stands.
	const repeats = rowKey.tracker();
	const table = readTable(readFileSync(abs), columns);
	if (table.limit) {
		hooks.finding(limitFinding(file, table.limit));
		return { file, rows: [] };
	}
	// Set when an account cell holds a link: canonical form holds ids, so the form is judged after
	// the cells are resolved (the reader cannot tell a link that resolves from any other text).
	let linked = false;
	// Findings name the column as the file titles it («Аккаунт» in an Excel export, `account` here).
	const titled = new Map(table.headers.flatMap((h) => (h.canonical ? [[h.canonical, h.raw] as const] : [])));
	const title = (key: string) => titled.get(key) ?? key;
	for (const problem of table.problems) {
		hooks.finding({
			ruleId: 'parse-error',
			file,
			line: problem.line,
			column: problem.column,
			header: problem.header,
			messageId: 'csv',
			data: { reason: problem.message },
		});
	}
	// A row the reader already flagged is not validated again: one cell, one message.
	const flagged = new Set(table.problems.map((problem) => problem.line));
	const rows: Row<T>[] = [];
	for (const row of table.rows) {
		if (flagged.has(row.line)) continue;
		const values = row.values;
		const cell = values.account;
		if (cell !== undefined) {
			const id = resolveAccount(cell);
			if (id === undefined) {
				hooks.finding({
					ruleId: 'schema-valid',
					file,
					line: row.line,
					column: row.columns.account,
					header: title('account'),
					messageId: 'unknownAccount',
					data: { value: cell.slice(0, 80) },
				});
				continue;
			}
			if (id !== cell) {
				values.account = id;
				linked = true;
			}
		}
		const result = validate(values);
		if (result.ok) {
			const value = result.value as Record<string, unknown>;
			const first = repeats(value, row.line);
			if (first !== undefined) {
				hooks.finding({
					ruleId: 'schema-valid',
					file,
					line: row.line,
					column: row.columns[rowKey.column] ?? 1,
					header: title(rowKey.column),
					messageId: 'duplicateRow',
					data: { first, key: rowKey.describe(value) },
				});
				continue;
			}
			rows.push({ value: value as T, line: row.line, columns: row.columns });
			continue;
		}
		for (const issue of result.issues) {
			const key = String(issue.key ?? issue.path[0] ?? '');
			hooks.finding({
				ruleId: 'schema-valid',
				file,
				line: row.line,
				column: row.columns[key] ?? 1,
				header: title(key),
				messageId: 'shape',
				data: { detail: issue.message },
			});
		}
	}
	if (hooks.csvText) {
		const form = linked
			? { canonical: false, notCanonicalBecause: [...table.notCanonicalBecause, 'ссылки вместо идентификаторов аккаунтов'] }
			: { canonical: table.canonical, notCanonicalBecause: table.notCanonicalBecause };
		hooks.csvText(file, table.text, form);
	}
	return { file, rows };
}

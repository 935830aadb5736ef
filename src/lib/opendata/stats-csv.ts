/**
 * Quarterly statistics as one CSV per quarter: the weekly rows organisations reported, as reported,
 * with the organisation and network added so the file stands on its own. Written organisation by
 * organisation: callers stream periods in, nothing holds the country's rows at once.
 */
import { writePublishedTable } from '../csv/write.ts';
import type { Network } from '../../schemas/common.ts';
import { FORMAT_HEADERS_RU, WeeklyStatsRowSchema, type WeeklyStatsRow } from '../../schemas/weekly-stats.ts';
import type { Format } from '../../schemas/csv-cells.ts';

/** The schema's columns, with `org` first and `network` after `account`. */
export const STATS_COLUMNS: readonly string[] = [
	'org',
	...Object.keys(WeeklyStatsRowSchema.shape).flatMap((key) => (key === 'account' ? ['account', 'network'] : [key])),
];

export interface StatsPeriodRows {
	org: string;
	rows: Iterable<WeeklyStatsRow>;
}

/** The file's header line. */
export function statsCsvHeader(): string {
	return writePublishedTable(STATS_COLUMNS, []);
}

/** One organisation's rows of a quarter, sorted by account and week, without the header line. */
export function statsCsvRows(period: StatsPeriodRows, networkOf: (account: string) => Network | undefined): string {
	const rows = [...period.rows]
		.sort((a, b) => (a.account === b.account ? (a.week_start < b.week_start ? -1 : 1) : a.account < b.account ? -1 : 1))
		.map((row) => ({ org: period.org, network: networkOf(row.account), ...row }));
	// writePublishedTable always starts with the header line; drop it.
	const text = writePublishedTable(STATS_COLUMNS, rows);
	return text.slice(text.indexOf('\n') + 1);
}

export function statsCsv(periods: Iterable<StatsPeriodRows>, networkOf: (account: string) => Network | undefined): string {
	const chunks = [statsCsvHeader()];
	for (const period of periods) chunks.push(statsCsvRows(period, networkOf));
	return chunks.join('');
}

/**
 * Bump when STATS_COLUMNS change: the version is part of the set's file names (v3.0
 * data-<date>-structure-<date>.csv). The statistics became a v3.0 set with this structure.
 */
export const STATS_STRUCTURE_VERSION = '2026-12-07';

/** English description and format of each column, for the structure file. */
function statsColumnEnglish(column: string): string {
	if (column === 'org') return 'Organisation identifier in the registry';
	if (column === 'network') return 'Social network code of the account';
	if (column === 'account') return 'Account identifier in the registry';
	if (column === 'week_start') return 'Monday of the week, YYYY-MM-DD';
	if (column.startsWith('posts_')) return `Posts of format ${column.slice('posts_'.length)} during the week`;
	const words: Record<string, string> = {
		posts: 'Posts during the week',
		views: 'Views',
		subscribers: 'Subscribers at the end of the week',
		comments: 'Comments received',
		comments_removed: 'Comments removed',
		users_blocked: 'Users blocked',
	};
	return words[column] ?? column;
}

const statsColumnRussian = (column: string): string => {
	if (column === 'org') return 'Идентификатор организации в реестре';
	if (column === 'network') return 'Код социальной сети страницы';
	const shape = WeeklyStatsRowSchema.shape as Record<string, { description?: string } | undefined>;
	const format = column.startsWith('posts_') ? FORMAT_HEADERS_RU[column.slice('posts_'.length) as Format] : undefined;
	return shape[column]?.description ?? (format ? `Публикаций за неделю: ${format.toLowerCase()}` : column);
};

/** v3.0 structure file of the statistics set. */
export function statsStructureCsv(): string {
	const rows = STATS_COLUMNS.map((column) => ({
		'field name': column,
		'english description': statsColumnEnglish(column),
		'russian description': statsColumnRussian(column),
		format: column === 'org' || column === 'network' || column === 'account' ? 'string' : column === 'week_start' ? 'date' : 'integer',
	}));
	return writePublishedTable(['field name', 'english description', 'russian description', 'format'], rows);
}

/** A quarter with statistics, as the set's dates see it. */
export interface StatsQuarter {
	year: number;
	quarter: number;
}

/** Last day of a quarter, ISO. */
export function quarterEnd({ year, quarter }: StatsQuarter): string {
	const month = quarter * 3;
	const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The statistics set's dates, from the quarters reported (no build clock): first published once its
 * earliest quarter was complete, and valid through the end of its latest quarter.
 */
export function statsDates(quarters: readonly StatsQuarter[]): { created: string; modified: string; structure: string } {
	const ends = quarters.map(quarterEnd).sort();
	return {
		created: ends[0] ?? STATS_STRUCTURE_VERSION,
		modified: ends.at(-1) ?? STATS_STRUCTURE_VERSION,
		structure: STATS_STRUCTURE_VERSION,
	};
}

/**
 * Quarterly statistics as one CSV per quarter: the weekly rows organisations reported, as reported,
 * with the organisation and network added so the file stands on its own. Written organisation by
 * organisation: callers stream periods in, nothing holds the country's rows at once.
 */
import { writePublishedTable } from '../csv/write.ts';
import type { Network } from '../../schemas/common.ts';
import { WeeklyStatsRowSchema, type WeeklyStatsRow } from '../../schemas/weekly-stats.ts';

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

/**
 * Quarterly statistics as one CSV per quarter: the weekly rows organisations reported, as reported,
 * with the organisation and network added so the file stands on its own. Written organisation by
 * organisation: callers stream periods in, nothing holds the country's rows at once.
 */
import { writeTable } from '../csv/write.ts';
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

export function statsCsv(periods: Iterable<StatsPeriodRows>, networkOf: (account: string) => Network | undefined): string {
	const chunks = [writeTable(STATS_COLUMNS, [])];
	for (const period of periods) {
		const rows = [...period.rows]
			.sort((a, b) => (a.account === b.account ? (a.week_start < b.week_start ? -1 : 1) : a.account < b.account ? -1 : 1))
			.map((row) => ({ org: period.org, network: networkOf(row.account), ...row }));
		// writeTable always starts with the header line; drop it for every chunk after the first.
		const text = writeTable(STATS_COLUMNS, rows);
		chunks.push(text.slice(text.indexOf('\n') + 1));
	}
	return chunks.join('');
}

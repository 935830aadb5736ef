import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { STATS_COLUMNS, statsCsv } from '../../../src/lib/opendata/index.ts';
import { eachPeriod } from '../../../src/loaders/periods.ts';
import { fixtureOpenData } from './support.ts';

const { data } = fixtureOpenData();
const { dataset, series } = data;

describe('quarterly statistics CSV', () => {
	const periods = [
		...eachPeriod(
			dataset,
			series.filter((entry) => entry.series === 'stats'),
		),
	].map((period) => ({
		org: period.org.value.id,
		rows: (period.stats?.rows ?? []).map((row) => row.value),
	}));
	const csv = statsCsv(periods, (account) => dataset.accounts.get(account)?.value.network);
	const records = parse(csv, { columns: true }) as Record<string, string>[];

	it('starts with org, account, network, then the weekly form columns', () => {
		expect(STATS_COLUMNS.slice(0, 5)).toEqual(['org', 'account', 'network', 'week_start', 'posts']);
		expect(csv.split('\n')[0]).toBe(STATS_COLUMNS.join(','));
	});

	it('has every reported row, with organisation and network', () => {
		const reported = periods.reduce((sum, p) => sum + p.rows.length, 0);
		expect(records).toHaveLength(reported);
		expect(records[0]).toMatchObject({ org: 'test-admin', account: 'test-admin-ok', network: 'ok', week_start: '2026-07-06', posts: '4' });
	});

	it('writes one header however many organisations', () => {
		const twice = statsCsv([...periods, ...periods], () => 'vk');
		expect(twice.split('\n').filter((line) => line.startsWith('org,'))).toHaveLength(1);
	});
});

/**
 * One definition of «the same row» (src/loaders/row-identity.ts): the check reports a repeated row
 * exactly when the import refuses the pair in one file, for every kind of quarterly table.
 */
import { describe, expect, it } from 'vitest';
import { checkDuplicates, type Seen } from '../../../src/import/merge.ts';
import type { ImportError } from '../../../src/import/read-source.ts';
import { SERIES } from '../../../src/loaders/period.ts';
import { ROW_IDENTITY } from '../../../src/loaders/row-identity.ts';
import type { SeriesKind } from '../../../src/loaders/tree.ts';

type Cells = Record<string, string>;

const week = { account: 'a-vk', week_start: '2026-07-06', posts: '3' };
const plan = { date: '2026-07-07', account: 'a-vk', topic: 'День города', format: 'text', status: 'planned' };
const reply = { message_id: '17', account: 'a-vk', received: '2026-07-07T10:00:00+03:00' };

const cases: [name: string, kind: SeriesKind, first: Cells, second: Cells, same: boolean][] = [
	['a statistics week of an account, other figures', 'stats', week, { ...week, posts: '5' }, true],
	['a statistics week of another account', 'stats', week, { ...week, account: 'a-ok' }, false],
	['the next statistics week', 'stats', week, { ...week, week_start: '2026-07-13' }, false],
	['a plan row identical in every cell', 'plans', plan, { ...plan }, true],
	['a cancelled publication and its replacement', 'plans', { ...plan, status: 'cancelled' }, plan, false],
	['the same topic in another format', 'plans', plan, { ...plan, format: 'video' }, false],
	[
		'the network «vk» beside an account called «vk»',
		'plans',
		{ ...plan, account: 'vk' },
		{ date: plan.date, network: 'vk', topic: plan.topic, format: 'text', status: 'planned' },
		false,
	],
	['a message number twice', 'replies', reply, { ...reply, received: '2026-07-08T10:00:00+03:00' }, true],
	['two message numbers', 'replies', reply, { ...reply, message_id: '18' }, false],
];

/** What the check says of the second row: the line of the first, or undefined. */
function checkSays(kind: SeriesKind, first: Cells, second: Cells): number | undefined {
	const track = SERIES[kind].rowKey.tracker();
	track(first, 2);
	return track(second, 3);
}

/** What the import says of the pair in one file: its refusals. */
function importSays(kind: SeriesKind, first: Cells, second: Cells): ImportError[] {
	const errors: ImportError[] = [];
	const place = { org: 'a', series: kind, year: 2026, quarter: 3 };
	const rows = [first, second].map((values, i) => ({ line: i + 2, values, key: ROW_IDENTITY[kind].key(values), place }));
	checkDuplicates(rows, 'export.csv', kind, new Map<string, Seen[]>(), errors);
	return errors;
}

describe('the same row, for the check and the import', () => {
	it.each(cases)('%s (%s)', (_name, kind, first, second, same) => {
		expect(checkSays(kind, first, second)).toBe(same ? 2 : undefined);
		expect(importSays(kind, first, second)).toHaveLength(same ? 1 : 0);
	});

	it('describes a key in the clerk’s terms, dates as ДД.ММ.ГГГГ', () => {
		expect(ROW_IDENTITY.stats.describe(week)).toBe('аккаунт a-vk, неделя с 06.07.2026');
		expect(ROW_IDENTITY.plans.describe({ date: plan.date, network: 'vk', topic: plan.topic })).toMatch(
			/^дата 07\.07\.2026, сеть «ВКонтакте», тема «День города»$/,
		);
		expect(SERIES.plans.rowKey.describe(plan)).toMatch(/; совпадают все ячейки$/);
	});
});

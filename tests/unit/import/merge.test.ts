import { describe, expect, it } from 'vitest';
import { checkDuplicates, mergeRows, type Seen } from '../../../src/import/merge.ts';
import type { ImportError, SourceRow } from '../../../src/import/read-source.ts';
import { SERIES_TRAITS } from '../../../src/import/series.ts';

const place = { org: 'o', series: 'plans' as const, year: 2026, quarter: 3 };

function planRow(line: number, date: string, topic: string, status: string, account = 'o-vk'): SourceRow {
	const values = { date, account, topic, format: 'photo', status };
	return { line, values, key: SERIES_TRAITS.plans.key(values), place };
}

describe('mergeRows', () => {
	it("replaces every row of a key by the incoming rows of that key, in the file's order, and keeps the rest", () => {
		const existing = [
			planRow(2, '2026-07-07', 'Б', 'planned'),
			planRow(3, '2026-07-06', 'А', 'published'),
			planRow(4, '2026-07-06', 'А', 'cancelled'),
			planRow(5, '2026-07-08', 'В', 'planned'),
		];
		const incoming = [
			planRow(2, '2026-07-06', 'А', 'published'),
			planRow(3, '2026-07-09', 'Г', 'planned'),
			planRow(4, '2026-07-08', 'В', 'cancelled'),
			planRow(5, '2026-07-08', 'В', 'published'),
		];
		const { rows, counts } = mergeRows(existing, incoming);
		expect(rows.map((r) => `${r.values.date} ${r.values.topic} ${r.values.status}`)).toEqual([
			'2026-07-07 Б planned',
			'2026-07-06 А published',
			'2026-07-08 В cancelled',
			'2026-07-08 В published',
			'2026-07-09 Г planned',
		]);
		expect(counts).toEqual({ added: 1, replaced: 3, kept: 1, removed: 3 });
	});
});

describe('checkDuplicates', () => {
	it('lets a plan repeat a key with other cells in one file, not identical rows or across files', () => {
		const errors: ImportError[] = [];
		const seen = new Map<string, Seen[]>();
		checkDuplicates(
			[planRow(2, '2026-07-06', 'А', 'published'), planRow(3, '2026-07-06', 'А', 'cancelled'), planRow(4, '2026-07-06', 'А', 'cancelled')],
			'a.csv',
			'plans',
			seen,
			errors,
		);
		checkDuplicates([planRow(2, '2026-07-06', 'А', 'planned')], 'b.csv', 'plans', seen, errors);
		expect(errors.map((e) => `${e.file}:${e.line} ${e.message}`)).toEqual([
			'a.csv:4 строка повторяет строку 3 (дата 06.07.2026, аккаунт o-vk, тема «А»): оставьте одну из них',
			'b.csv:2 строка повторяет строку 2 файла a.csv (дата 06.07.2026, аккаунт o-vk, тема «А»): оставьте одну из них',
		]);
	});
});

describe('mergeRows keeps the file as it is outside the rows and columns an import carries', () => {
	const stats = { org: 'o', series: 'stats' as const, year: 2026, quarter: 3 };
	const statRow = (line: number, values: Record<string, string>, carries?: string[]): SourceRow => ({
		line,
		values,
		key: SERIES_TRAITS.stats.key(values),
		place: stats,
		...(carries ? { carries } : {}),
	});
	const existing = [
		statRow(2, { account: 'o-vk', week_start: '2026-07-06', posts: '4', views: '100', comments: '7' }),
		statRow(3, { account: 'o-ok', week_start: '2026-07-06', posts: '3', views: '90' }),
		statRow(4, { account: 'o-vk', week_start: '2026-07-13', posts: '5', views: '110', comments: '2' }),
		statRow(5, { account: 'o-ok', week_start: '2026-07-20', posts: '6', views: '80' }),
	];
	const shown = (rows: readonly SourceRow[]) =>
		rows.map((r) => `${r.values.week_start} ${r.values.account} ${r.values.posts}/${r.values.views ?? '-'}/${r.values.comments ?? '-'}`);

	it('changes only the columns the incoming file has, in place, without re-sorting the file', () => {
		const carries = ['account', 'week_start', 'posts'];
		const { rows, counts } = mergeRows(existing, [statRow(2, { account: 'o-vk', week_start: '2026-07-13', posts: '9' }, carries)]);
		expect(shown(rows)).toEqual(['2026-07-06 o-vk 4/100/7', '2026-07-06 o-ok 3/90/-', '2026-07-13 o-vk 9/110/2', '2026-07-20 o-ok 6/80/-']);
		expect(counts).toEqual({ added: 0, replaced: 1, kept: 3, removed: 1 });
	});

	it('clears a cell the incoming file carries blank, and puts a new row next to its neighbours by key', () => {
		const carries = ['account', 'week_start', 'posts', 'views'];
		const { rows } = mergeRows(existing, [
			statRow(2, { account: 'o-ok', week_start: '2026-07-06', posts: '8' }, carries),
			statRow(3, { account: 'o-ok', week_start: '2026-07-13', posts: '1', views: '5' }, carries),
		]);
		expect(shown(rows)).toEqual([
			'2026-07-06 o-vk 4/100/7',
			'2026-07-06 o-ok 8/-/-',
			'2026-07-13 o-ok 1/5/-',
			'2026-07-13 o-vk 5/110/2',
			'2026-07-20 o-ok 6/80/-',
		]);
	});

	it('sorts by key when the file is new', () => {
		const { rows } = mergeRows(
			[],
			[
				statRow(2, { account: 'o-vk', week_start: '2026-07-13', posts: '1' }),
				statRow(3, { account: 'o-ok', week_start: '2026-07-06', posts: '2' }),
			],
		);
		expect(shown(rows)).toEqual(['2026-07-06 o-ok 2/-/-', '2026-07-13 o-vk 1/-/-']);
	});
});

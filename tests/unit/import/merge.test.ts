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
	it('replaces every row of a key by the incoming rows of that key and keeps the rest', () => {
		const existing = [planRow(2, '2026-07-07', 'Б', 'planned'), planRow(3, '2026-07-06', 'А', 'published'), planRow(4, '2026-07-06', 'А', 'cancelled'), planRow(5, '2026-07-08', 'В', 'planned')];
		const incoming = [planRow(2, '2026-07-06', 'А', 'published'), planRow(3, '2026-07-09', 'Г', 'planned'), planRow(4, '2026-07-08', 'В', 'cancelled'), planRow(5, '2026-07-08', 'В', 'published')];
		const { rows, counts } = mergeRows(existing, incoming);
		expect(rows.map((r) => `${r.values.date} ${r.values.topic} ${r.values.status}`)).toEqual([
			'2026-07-06 А published',
			'2026-07-07 Б planned',
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
		checkDuplicates([planRow(2, '2026-07-06', 'А', 'published'), planRow(3, '2026-07-06', 'А', 'cancelled'), planRow(4, '2026-07-06', 'А', 'cancelled')], 'a.csv', 'plans', seen, errors);
		checkDuplicates([planRow(2, '2026-07-06', 'А', 'planned')], 'b.csv', 'plans', seen, errors);
		expect(errors.map((e) => `${e.file}:${e.line} ${e.message}`)).toEqual([
			'a.csv:4 строка повторяет строку 3 (дата 2026-07-06, аккаунт o-vk, тема «А»): оставьте одну из них',
			'b.csv:2 строка повторяет строку 2 файла a.csv (дата 2026-07-06, аккаунт o-vk, тема «А»): оставьте одну из них',
		]);
	});
});

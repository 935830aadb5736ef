/** A file as Russian Excel saves it: Windows-1251, `;`, CRLF, DD.MM.YYYY, NBSP thousands. */
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/lib/csv/index.ts';
import { WEEKLY_STATS_COLUMNS } from '../../../src/schemas/weekly-stats.ts';
import { encodeCp1251 } from './cp1251.ts';

const lines = [
	'Аккаунт;Неделя с;Публикаций', // 1
	'primer-vk;05.01.2026;1\u00a0234', // 2
	'primer-ok;12.01.2026;12,5', // 3: fractional count at column 22
	';;', // 4: blank Excel row, skipped
	'"primer;tg', // 5: quoted cell with an embedded `;` and a line break…
	'x";31.02.2026; 7 ', // 6: …continues here; impossible date at column 4
	'primer-vk;2.2.2026;0', // 7: line numbers stay right after the multi-line cell
];
const result = readTable(encodeCp1251(lines.join('\r\n') + '\r\n'), WEEKLY_STATS_COLUMNS);

describe('readTable on a Windows-1251 Excel export', () => {
	it('detects encoding, delimiter and Russian headers with their columns', () => {
		expect(result.encoding).toBe('windows-1251');
		expect(result.delimiter).toBe(';');
		expect(result.headers).toEqual([
			{ raw: 'Аккаунт', canonical: 'account', column: 1 },
			{ raw: 'Неделя с', canonical: 'week_start', column: 9 },
			{ raw: 'Публикаций', canonical: 'posts', column: 18 },
		]);
	});

	it('normalises values and keeps physical lines and columns', () => {
		expect(result.rows).toEqual([
			{
				line: 2,
				values: { account: 'primer-vk', week_start: '2026-01-05', posts: '1234' },
				columns: { account: 1, week_start: 11, posts: 22 },
			},
			{
				line: 3,
				values: { account: 'primer-ok', week_start: '2026-01-12', posts: '12,5' },
				columns: { account: 1, week_start: 11, posts: 22 },
			},
			{
				line: 5,
				values: { account: 'primer;tg\r\nx', week_start: '31.02.2026', posts: '7' },
				columns: { account: 1, week_start: 4, posts: 15 },
				lines: { account: 5, week_start: 6, posts: 6 },
			},
			{
				line: 7,
				values: { account: 'primer-vk', week_start: '2026-02-02', posts: '0' },
				columns: { account: 1, week_start: 11, posts: 20 },
			},
		]);
	});

	it('reports cells that cannot be normalised at their line and column', () => {
		expect(result.problems).toEqual([
			{ line: 3, column: 22, header: 'Публикаций', message: 'ожидалось целое число, а не «12,5»: впишите целое число, например 12' },
			{ line: 6, column: 4, header: 'Неделя с', message: 'такой даты нет в календаре: 31.02.2026' },
		]);
	});

	it('says why the file is not canonical', () => {
		expect(result.canonical).toBe(false);
		expect(result.notCanonicalBecause).toEqual([
			'кодировка Windows-1251',
			'разделитель «;»',
			'окончания строк CRLF',
			'русские заголовки',
			'даты в формате ДД.ММ.ГГГГ',
			'пробелы между разрядами чисел',
			'пустые строки',
			'лишние пробелы в ячейках',
		]);
	});
});

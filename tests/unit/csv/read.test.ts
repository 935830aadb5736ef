import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/lib/csv/index.ts';
import { CONTENT_PLAN_COLUMNS } from '../../../src/schemas/content-plan.ts';
import type { ColumnSpec } from '../../../src/schemas/csv-cells.ts';
import { REPLY_LOG_COLUMNS } from '../../../src/schemas/reply-log.ts';
import { WEEKLY_STATS_COLUMNS } from '../../../src/schemas/weekly-stats.ts';
import { utf8 } from './cp1251.ts';

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const withBom = (text: string) => new Uint8Array([...BOM, ...utf8(text)]);

describe('readTable: encodings and headers', () => {
	it('reads UTF-8 with BOM (Excel «CSV UTF-8») and strips the BOM from the first header', () => {
		const result = readTable(withBom('Дата;Аккаунт;Тема;Формат\n05.01.2026;primer-vk;О  празднике;Фото\n'), CONTENT_PLAN_COLUMNS);
		expect(result.encoding).toBe('utf-8-bom');
		expect(result.headers.map((h) => h.canonical)).toEqual(['date', 'account', 'topic', 'format']);
		expect(result.rows[0]!.values).toEqual({ date: '2026-01-05', account: 'primer-vk', topic: 'О празднике', format: 'photo' });
		expect(result.notCanonicalBecause.slice(0, 3)).toEqual(['метка BOM в начале файла', 'разделитель «;»', 'русские заголовки']);
	});

	it('reads a pure-ASCII file with English headers as canonical', () => {
		const text = 'account,week_start,posts,views\nprimer-vk,2026-01-05,3,1200\nprimer-ok,2026-01-05,0,\n';
		const result = readTable(utf8(text), WEEKLY_STATS_COLUMNS);
		expect(result).toMatchObject({ encoding: 'utf-8', delimiter: ',', problems: [], canonical: true, notCanonicalBecause: [] });
		expect(result.rows).toEqual([
			{
				line: 2,
				values: { account: 'primer-vk', week_start: '2026-01-05', posts: '3', views: '1200' },
				columns: { account: 1, week_start: 11, posts: 22, views: 24 },
			},
			{
				line: 3,
				values: { account: 'primer-ok', week_start: '2026-01-05', posts: '0', views: undefined },
				columns: { account: 1, week_start: 11, posts: 22, views: 24 },
			},
		]);
	});

	it('matches headers case-insensitively, with collapsed whitespace, NBSP, and ё = е', () => {
		const result = readTable(utf8('  ACCOUNT ,Неделя\u00a0\u00a0С,Удалено комментариёв,  \n'), WEEKLY_STATS_COLUMNS);
		// «комментариёв» folds to the alias «Удалено комментариев»; the blank last header is ignored.
		expect(result.headers.map((h) => h.canonical)).toEqual(['account', 'week_start', 'comments_removed', null]);
		expect(result.problems).toEqual([]);
	});

	it('reports unknown and duplicate headers at their columns and ignores their cells', () => {
		const result = readTable(utf8('Аккаунт,Охват,Страница,Публикаций\nprimer-vk,5,primer-ok,2\n'), WEEKLY_STATS_COLUMNS);
		expect(result.headers).toEqual([
			{ raw: 'Аккаунт', canonical: 'account', column: 1 },
			{ raw: 'Охват', canonical: null, column: 9 },
			{ raw: 'Страница', canonical: null, column: 15 },
			{ raw: 'Публикаций', canonical: 'posts', column: 24 },
		]);
		expect(result.problems.map(({ line, column, header }) => ({ line, column, header }))).toEqual([
			{ line: 1, column: 9, header: 'Охват' },
			{ line: 1, column: 15, header: 'Страница' },
		]);
		expect(result.problems[0]!.message).toMatch(
			/^неизвестный столбец «Охват»: переименуйте его в один из допустимых или удалите; допустимые: «Аккаунт» \(account\), «Неделя с» \(week_start\)/,
		);
		expect(result.problems[1]!.message).toBe('столбец «Страница» повторяет столбец «Аккаунт» (столбец A); его значения не учитываются');
		expect(result.rows[0]!.values).toEqual({ account: 'primer-vk', posts: '2' });
	});

	it('reports columns out of schema order as not canonical', () => {
		const result = readTable(utf8('posts,account\n1,primer-vk\n'), WEEKLY_STATS_COLUMNS);
		expect(result.notCanonicalBecause).toEqual(['столбцы не в порядке схемы']);
	});

	it('tolerates blank trailing header columns from Excel but flags values under them', () => {
		const result = readTable(utf8('account;posts;;\nprimer-vk;1;;\nprimer-ok;2;;x\n'), WEEKLY_STATS_COLUMNS);
		expect(result.rows).toHaveLength(2);
		expect(result.problems).toEqual([{ line: 3, column: 14, header: '', message: 'значение «x» в столбце без заголовка' }]);
	});
});

describe('readTable: structure', () => {
	it('reports ragged rows with line and column', () => {
		const text = 'account,week_start,posts\nprimer-vk,2026-01-05\nprimer-ok,2026-01-05,1,9\nprimer-tg,2026-01-05,2,,\n';
		const result = readTable(utf8(text), WEEKLY_STATS_COLUMNS);
		expect(result.problems).toEqual([
			{ line: 2, column: 21, header: 'posts', message: 'не хватает значений: полей в строке 2, а столбцов в заголовке 3' },
			{ line: 3, column: 24, header: '', message: 'лишнее значение «9»: полей в строке 4, а столбцов в заголовке 3' },
		]);
		expect(result.rows.map((r) => r.values)).toEqual([
			{ account: 'primer-vk', week_start: '2026-01-05', posts: undefined },
			{ account: 'primer-ok', week_start: '2026-01-05', posts: '1' },
			{ account: 'primer-tg', week_start: '2026-01-05', posts: '2' },
		]);
		expect(result.notCanonicalBecause).toEqual(['строки с неверным числом полей', 'лишние пустые поля в конце строк']);
	});

	it('keeps quotes, delimiters and line breaks inside quoted cells', () => {
		const text =
			'message_id,account,received\n"№ 1, ""срочно""","primer-vk",2026-07-03T10:15+03:00\n"2\nпродолжение",primer-vk,bad\n3,primer-vk,\n';
		const result = readTable(utf8(text), REPLY_LOG_COLUMNS);
		expect(result.rows).toEqual([
			{
				line: 2,
				values: { message_id: '№ 1, "срочно"', account: 'primer-vk', received: '2026-07-03T10:15+03:00' },
				columns: { message_id: 1, account: 19, received: 31 },
			},
			{
				line: 3,
				values: { message_id: '2\nпродолжение', account: 'primer-vk', received: 'bad' },
				columns: { message_id: 1, account: 14, received: 24 },
				lines: { message_id: 3, account: 4, received: 4 },
			},
			{
				line: 5,
				values: { message_id: '3', account: 'primer-vk', received: undefined },
				columns: { message_id: 1, account: 3, received: 13 },
			},
		]);
		expect(result.notCanonicalBecause).toEqual(['кавычки расставлены не канонически']);
	});

	it('reports an unclosed quote where it opens', () => {
		const result = readTable(utf8('account,posts\nprimer-vk,"12\nprimer-ok,3\n'), WEEKLY_STATS_COLUMNS);
		expect(result.problems).toEqual([
			{ line: 2, column: 11, header: '', message: 'кавычка не закрыта: ячейка продолжается до конца файла' },
		]);
	});

	it('reports an unclosed quote in a middle column once, not also the fields it swallowed', () => {
		const result = readTable(utf8('account,week_start,posts\nprimer-vk,"2026-07-06,12\nprimer-ok,2026-07-06,3\n'), WEEKLY_STATS_COLUMNS);
		expect(result.problems).toEqual([
			{ line: 2, column: 11, header: '', message: 'кавычка не закрыта: ячейка продолжается до конца файла' },
		]);
	});

	it('reports an empty file', () => {
		const result = readTable(new Uint8Array(), WEEKLY_STATS_COLUMNS);
		expect(result).toMatchObject({ headers: [], rows: [], canonical: false });
		expect(result.problems).toEqual([{ line: 1, column: 1, header: '', message: 'файл пуст: нет строки заголовков' }]);
	});

	it('counts old-Mac CR line ends as lines', () => {
		const result = readTable(utf8('account,posts\rprimer-vk,1\r\rprimer-ok,2\r'), WEEKLY_STATS_COLUMNS);
		expect(result.rows.map((r) => [r.line, r.values.account])).toEqual([
			[2, 'primer-vk'],
			[4, 'primer-ok'],
		]);
		expect(result.notCanonicalBecause).toEqual(['окончания строк CR', 'пустые строки']);
	});

	it('accepts a file without a trailing newline but says so', () => {
		const result = readTable(utf8('account,posts\nprimer-vk,1'), WEEKLY_STATS_COLUMNS);
		expect(result.rows[0]!.values).toEqual({ account: 'primer-vk', posts: '1' });
		expect(result.notCanonicalBecause).toEqual(['нет перевода строки в конце файла']);
	});
});

const SPEC = {
	n: { aliases: [], kind: 'count' },
	d: { aliases: [], kind: 'date' },
	t: { aliases: [], kind: 'timestamp' },
	e: { aliases: [], kind: 'enum', values: CONTENT_PLAN_COLUMNS.status.values! },
	x: { aliases: [], kind: 'text' },
	l: { aliases: [], kind: 'id-or-link' },
} satisfies Record<string, ColumnSpec>;

/** Reads one cell through a one-column file (quoted, so the cell may hold anything). */
function cell(column: keyof typeof SPEC, raw: string) {
	const result = readTable(utf8(`${column}\n"${raw.replaceAll('"', '""')}"\n`), SPEC);
	return { value: result.rows[0]?.values[column], problems: result.problems.map((p) => p.message) };
}

describe('readTable: cell normalisation', () => {
	it.each([
		['n', '42', '42'],
		['n', ' 1\u00a0234 ', '1234'],
		['n', '1\u202f234\u202f567', '1234567'],
		['n', '1 234', '1234'],
		['n', '12,0', '12'],
		['n', '12.00', '12'],
		['n', '-3', '-3'], // left for the schema to reject
		['n', 'много', 'много'],
		['d', '05.01.2026', '2026-01-05'],
		['d', '5.1.2026', '2026-01-05'],
		['d', '29.02.2024', '2024-02-29'],
		['d', '05.01.2026 0:00:00', '2026-01-05'],
		['d', '2026-01-05', '2026-01-05'],
		['d', '5 января', '5 января'],
		['t', '03.07.2026 10:15 +03:00', '2026-07-03T10:15+03:00'],
		['t', '3.7.2026 9:05:30+0300', '2026-07-03T09:05:30+03:00'],
		['t', '2026-07-03 10:15Z', '2026-07-03T10:15Z'],
		['t', '2026-07-03T10:15:00+07:00', '2026-07-03T10:15:00+07:00'],
		['t', '03.07.2026 10:15', '03.07.2026 10:15'], // no time zone: not guessed
		['e', 'Опубликована', 'published'],
		['e', ' ОТМЕНЕНО ', 'cancelled'],
		['e', 'Planned', 'planned'],
		['e', 'published', 'published'],
		['e', 'Перенесена', 'Перенесена'],
		['x', '  О\u00a0 празднике\t дня ', 'О празднике дня'],
		['x', 'строка 1 \r\n  строка 2', 'строка 1\nстрока 2'],
		['l', '  https://vk.com/primer  ', 'https://vk.com/primer'],
		['l', ' \u00a0 ', undefined],
	] as const)('%s «%s» → %s', (column, raw, value) => {
		expect(cell(column, raw)).toEqual({ value, problems: [] });
	});

	it.each([
		['n', '12,5', 'ожидалось целое число, а не «12,5»: впишите целое число, например 12'],
		['d', '31.02.2026', 'такой даты нет в календаре: 31.02.2026'],
		['d', '29.02.2025', 'такой даты нет в календаре: 29.02.2025'],
		// A two-digit year or another separator: the form the clerk should use, in both spellings read.
		['d', '05.01.26', 'дата «05.01.26» записана неполно или иначе: пишите ДД.ММ.ГГГГ, например 05.10.2026 (или ГГГГ-ММ-ДД: 2026-10-05)'],
		[
			'd',
			'05/01/2026',
			'дата «05/01/2026» записана неполно или иначе: пишите ДД.ММ.ГГГГ, например 05.10.2026 (или ГГГГ-ММ-ДД: 2026-10-05)',
		],
		['t', '31.04.2026 10:00 +03:00', 'такой даты нет в календаре: 31.04.2026 10:00 +03:00'],
		['t', '03.07.2026 24:10', 'такого времени нет: 03.07.2026 24:10'],
	] as const)('%s «%s» is a problem', (column, raw, message) => {
		expect(cell(column, raw)).toEqual({ value: raw, problems: [message] });
	});
});

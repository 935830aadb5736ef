import { describe, expect, it } from 'vitest';
import { readTable, writeTable } from '../../../src/lib/csv/index.ts';
import { CONTENT_PLAN_COLUMNS } from '../../../src/schemas/content-plan.ts';
import { REPLY_LOG_COLUMNS } from '../../../src/schemas/reply-log.ts';
import { WEEKLY_STATS_COLUMNS } from '../../../src/schemas/weekly-stats.ts';
import { encodeCp1251, utf8 } from './cp1251.ts';

describe('writeTable', () => {
	it.each([
		['plain', 'abc', 'abc'],
		['comma', 'a,b', '"a,b"'],
		['quote', 'say "hi"', '"say ""hi"""'],
		['newline', 'a\nb', '"a\nb"'],
		['carriage return', 'a\rb', '"a\rb"'],
		['leading space', ' a', '" a"'],
		['trailing space', 'a ', '"a "'],
		['semicolon needs no quotes', 'a;b', 'a;b'],
		['Cyrillic', 'Тема', 'Тема'],
	])('%s', (_name, value, field) => {
		expect(writeTable(['x'], [{ x: value }])).toBe(`x\n${field}\n`);
	});

	it('writes numbers, blanks for undefined, `\\n` ends and a trailing newline', () => {
		expect(writeTable(['a', 'b', 'c'], [{ a: 1, c: 'z' }, { b: 0 }])).toBe('a,b,c\n1,,z\n,0,\n');
		expect(writeTable(['a', 'b'], [])).toBe('a,b\n');
	});
});

describe('round trip', () => {
	it.each([
		[
			'weekly stats',
			WEEKLY_STATS_COLUMNS,
			['account', 'week_start', 'posts', 'posts_photo', 'views'],
			[
				{ account: 'primer-vk', week_start: '2026-01-05', posts: '3', posts_photo: undefined, views: '1200' },
				{ account: 'https://vk.com/primer', week_start: '2026-01-12', posts: '0', posts_photo: '0', views: undefined },
			],
		],
		[
			'content plan with quoting',
			CONTENT_PLAN_COLUMNS,
			['date', 'account', 'network', 'topic', 'format', 'status'],
			[
				{
					date: '2026-01-05',
					account: undefined,
					network: 'vk',
					topic: 'О «празднике», "дне"\nи прочем',
					format: 'photo',
					status: 'planned',
				},
				{ date: '2026-01-06', account: 'primer-ok', network: undefined, topic: 'Итоги', format: 'video', status: undefined },
			],
		],
		[
			'reply log',
			REPLY_LOG_COLUMNS,
			['message_id', 'account', 'received', 'published'],
			[{ message_id: '17/2026', account: 'primer-tg', received: '2026-07-03T10:15+03:00', published: '2026-07-03T12:00:00Z' }],
		],
	] as const)('%s: readTable(writeTable(…)) is canonical with the same values', (_name, spec, columns, rows) => {
		const text = writeTable(columns, rows);
		const result = readTable(utf8(text), spec);
		expect(result).toMatchObject({ encoding: 'utf-8', delimiter: ',', problems: [], canonical: true, notCanonicalBecause: [] });
		expect(result.rows.map((r) => r.values)).toEqual(rows);
	});

	it('an Excel export rewritten by writeTable becomes canonical', () => {
		const excel = readTable(encodeCp1251('Аккаунт;Неделя с;Публикаций\r\nprimer-vk;05.01.2026;1\u00a0234\r\n'), WEEKLY_STATS_COLUMNS);
		expect(excel.canonical).toBe(false);
		const columns = excel.headers.flatMap((h) => (h.canonical ? [h.canonical] : []));
		const rewritten = writeTable(
			columns,
			excel.rows.map((r) => r.values),
		);
		expect(rewritten).toBe('account,week_start,posts\nprimer-vk,2026-01-05,1234\n');
		expect(readTable(utf8(rewritten), WEEKLY_STATS_COLUMNS).canonical).toBe(true);
	});

	it('needless quotes make a file non-canonical', () => {
		const result = readTable(utf8('account,posts\n"primer-vk",1\n'), WEEKLY_STATS_COLUMNS);
		expect(result).toMatchObject({ canonical: false, notCanonicalBecause: ['кавычки расставлены не канонически'] });
	});
});

import { describe, expect, it } from 'vitest';
import { headerLine, matchingKinds } from '../../../src/import/detect.ts';
import { compareKeys, compareNatural } from '../../../src/import/series.ts';

describe('headerLine', () => {
	it('skips blank records and counts lines as editors do', () => {
		expect(headerLine('\r\n,,\r\n\nАккаунт,Неделя с\nx,y\n')).toEqual({ line: 4, fields: ['Аккаунт', 'Неделя с'] });
		expect(headerLine(';\n"Тема\r\nпубликации";Дата\n')).toEqual({ line: 2, fields: ['Тема\r\nпубликации', 'Дата'] });
		expect(headerLine('"",""\r\n"Тема\r\nпубликации",Дата\r\n')).toEqual({ line: 2, fields: ['Тема\r\nпубликации', 'Дата'] });
		expect(headerLine('\n\n')).toBeUndefined();
	});
});

describe('matchingKinds', () => {
	it('recognises each table by its own columns, in Russian or English', () => {
		expect(matchingKinds(['Аккаунт', 'Неделя с', 'Публикаций'])).toEqual(['stats']);
		expect(matchingKinds(['account', 'week_start', 'posts', 'views'])).toEqual(['stats']);
		expect(matchingKinds(['Дата', 'Сеть', 'Тема', 'Формат'])).toEqual(['plans']);
		expect(matchingKinds(['№', 'Страница', 'Поступило'])).toEqual(['replies']);
		expect(matchingKinds(['Аккаунт', 'Дата', 'Просмотров'])).toEqual([]);
		expect(matchingKinds(['week_start', 'posts', 'date', 'topic', 'format'])).toEqual(['stats', 'plans']);
	});
});

describe('compareNatural', () => {
	it('orders numbers inside text by value, deterministically', () => {
		const ids = ['10', '9', '2026-0102', '2026-102', 'Вх-2', 'Вх-10', '007', '7', 'a'];
		expect([...ids].sort(compareNatural)).toEqual(['007', '7', '9', '10', '2026-0102', '2026-102', 'a', 'Вх-2', 'Вх-10']);
		expect(compareKeys(['2026-07-06', 'a:x'], ['2026-07-06', 'n:vk'])).toBeLessThan(0);
		expect(compareKeys(['2026-07-06', 'a:x'], ['2026-07-06', 'a:x'])).toBe(0);
	});
});

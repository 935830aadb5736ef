/** Russian presentation helpers: dates, numbers, plurals, quotes, non-breaking spaces. */
import { describe, expect, it } from 'vitest';
import {
	formatCoordinate,
	formatCount,
	formatDate,
	formatHours,
	formatSeconds,
	formatNumber,
	formatPercent,
	NBSP,
	nbsp,
	plural,
	quote,
	quoteName,
	sentence,
} from '../../src/lib/ru-format.ts';

/** Shows non-breaking spaces as «⍽» so expectations are readable. */
const show = (text: string) => text.replaceAll(NBSP, '⍽');

describe('formatDate', () => {
	it.each([
		['2020-03-17', '17⍽марта⍽2020⍽г.'],
		['2022-12-01', '1⍽декабря⍽2022⍽г.'],
		['2024-02-29', '29⍽февраля⍽2024⍽г.'],
		['2026-05-09', '9⍽мая⍽2026⍽г.'],
	])('%s → %s', (iso, expected) => {
		expect(show(formatDate(iso))).toBe(expected);
	});

	it('does not shift the day in any time zone (UTC on both sides)', () => {
		const tz = process.env.TZ;
		try {
			process.env.TZ = 'Pacific/Kiritimati';
			expect(show(formatDate('2020-01-01'))).toBe('1⍽января⍽2020⍽г.');
		} finally {
			process.env.TZ = tz;
		}
	});

	it('refuses anything but YYYY-MM-DD', () => {
		expect(() => formatDate('17.03.2020')).toThrow(RangeError);
	});
});

describe('numbers and plurals', () => {
	it('groups thousands with a non-breaking space and uses a decimal comma', () => {
		expect(show(formatNumber(12345))).toBe('12⍽345');
		expect(show(formatNumber(1234567.25))).toBe('1⍽234⍽567,3');
		expect(formatNumber(7)).toBe('7');
	});

	const forms = 'страница|страницы|страниц';
	it.each([
		[0, 'страниц'],
		[1, 'страница'],
		[2, 'страницы'],
		[4, 'страницы'],
		[5, 'страниц'],
		[11, 'страниц'],
		[12, 'страниц'],
		[14, 'страниц'],
		[21, 'страница'],
		[22, 'страницы'],
		[25, 'страниц'],
		[101, 'страница'],
		[111, 'страниц'],
		[1.5, 'страницы'],
	])('%d → %s', (count, word) => {
		expect(plural(count, forms)).toBe(word);
	});

	it('formatCount joins number and word with a non-breaking space', () => {
		expect(show(formatCount(92, forms))).toBe('92⍽страницы');
		expect(show(formatCount(1000, forms))).toBe('1⍽000⍽страниц');
	});

	it('needs three forms', () => {
		expect(() => plural(1, 'страница|страницы')).toThrow();
	});

	it('hours, seconds and coordinates', () => {
		expect(formatHours(12.345)).toBe('12,3');
		expect(formatSeconds(412_345)).toBe('412,3\u00a0с');
		expect(formatSeconds(60)).toBe('0,1\u00a0с');
		expect(formatHours(2)).toBe('2');
		expect(formatCoordinate(53.3481)).toBe('53,3481');
		expect(formatCoordinate(-0.5)).toBe('−0,5000');
	});
});

describe('formatPercent', () => {
	// One rule for every share on the site: one decimal always, so «9,0 %» never sits beside «41,6 %» as «9 %».
	it.each([
		[41.63, '41,6⍽%'],
		[9, '9,0⍽%'],
		[0, '0,0⍽%'],
		[100, '100,0⍽%'],
		[0.04, '0,0⍽%'],
		[99.96, '100,0⍽%'],
		[1234.5, '1⍽234,5⍽%'],
	])('%d → %s', (value, text) => {
		expect(show(formatPercent(value))).toBe(text);
	});
});

describe('quotes', () => {
	it('puts «ёлочки» around text and turns inner ones into „лапки“', () => {
		expect(quote('Госпаблики')).toBe('«Госпаблики»');
		expect(quote('МБОУ «Клёновская ООШ»')).toBe('«МБОУ „Клёновская ООШ“»');
	});

	it('quotes one-word Cyrillic names only', () => {
		expect(quoteName('ВКонтакте')).toBe('«ВКонтакте»');
		expect(quoteName('Telegram')).toBe('Telegram');
		expect(quoteName('подведомственных организаций')).toBe('подведомственных организаций');
	});
});

describe('nbsp', () => {
	it.each([
		['постановление от 27.03.2020 № 133', 'постановление от 27.03.2020 №⍽133'],
		['в 2020 г. и 2021 гг.', 'в 2020⍽г. и 2021⍽гг.'],
		['656038, Алтайский край, г. Барнаул, пр-т Ленина, д. 59', '656038, Алтайский край, г.⍽Барнаул, пр-т Ленина, д.⍽59'],
		['п. 6 и ч. 1.3 ст. 10', 'п.⍽6 и ч.⍽1.3 ст.⍽10'],
		['с. Берёзовка, ул. Советская', 'с.⍽Берёзовка, ул.⍽Советская'],
		['ответственный А. М. Яковлев', 'ответственный А.⍽М.⍽Яковлев'],
		['Яковлев А. М., консультант', 'Яковлев⍽А.⍽М., консультант'],
		['(разд. I, п. 5.2)', '(разд.⍽I, п.⍽5.2)'],
	])('%s', (input, expected) => {
		expect(show(nbsp(input))).toBe(expected);
	});

	it('changes only spaces', () => {
		const text = 'Администрация Примерного района, г. Примерный, д. 12, № 5';
		expect(nbsp(text).replaceAll(NBSP, ' ')).toBe(text);
	});

	it('leaves ordinary words alone', () => {
		expect(nbsp('Правительство Алтайского края')).toBe('Правительство Алтайского края');
	});
});

describe('sentence', () => {
	it('adds a full stop unless the text ends with one (e.g. «г.»)', () => {
		expect(sentence('Акт действует')).toBe('Акт действует.');
		expect(show(sentence(`Действует с ${formatDate('2020-03-17')}`))).toBe('Действует с 17⍽марта⍽2020⍽г.');
	});
});

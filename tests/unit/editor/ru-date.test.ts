/**
 * Staff type dates the Russian way (01.10.2026) and the files keep ISO: the form used to refuse
 * «01.10.2026» with a message about ГГГГ-ММ-ДД.
 */
import { describe, expect, it } from 'vitest';
import { formatRuDate, parseRuDate } from '../../../src/editor/ru-date.ts';

describe('parseRuDate', () => {
	it.each([
		['01.10.2026', '2026-10-01'],
		['1.10.2026', '2026-10-01'],
		[' 29.02.2024 ', '2024-02-29'],
		['01/10/2026', '2026-10-01'],
		['2026-10-01', '2026-10-01'],
	])('%s → %s', (typed, iso) => {
		expect(parseRuDate(typed)).toBe(iso);
	});

	it.each([
		'31.02.2026',
		'29.02.2026',
		'00.10.2026',
		'01.13.2026',
		'10.2026',
		'01.10.26',
		'2026-13-01',
		'завтра',
		'',
		'01.10.2026.',
		'1'.repeat(5000),
	])('refuses %j', (typed) => {
		expect(parseRuDate(typed)).toBeNull();
	});
});

describe('formatRuDate', () => {
	it('shows an ISO date as ДД.ММ.ГГГГ, and round-trips through parseRuDate', () => {
		expect(formatRuDate('2026-10-01')).toBe('01.10.2026');
		expect(parseRuDate(formatRuDate('2022-06-24'))).toBe('2022-06-24');
	});

	it('shows anything else as it is, and nothing for a missing value', () => {
		expect(formatRuDate('01.10.2026')).toBe('01.10.2026');
		expect(formatRuDate(undefined)).toBe('');
		expect(formatRuDate(null)).toBe('');
		expect(formatRuDate(20261001)).toBe('');
	});
});

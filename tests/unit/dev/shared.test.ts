/** Pure helpers shared by the demo and bench generators. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvLine } from '../../../src/dev/shared/csv.ts';
import { createRng } from '../../../src/dev/shared/prng.ts';
import { makeInn, makeOgrn } from '../../../src/dev/shared/russian-ids.ts';
import { mondaysOfQuarter, mondaysOfYear, quarterKey } from '../../../src/dev/shared/weeks.ts';
import { isValidInn, isValidOgrn } from '../../../src/schemas/russian-ids.ts';

describe('russian ids', () => {
	it('makes INN and OGRN that pass the schema check', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 9999 }),
				fc.integer({ min: 0, max: 99_999 }),
				fc.integer({ min: 1993, max: 2030 }),
				(office, serial, year) => {
					const code = String(office).padStart(4, '0');
					return isValidInn(makeInn(code, serial)) && isValidOgrn(makeOgrn(year, code, serial));
				},
			),
		);
	});
});

describe('csv', () => {
	it('quotes only fields with a comma, quote or line break', () => {
		expect(csvField('День знаний')).toBe('День знаний');
		expect(csvField('Итоги, планы')).toBe('"Итоги, планы"');
		expect(csvField('«Школа» "№ 1"')).toBe('"«Школа» ""№ 1"""');
		expect(csvField(undefined)).toBe('');
		expect(csvLine(['a', 1, undefined])).toBe('a,1,\n');
	});

	it('drops columns no row uses and keeps schema order', () => {
		expect(csvDocument(['date', 'account', 'network', 'topic'], [{ date: '2026-07-06', network: 'vk', topic: 'x' }])).toBe(
			'date,network,topic\n2026-07-06,vk,x\n',
		);
	});
});

describe('weeks', () => {
	it('gives a quarter the weeks whose Monday falls in it', () => {
		const q3 = mondaysOfQuarter(2026, 3);
		expect(q3[0]).toBe('2026-07-06');
		expect(q3.at(-1)).toBe('2026-09-28');
		expect(q3).toHaveLength(13);
		expect(mondaysOfYear(2025)).toHaveLength(52);
		expect(mondaysOfQuarter(2024, 3)).toHaveLength(14);
		expect(quarterKey('2026-09-30')).toBe('2026-q3');
	});
});

describe('prng', () => {
	it('repeats for a seed and stays in range', () => {
		const a = createRng(42);
		const b = createRng(42);
		const xs = Array.from({ length: 100 }, () => a.int(3, 15));
		expect(xs).toEqual(Array.from({ length: 100 }, () => b.int(3, 15)));
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(3);
		expect(Math.max(...xs)).toBeLessThanOrEqual(15);
	});
});
